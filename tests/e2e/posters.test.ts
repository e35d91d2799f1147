/**
 * Each step's share poster, for chat apps that show no link previews: read as built (every step,
 * both editions) as pixels, its QR code decoded as a phone would, and offered by the share control
 * as a download on a laptop and as an image to press and hold on a phone.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { devices } from '@playwright/test';
import { expect, ready, test } from './fixtures';

const BUILD = 'build';

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

/** Whether a PNG is more than one colour: some pixels differ clearly from the first. */
function notBlank(png: PNG): boolean {
	const d = png.data;
	let differing = 0;
	for (let i = 4; i < d.length; i += 4)
		if (Math.abs(d[i]! - d[0]!) + Math.abs(d[i + 1]! - d[1]!) + Math.abs(d[i + 2]! - d[2]!) > 60)
			differing++;
	return differing > png.width * png.height * 0.02;
}

/** A picture at half its width and height: each pixel the first of its two by two. */
function halve(png: PNG) {
	const width = png.width >> 1;
	const height = png.height >> 1;
	const data = new Uint8ClampedArray(width * height * 4);
	const from = png.data;
	for (let y = 0, to = 0; y < height; y++)
		for (let x = 0, at = y * 2 * png.width * 4; x < width; x++, at += 8, to += 4) {
			data[to] = from[at]!;
			data[to + 1] = from[at + 1]!;
			data[to + 2] = from[at + 2]!;
			data[to + 3] = 255;
		}
	return { data, width, height };
}

/** The poster a step's own page links, as built: the step's article names it. */
function posterOf(page: string, slug: string): string | undefined {
	const html = readFileSync(join(BUILD, `${page}.html`), 'utf8');
	const start = html.indexOf(`id="${slug}"`);
	const article = html.slice(start, html.indexOf('</article>', start));
	return /<a [^>]*href="([^"]*\/posters\/[^"]+\.png)"[^>]*download/.exec(article)?.[1];
}

for (const prefix of ['', '/en'] as const) {
	test(`every step's poster (${prefix || 'zh-CN'}): 1080×1440, at most 300 KB, not blank, its QR code the step's address`, async ({
		baseURL
	}) => {
		test.setTimeout(120_000);
		const all = steps(prefix);
		expect(all.length).toBe(41);
		for (const step of all) {
			const href = posterOf(step.page, step.slug);
			expect(href, `${step.page} links its poster`).toBeDefined();
			const file = join(BUILD, new URL(href!, baseURL).pathname);
			expect(existsSync(file), file).toBe(true);
			expect(statSync(file).size, file).toBeLessThanOrEqual(300 * 1024);
			const png = PNG.sync.read(readFileSync(file));
			expect([png.width, png.height], file).toEqual([1080, 1440]);
			expect(notBlank(png), file).toBe(true);
			// Read as a phone's camera would: the whole picture, the code found where it is (at half
			// the poster's resolution, as a camera sees a poster held at arm's length).
			const half = halve(png);
			// Dark on light, as printed: not tried inverted too.
			const code = jsQR(half.data, half.width, half.height, { inversionAttempts: 'dontInvert' });
			expect(code?.data, file).toBe(`${baseURL}${step.page}`);
		}
	});
}

test.describe('the share control', () => {
	test('offers the poster as a download on a laptop', async ({ page }) => {
		await page.goto('/financing/credit-loans');
		await ready(page);
		const link = page.locator('#credit-loans').getByRole('link', { name: '保存分享图' });
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		expect(download.suggestedFilename()).toBe('credit-loans-poster.png');
		const png = PNG.sync.read(readFileSync((await download.path())!));
		expect([png.width, png.height]).toEqual([1080, 1440]);
	});

	test.describe('on a phone', () => {
		// A phone's screen, touch and user agent (the browser is the one the tests run).
		const { defaultBrowserType: _, ...phone } = devices['Pixel 7'];
		test.use(phone);
		test('opens the poster, to press and hold to save it', async ({ page }) => {
			await page.goto('/en/financing/credit-loans');
			await ready(page);
			await page
				.locator('#credit-loans')
				.getByRole('link', { name: 'Save image for sharing' })
				.click();
			const dialog = page.getByRole('dialog');
			await expect(dialog).toBeVisible();
			const image = dialog.locator('img');
			await expect(image).toHaveAttribute('src', /\/posters\/en\/credit-loans\.png$/);
			await expect
				.poll(() => image.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
				.toBe(1080);
			// The whole poster on the screen, to press on.
			const box = (await image.boundingBox())!;
			expect(box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
			expect(box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
			await expect(dialog).toContainText('Press and hold');
			await dialog.getByRole('button', { name: 'Close' }).click();
			await expect(dialog).toBeHidden();
		});
	});
});
