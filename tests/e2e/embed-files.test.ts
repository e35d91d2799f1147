/**
 * What an embed is made of, read as built: every step's embed page and oEmbed document in both
 * editions, the `_headers` file that lets only embeds be framed, and the embed page's byte budget
 * (its still figure without scripts, and its scripts with the live scene).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

const BUILD = 'build';
const KB = 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]!);

/** Every step of an edition, from its front page as built: slug and own page. */
function steps(prefix: '' | '/en') {
	const html = readFileSync(join(BUILD, prefix ? 'en.html' : 'index.html'), 'utf8');
	const sections = [...html.matchAll(/<section class="chapter" id="([a-z]+)"[\s\S]*?<\/section>/g)];
	return sections.flatMap(([section, chapter]) =>
		[...section.matchAll(/<article class="step[^"]*" id="([a-z0-9-]+)"/g)].map((m) => ({
			slug: m[1]!,
			page: `${prefix}${chapter === 'opening' ? '' : `/${chapter}`}/${m[1]}`
		}))
	);
}

for (const prefix of ['', '/en'] as const) {
	test.describe(`oEmbed (${prefix || 'zh-CN'})`, () => {
		test('every step page names its oEmbed document, which embeds that step', ({ baseURL }) => {
			const all = steps(prefix);
			expect(all.length).toBe(41);
			for (const step of all) {
				const html = readFileSync(join(BUILD, `${step.page}.html`), 'utf8');
				const link =
					/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]*)"/.exec(
						html
					);
				expect(link, step.page).not.toBeNull();
				expect(link![1], step.page).toBe(`${baseURL}${prefix}/oembed/${step.slug}.json`);
				const doc = JSON.parse(
					readFileSync(join(BUILD, `${prefix}/oembed/${step.slug}.json`), 'utf8')
				);
				expect(doc.version, step.page).toBe('1.0');
				expect(doc.type, step.page).toBe('rich');
				const title = decode(
					new RegExp(
						`<article class="step[^"]*" id="${step.slug}"[\\s\\S]*?<p class="step-figure-title[^"]*">([^<]*)</p>`
					).exec(html)![1]!
				);
				expect(doc.title, step.page).toBe(title);
				expect(decode(link![2]!), step.page).toBe(title);
				const siteName = /<meta property="og:site_name" content="([^"]*)"/.exec(html)![1]!;
				expect(doc.provider_name, step.page).toBe(decode(siteName));
				expect(doc.provider_url, step.page).toBe(`${baseURL}${prefix || '/'}`);
				// Its thumbnail is the step's preview image.
				const image = /<meta property="og:image" content="([^"]*)"/.exec(html)![1]!;
				expect(doc.thumbnail_url, step.page).toBe(image);
				expect([doc.thumbnail_width, doc.thumbnail_height]).toEqual([1200, 630]);
				// The html is the embed code: the step's frame and the lines that size it.
				expect(doc.html, step.page).toContain(
					`<iframe src="${baseURL}${prefix}/embed/${step.slug}"`
				);
				expect(doc.html, step.page).toContain('datawrapper-height');
				expect(doc.html).toContain(`height="${doc.height}"`);
				expect(doc.width).toBeGreaterThanOrEqual(280);
				expect(doc.height).toBeGreaterThan(200);
			}
		});
	});
}

test.describe('framing', () => {
	/** A `_headers` rule's path as a pattern: `*` the rest of the path, `:name` one segment. */
	const pattern = (rule: string) =>
		new RegExp(
			`^${rule
				.split('/')
				.map((part) =>
					part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.]/g, '\\.')
				)
				.join('/')}$`
		);

	/** Every HTML file of the build, as the addresses it is served at (with and without .html). */
	function pages(dir = BUILD): string[] {
		return readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return name === '_app' ? [] : pages(path);
			if (!name.endsWith('.html')) return [];
			const url = `/${relative(BUILD, path)}`;
			return url.endsWith('/index.html')
				? [url, url.replace(/index\.html$/, '')]
				: [url, url.replace(/\.html$/, '')];
		});
	}

	test('the build’s _headers lets embeds be framed by any site and no other page', () => {
		const file = readFileSync(join(BUILD, '_headers'), 'utf8');
		const rules: { path: string; headers: string[] }[] = [];
		for (const line of file.split('\n')) {
			if (!line.trim() || line.trim().startsWith('#')) continue;
			if (/^\S/.test(line)) rules.push({ path: line.trim(), headers: [] });
			else rules.at(-1)!.headers.push(line.trim());
		}
		const all = pages();
		const embeds = all.filter((p) => /^(\/en)?\/embed\//.test(p));
		expect(embeds.length).toBe(2 * 2 * 41);
		for (const page of all) {
			const matching = rules.filter((r) => pattern(r.path).test(page));
			// One rule a page: hosts differ in how they merge several.
			expect(matching.length, page).toBe(1);
			const headers = matching[0]!.headers;
			if (embeds.includes(page)) {
				expect(headers, page).toEqual(['Content-Security-Policy: frame-ancestors *']);
			} else {
				expect(headers, page).toContain('X-Frame-Options: DENY');
				expect(headers, page).toContain("Content-Security-Policy: frame-ancestors 'none'");
			}
		}
	});
});

