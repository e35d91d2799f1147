/**
 * The engine's fixture story (tests/fixtures/story) built into a site of its own and served as a
 * host would serve it: what a person gets from a story the engine was not written for. Built once,
 * into a scratch folder (STORY_WORK_DIR), so build/ — the real story, which the other browser
 * tests read — is left alone. Inside the project, so the built server finds its packages.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { staticHost } from '../support/static-host';

const run = promisify(execFile);
const FIXTURE = 'tests/fixtures/story';

/** The fixture's steps in reading order, with a few words of each edition's text. */
const STEPS = [
	{
		slug: 'report-date',
		scene: 'calendar',
		zh: '青禾市统计局发布全市统计公报',
		en: 'published the city’s statistical bulletin'
	},
	{
		slug: 'city-growth',
		scene: 'big-number',
		zh: '全年地区生产总值同比增长5.2%',
		en: 'GDP grew by 5.2% year on year'
	},
	{
		slug: 'industry-growth',
		scene: 'growth-bars',
		zh: '工业增加值同比增长6.8%',
		en: 'industrial value added grew by 6.8%'
	},
	{ slug: 'park-share', scene: 'share', zh: '比重超过38%', en: 'Parks cover over 38%' },
	{
		slug: 'resident-income',
		scene: 'big-number',
		zh: '居民人均可支配收入4.6万元',
		en: 'per-capita disposable income was 46,000 yuan'
	},
	{
		slug: 'street-canteens',
		scene: 'unit-grid',
		zh: '已有7个街道建成社区食堂',
		en: '7 have built community canteens'
	}
];

let host: { origin: string; close: () => void };
let work: string;

test.describe('the fixture story, built as a site @fixture', () => {
	// One build for all: the tests share it, in one worker.
	test.describe.configure({ mode: 'serial' });

	test.beforeAll(async () => {
		test.setTimeout(300_000);
		work = resolve(mkdtempSync('.svelte-kit-fixture-'));
		// The host first: the site is built for the address it serves at.
		host = await staticHost(join(work, 'site'));
		const started = Date.now();
		await run(resolve('node_modules/.bin/vite'), ['build'], {
			env: { ...process.env, STORY: FIXTURE, STORY_WORK_DIR: work, SITE_URL: host.origin },
			maxBuffer: 64 * 1024 * 1024
		});
		console.log(`fixture story built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	});

	test.afterAll(() => {
		host?.close();
		if (work) rmSync(work, { recursive: true, force: true });
	});

	/** Opens a page of the fixture's site, failing on any error the page reports. */
	async function open(page: Page, path: string) {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
		await page.goto(host.origin + path);
		await page.waitForFunction(() => document.documentElement?.dataset.ready === 'true');
		return errors;
	}

	for (const [code, path, title] of [
		['zh', '/', '青禾市的一年'],
		['en', '/en', 'A year in Qinghe']
	] as const)
		test(`the front page in ${code}: its title, and every step's text and scene`, async ({
			page
		}) => {
			const errors = await open(page, path);
			await expect(page.locator('h1')).toHaveText(title);
			await expect(page.locator('main [data-step]')).toHaveCount(STEPS.length);
			for (const step of STEPS) {
				const article = page.locator(`article[data-step="${step.slug}"]`);
				await expect(article).toContainText(step[code]);
				// The scene drawn at build time (for each width it is drawn at), with its marks.
				const still = article.locator(`.still svg[data-scene="${step.scene}"]`).first();
				await expect(still).toBeAttached();
				expect(await still.locator('rect, path, line, text').count(), step.slug).toBeGreaterThan(0);
			}
			expect(errors).toEqual([]);
		});

	test('scrolling to a step shows its scene, drawn live', async ({ page }) => {
		const errors = await open(page, '/');
		for (const step of STEPS) {
			await page.locator(`#${step.slug}`).scrollIntoViewIfNeeded();
			await page.evaluate((s) => {
				const el = document.getElementById(s)!;
				window.scrollTo({
					top: scrollY + el.getBoundingClientRect().top - innerHeight * 0.6 + 20,
					behavior: 'instant'
				});
			}, step.slug);
			await expect(page.locator('[data-active-step]')).toHaveAttribute(
				'data-active-step',
				step.slug
			);
			const live = page
				.locator('[data-active-step] .scene-box:not(.ahead) svg.scene')
				.filter({ visible: true });
			await expect(live).toHaveAttribute('data-scene', step.scene);
			await expect(live.locator('text').first()).toBeVisible();
		}
		expect(errors).toEqual([]);
	});

	test('a step’s link opens at its step, in each edition and each chapter', async ({ page }) => {
		for (const [path, slug] of [
			['/city/park-share', 'park-share'],
			['/en/city/park-share', 'park-share'],
			['/residents/street-canteens', 'street-canteens'],
			['/en/residents/street-canteens', 'street-canteens']
		] as const) {
			const errors = await open(page, path);
			await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', slug);
			await expect(page.locator(`#${slug}`)).toBeInViewport();
			expect(errors).toEqual([]);
		}
	});
});
