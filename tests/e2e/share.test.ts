/**
 * Sharing: what a link crawler, a reader who wants the numbers and a presenter who wants a chart
 * get. The built files are read from disk for every page and every step (fast); the browser opens
 * a sample of step pages, with and without scripts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { PNG } from 'pngjs';
import * as v from 'valibot';
import { EXPORT_COLUMNS, ExportFileSchema } from '../../src/lib/data/export.ts';
import { loadDataset } from '../../src/lib/server/read-data.ts';
import { expect, expectActive, ready, test } from './fixtures';

const BUILD = 'build';
const dataset = loadDataset('data');

/**
 * Every page of the built site (the one-file edition and the 404 page are not linked pages, nor
 * are the embeds: frames for other sites, which name their step's page as canonical).
 */
function pages(dir = BUILD): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' || name === 'embed' ? [] : pages(path);
		return name.endsWith('.html') && !['404.html', 'story.html', 'story.en.html'].includes(name)
			? [path]
			: [];
	});
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]!);
const metaOf = (html: string, key: string) => {
	const m = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
	return m ? decode(m[1]!) : undefined;
};
/** The file on disk an absolute or page-relative address of the site points to. */
const fileOf = (url: string, page: string) =>
	join(BUILD, new URL(url, `http://site/${page.slice(BUILD.length + 1)}`).pathname);

/** Whether a PNG is more than one colour: some pixels differ clearly from the first. */
function notBlank(png: PNG): boolean {
	const d = png.data;
	let differing = 0;
	for (let i = 4; i < d.length; i += 4)
		if (Math.abs(d[i]! - d[0]!) + Math.abs(d[i + 1]! - d[1]!) + Math.abs(d[i + 2]! - d[2]!) > 60)
			differing++;
	return differing > png.width * png.height * 0.01;
}

test.describe('link previews', () => {
	test('every page names its own preview image: a PNG of 1200×630, not blank, at most 150 KB', () => {
		const seen = new Set<string>();
		const all = pages();
		expect(all.length).toBeGreaterThanOrEqual(1 + 4 + 41);
		for (const page of all) {
			const html = readFileSync(page, 'utf8');
			expect(metaOf(html, 'twitter:card'), page).toBe('summary_large_image');
			// A page that only sends the reader on (`en/` to `en`) previews as the page it sends to.
			if (html.includes('http-equiv="refresh"')) {
				expect(metaOf(html, 'og:image'), page).toMatch(/\/og\/en-story\.png$/);
				continue;
			}
			expect(metaOf(html, 'og:image:width'), page).toBe('1200');
			expect(metaOf(html, 'og:image:height'), page).toBe('630');
			expect(metaOf(html, 'og:image:alt')?.length ?? 0, page).toBeGreaterThan(10);
			const image = metaOf(html, 'og:image')!;
			expect(metaOf(html, 'twitter:image'), page).toBe(image);
			// Absolute, as canonical is: the tests build the site for its address.
			expect(image, page).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/og\/[a-z0-9-]+\.png$/);
			const file = fileOf(image, page);
			expect(existsSync(file), `${page}: ${file}`).toBe(true);
			expect(statSync(file).size, file).toBeLessThanOrEqual(150 * 1024);
			if (seen.has(file)) continue;
			seen.add(file);
			const png = PNG.sync.read(readFileSync(file));
			expect([png.width, png.height], file).toEqual([1200, 630]);
			expect(notBlank(png), file).toBe(true);
		}
		// A page each, an image each (but the page that sends the reader on).
		const forwarding = all.filter((p) => readFileSync(p, 'utf8').includes('http-equiv="refresh"'));
		expect(forwarding.map((p) => relative(BUILD, p))).toEqual([join('en', 'index.html')]);
		expect(seen.size).toBe(all.length - forwarding.length);
	});
});