test.describe('an embed page', () => {
	test('without scripts: the still figure, its title, key figure, source and link back, within 20 KB', async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const [path, step] of [
			['/embed/credit-loans', '/financing/credit-loans'],
			['/en/embed/provinces', '/en/growth/provinces']
		] as const) {
			await page.setViewportSize({ width: 390, height: 800 });
			const fetched: string[] = [];
			page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
			const response = await page.goto(path);
			const html = await response!.text();
			// The page, with its styles and its icon inside it: nothing else to fetch for the figure.
			expect(gzipSync(html).length, path).toBeLessThanOrEqual(20 * KB);
			expect(fetched.filter((p) => p !== path)).toEqual([]);
			await expect(page.locator('svg.scene.still').first()).toBeVisible();
			await expect(page.locator('nav')).toHaveCount(0);
			await expect(page.locator('[data-step]')).toHaveCount(0);
			await expect(page.locator('.embed-title')).not.toBeEmpty();
			await expect(page.locator('.embed-source')).not.toBeEmpty();
			const back = page.locator('a.embed-back');
			await expect(back).toHaveAttribute('href', `${baseURL}${step}`);
			await expect(back).toHaveAttribute('target', '_blank');
			// The still figure fills the narrow frame, and no more.
			const box = (await page.locator('svg.scene.still:visible').boundingBox())!;
			expect(box.width).toBeGreaterThan(300);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				390
			);
		}
		await context.close();
	});

	test('with scripts: the live scene, its scripts at most 30 KB gzip', async ({ page }) => {
		const sizes: number[] = [];
		const pending: Promise<void>[] = [];
		page.on('response', (r) => {
			if (r.url().endsWith('.js'))
				pending.push(r.body().then((b) => void sizes.push(gzipSync(b).length)));
		});
		await page.setViewportSize({ width: 700, height: 800 });
		await page.goto('/embed/industry-growth');
		await page.waitForSelector('html[data-ready="true"]');
		await expect(page.locator('svg.scene:not(.still)')).toBeVisible();
		await page.waitForLoadState('networkidle');
		await Promise.all(pending);
		const js = sizes.reduce((a, b) => a + b, 0);
		test
			.info()
			.annotations.push({ type: 'embed scripts', description: `${(js / KB).toFixed(1)} KB gzip` });
		expect(sizes.length).toBeGreaterThan(0);
		expect(js).toBeLessThanOrEqual(30 * KB);
		// Laid out at its width: a wider frame lays it out again, wider.
		const before = (await page.locator('svg.scene:not(.still)').boundingBox())!.width;
		await page.setViewportSize({ width: 1100, height: 800 });
		await expect
			.poll(async () => (await page.locator('svg.scene:not(.still)').boundingBox())!.width)
			.toBeGreaterThan(before + 300);
	});

	test('ready for every step of both editions, each within 20 KB without its script', async ({
		request
	}) => {
		for (const prefix of ['', '/en'] as const)
			for (const step of steps(prefix)) {
				const file = join(BUILD, `${prefix}/embed/${step.slug}.html`);
				expect(existsSync(file), file).toBe(true);
				expect(gzipSync(readFileSync(file)).length, file).toBeLessThanOrEqual(20 * KB);
			}
		expect((await request.get('/embed/credit-loans')).status()).toBe(200);
	});
});
