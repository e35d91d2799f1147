/**
 * The engine's fixture story (tests/fixtures/story) built into a site of its own and served as a
 * host would serve it, for the browser tests of the engine (tests/e2e/fixture-*.test.ts). Built
 * once per worker, into a scratch folder (STORY_WORK_DIR), so build/ — the real story, which the
 * other browser tests read — is left alone; inside the project, so the build finds its packages.
 * The playwright config runs every fixture-*.test.ts in one worker: one build for all of them.
 *
 * `test` is the tests' own (./fixtures: any console error, failed or foreign request fails a
 * test) with `baseURL` the fixture's host, so `page.goto('/city')` opens the fixture's site.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { staticHost } from '../support/static-host';
import { expect, test as base } from './fixtures';

const run = promisify(execFile);
const FIXTURE = 'tests/fixtures/story';

/** The fixture's editions: the address prefix of each, and its code in STEPS. */
export const EDITIONS = [
	{ code: 'zh', prefix: '' },
	{ code: 'en', prefix: '/en' }
] as const;

/** The fixture's chapters after its opening, in reading order. */
export const CHAPTERS = ['city', 'residents'] as const;

/** The fixture's steps in reading order: chapter (none in the opening), scene and a few words. */
export const STEPS = [
	{
		slug: 'report-date',
		chapter: '',
		scene: 'calendar',
		zh: '青禾市统计局发布全市统计公报',
		en: 'published the city’s statistical bulletin'
	},
	{
		slug: 'city-growth',
		chapter: '',
		scene: 'big-number',
		zh: '全年地区生产总值同比增长5.2%',
		en: 'GDP grew by 5.2% year on year'
	},
	{
		slug: 'industry-growth',
		chapter: 'city',
		scene: 'growth-bars',
		zh: '工业增加值同比增长6.8%',
		en: 'industrial value added grew by 6.8%'
	},
	{
		slug: 'park-share',
		chapter: 'city',
		scene: 'share',
		zh: '比重超过38%',
		en: 'Parks cover over 38%'
	},
	{
		slug: 'resident-income',
		chapter: 'residents',
		scene: 'big-number',
		zh: '居民人均可支配收入4.6万元',
		en: 'per-capita disposable income was 46,000 yuan'
	},
	{
		slug: 'street-canteens',
		chapter: 'residents',
		scene: 'unit-grid',
		zh: '已有7个街道建成社区食堂',
		en: '7 have built community canteens'
	}
] as const;

export const SLUGS = STEPS.map((s) => s.slug);
/** The first step and the last. */
export const FIRST = STEPS[0].slug;
export const LAST = STEPS[STEPS.length - 1]!.slug;
type Step = (typeof STEPS)[number];
const step = (slug: string): Step => STEPS.find((s) => s.slug === slug)!;

/** Where a step is read: its chapter's page at the step (`/city#park-share`, `/en#city-growth`). */
export function readingAddress(prefix: string, slug: string) {
	const { chapter } = step(slug);
	return `${prefix}${chapter ? `/${chapter}` : prefix ? '' : '/'}#${slug}`;
}

/** A step's own page (`/city/park-share`, `/en/report-date`). */
export const stepPage = (prefix: string, slug: string) =>
	`${prefix}${step(slug).chapter ? `/${step(slug).chapter}` : ''}/${slug}`;

/** The end of the page's address, path and hash, as a pattern for `toHaveURL`. */
export const at = (address: string) =>
	new RegExp(`${address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

interface Site {
	origin: string;
}

export const test = base.extend<object, { fixtureSite: Site }>({
	fixtureSite: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function asks for
		async ({}, use) => {
			const work = resolve(mkdtempSync('.svelte-kit-fixture-'));
			// The host first: the site is built for the address it serves at.
			const host = await staticHost(join(work, 'site'));
			try {
				const started = Date.now();
				await run(resolve('node_modules/.bin/vite'), ['build'], {
					env: { ...process.env, STORY: FIXTURE, STORY_WORK_DIR: work, SITE_URL: host.origin },
					maxBuffer: 64 * 1024 * 1024
				});
				console.log(`fixture story built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
				await use({ origin: host.origin });
			} finally {
				host.close();
				rmSync(work, { recursive: true, force: true });
			}
		},
		{ scope: 'worker', timeout: 300_000 }
	],
	baseURL: async ({ fixtureSite }, use) => use(fixtureSite.origin)
});

export { expect };