test.describe('step pages', () => {
	/** Every step's slug and chapter, from the article of the front page as built. */
	function readStepsFromPages() {
		const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
		const sections = [
			...html.matchAll(/<section class="chapter" id="([a-z]+)"[\s\S]*?<\/section>/g)
		];
		return sections.flatMap(([section, chapter]) =>
			[...section.matchAll(/<article class="step[^"]*" id="([a-z0-9-]+)"/g)].map((m) => ({
				slug: m[1]!,
				chapter: chapter!
			}))
		);
	}
	const pathOf = (s: { slug: string; chapter: string }) =>
		s.chapter === 'opening' ? `/${s.slug}` : `/${s.chapter}/${s.slug}`;

	test('every step has a page, opened at that step, with its own title, canonical URL and image', () => {
		const steps = readStepsFromPages();
		expect(steps.length).toBe(41);
		const titles = new Set<string>();
		for (const step of steps) {
			const file = join(BUILD, `${pathOf(step)}.html`);
			expect(existsSync(file), file).toBe(true);
			const html = readFileSync(file, 'utf8');
			// The step is the page's place: marked for the browser to open at, its end awaited
			// before the first paint, current until the script takes over.
			const article = new RegExp(`<article class="step[^"]*" id="${step.slug}"[^>]*>`).exec(
				html
			)![0];
			expect(article, file).toContain('data-opens');
			expect(article, file).toContain('aria-current="step"');
			expect(html, file).toContain(
				`<link rel="expect" href="#${step.slug}-end" blocking="render">`
			);
			// One place only (the page's styles name the attribute too: not counted).
			expect(html.match(/<[a-z]+ [^>]*\bdata-opens=/g)?.length, file).toBe(1);
			expect(html, file).toMatch(
				new RegExp(`<link rel="canonical" href="http://127\\.0\\.0\\.1:\\d+${pathOf(step)}"`)
			);
			expect(metaOf(html, 'og:image'), file).toMatch(new RegExp(`/og/${step.slug}\\.png$`));
			// Its own title, the same in a tab and under a shared link (each page's title is its
			// own: tests/e2e/heads.test.ts).
			const title = decode(/<title>([^<]*)<\/title>/.exec(html)![1]!);
			expect(metaOf(html, 'og:title'), file).toBe(title);
			titles.add(title);
		}
		expect(titles.size).toBe(steps.length);
	});

	for (const [path, slug] of [
		['/financing/credit-loans', 'credit-loans'],
		['/press-conference', 'press-conference'],
		['/investment/hubei-started', 'hubei-started']
	] as const) {
		test(`${path} opens at its step`, async ({ page }) => {
			const images: string[] = [];
			page.on('request', (r) => r.url().includes('/og/') && images.push(r.url()));
			await page.goto(path);
			await ready(page);
			// The page names its preview image for crawlers; it never fetches it itself.
			expect(images).toEqual([]);
			await expectActive(page, slug);
			await expect(page.locator(`#${slug} .card`)).toBeInViewport();
			await expect(page).toHaveURL(new RegExp(`${path}$`));
		});
	}

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('a step page opens at its step', { tag: '@no-js' }, async ({ page }) => {
			await page.goto('/investment/hubei-large');
			await expect(page.locator('#hubei-large .card')).toBeInViewport();
			await expect(page.locator('h1')).not.toBeInViewport();
			await expect(page.locator('#hubei-large .step-figure svg.wide')).toBeVisible();
		});

		test(
			'on a phone, at its step, its chart within the screen',
			{ tag: '@no-js' },
			async ({ page }) => {
				await page.setViewportSize({ width: 390, height: 844 });
				await page.goto('/financing/credit-loans');
				await expect(page.locator('#credit-loans .card')).toBeInViewport();
				// On a phone, the still laid out for a phone.
				const figure = page.locator('#credit-loans .step-figure svg.narrow');
				await figure.scrollIntoViewIfNeeded();
				const box = (await figure.boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(390);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					390
				);
			}
		);
	});

	test(
		'an unknown step under a chapter gets the 404 page, which links into the story',
		{ tag: '@expect-404' },
		async ({ page }) => {
			for (const path of ['/financing/no-such-step', '/growth/credit-loans']) {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(404);
				await expect(page.getByRole('link', { name: '融资' }).first()).toBeVisible();
			}
		}
	);
});

test.describe('data to take away', () => {
	const byId = new Map(dataset.figures.map((f) => [f.id, f]));

	test('figures.csv opens in Excel (UTF-8 with a BOM) and gives every figure of the dataset', () => {
		const bytes = readFileSync(join(BUILD, 'data/figures.csv'));
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
		expect(Object.keys(rows[0]!)).toEqual(EXPORT_COLUMNS);
		expect(rows.map((r) => r.id).sort()).toEqual([...byId.keys()].sort());
		for (const row of rows) {
			const figure = byId.get(row.id!)!;
			expect(Number(row.value), row.id).toBe(figure.value);
			expect(row.unit, row.id).toBe(figure.unit);
			expect(row.qualifier, row.id).toBe(figure.qualifier === 'exact' ? '' : figure.qualifier);
			expect(row.period, row.id).toBe(figure.period);
			expect(row.chapter, row.id).toBe(figure.chapter);
			expect(row.source_excerpt, row.id).toBe(figure.source?.excerpt ?? '');
			// A derived figure has its formula; a stated one, its excerpt.
			expect(!!row.formula, row.id).toBe(!!figure.derivation);
		}
	});

	test('figures.json validates against the export schema and agrees with the CSV', () => {
		const file = JSON.parse(readFileSync(join(BUILD, 'data/figures.json'), 'utf8'));
		const parsed = v.safeParse(ExportFileSchema, file);
		expect(parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
		const csv = parse(readFileSync(join(BUILD, 'data/figures.csv')), {
			bom: true,
			columns: true
		}) as Record<string, string>[];
		expect(file.figures.map((f: { id: string }) => f.id)).toEqual(csv.map((r) => r.id));
		expect(file.date).toBe(dataset.date);
	});

	test('each scene’s table offers its own figures as CSV, and its chart as SVG and PNG', async ({
		page
	}) => {
		const rows = parse(readFileSync(join(BUILD, 'data/hubei-large.csv')), {
			bom: true,
			columns: true
		}) as Record<string, string>[];
		expect(rows.map((r) => r.id)).toEqual([
			'hubei-signed-projects',
			'hubei-large-signed-projects',
			'hubei-large-project-share'
		]);
		await page.goto('/investment/hubei-large');
		await ready(page);
		await expectActive(page, 'hubei-large');
		await page.locator('details.data summary').click();
		const links = page.locator('.take-away a');
		await expect(links).toHaveCount(3);
		const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs.map((h) => new URL(h).pathname)).toEqual([
			'/data/hubei-large.csv',
			'/figures/hubei-large.svg',
			'/figures/hubei-large.png'
		]);
		for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);
		const png = PNG.sync.read(readFileSync(join(BUILD, 'figures/hubei-large.png')));
		// The chart at twice its size, with its title above and its note and source below.
		expect(png.width).toBe(1200);
		expect(png.height).toBeGreaterThan(800);
		expect(notBlank(png)).toBe(true);
	});

	test('the closing section links every figure as CSV and JSON', async ({ page }) => {
		await page.goto('/');
		const links = page.locator('#closing .take-all a');
		await expect(links).toHaveCount(2);
		const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs.map((h) => new URL(h).pathname)).toEqual([
			'/data/figures.csv',
			'/data/figures.json'
		]);
	});
});
