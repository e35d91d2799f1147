/**
 * The byte budgets, which do not depend on timing, checked on every test run: first-load JS and
 * CSS of the front page ≤ 50 KB gzip; everything the whole story needs, presentation mode and
 * the QR code included, ≤ 90 KB gzip. (`npm run bench` measures the timing budgets.)
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { expect, ready, test } from './fixtures';

const KB = 1024;

/** Records the gzipped size of every script and stylesheet the page receives. */
function recordCode(page: Page) {
	const sizes = new Map<string, number>();
	const pending: Promise<void>[] = [];
	page.on('response', (response: Response) => {
		const url = response.url();
		if (!/\.(js|css)(\?|$)/.test(url)) return;
		pending.push(
			response.body().then(
				(body) => void sizes.set(url, gzipSync(body).length),
				() => undefined
			)
		);
	});
	return async () => {
		await Promise.all(pending);
		const total = (ext: string) =>
			[...sizes].filter(([u]) => u.endsWith(ext)).reduce((sum, [, n]) => sum + n, 0);
		return { js: total('.js'), css: total('.css'), files: sizes.size };
	};
}

/** CSS written into the page itself (small stylesheets are inlined), gzipped: it counts too. */
async function inlineCss(page: Page) {
	const styles = await page.evaluate(() =>
		[...document.querySelectorAll('head style')].map((s) => s.textContent ?? '').join('\n')
	);
	return styles ? gzipSync(styles).length : 0;
}

test('first load of / is at most 50 KB of JS and CSS, gzipped', async ({ page }) => {
	const measure = recordCode(page);
	await page.goto('/');
	await ready(page);
	await page.waitForLoadState('networkidle');
	const code = await measure();
	const js = code.js;
	const css = code.css + (await inlineCss(page));
	test.info().annotations.push({
		type: 'first load',
		description: `${((js + css) / KB).toFixed(1)} KB (JS ${(js / KB).toFixed(1)}, CSS ${(css / KB).toFixed(1)})`
	});
	expect(js + css).toBeLessThanOrEqual(50 * KB);
});

test('the whole story, with presentation mode and the QR code, is at most 90 KB', async ({
	page
}) => {
	const measure = recordCode(page);
	await page.goto('/');
	await ready(page);
	// Read to the end…
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	for (let y = 0; y < height; y += 2000) {
		await page.evaluate((top) => scrollTo(0, top), y);
		await page.waitForTimeout(30);
	}
	// …then present, with the QR code and the presenter view.
	await page.keyboard.press('p');
	await expect(page.locator('[data-present-step]')).toBeVisible();
	await page.keyboard.press('q');
	await expect(page.locator('[data-qr]')).toBeVisible();
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await page.waitForLoadState('networkidle');
	const { js, files, css: linked } = await measure();
	const css = linked + (await inlineCss(page));
	test.info().annotations.push({
		type: 'whole story',
		description: `${((js + css) / KB).toFixed(1)} KB in ${files} files`
	});
	expect(js + css).toBeLessThanOrEqual(90 * KB);
});

// The article's text is in the page once, as HTML: the data the page's scripts get leaves it out
// (and the closing section), which halves what the page weighs on a slow phone.
test('each page carries the article once: its text is not sent again as data', async ({
	request
}) => {
	for (const path of ['/', '/innovation']) {
		const html = await (await request.get(path)).text();
		// A sentence of a step's text, one of a chapter's introduction, one of the closing section.
		for (const sentence of [
			'把它们放上增速轴，轴一下子被拉长了',
			'没有往年的比重可比',
			'本文所有数字均来自'
		]) {
			const count = html.split(sentence).length - 1;
			expect(count, `${path}: ${sentence}`).toBe(1);
		}
		test.info().annotations.push({
			type: `HTML of ${path}`,
			description: `${(gzipSync(html).length / KB).toFixed(1)} KB gzip`
		});
	}
});

// The page is written at build time, so it is painted before its scripts are asked for: on a slow
// network they do not share the line with the page's own HTML (src/lib/server/after-paint.ts).
test('each page is painted before its scripts are fetched, then starts', async ({
	page,
	request
}) => {
	// The first frame's callback, registered before the page's own: that frame paints the page.
	// (The first-paint entry is when the frame reached the screen, which may be a little later.)
	await page.addInitScript(() => {
		requestAnimationFrame(() => {
			(window as unknown as { firstFrameAt: number }).firstFrameAt = performance.now();
		});
	});
	for (const path of ['/', '/innovation', '/financing#credit-loans']) {
		const html = await (await request.get(path.split('#')[0]!)).text();
		expect(html, `${path}: no modulepreload in the built page`).not.toMatch(
			/<link[^>]*rel="modulepreload"/
		);
		await page.goto(path);
		await ready(page);
		const timing = await page.evaluate(() => ({
			firstFrame: (window as unknown as { firstFrameAt?: number }).firstFrameAt ?? null,
			scripts: performance
				.getEntriesByType('resource')
				.filter((r) => new URL(r.name).pathname.endsWith('.js'))
				.map((r) => ({ name: new URL(r.name).pathname, start: r.startTime })),
			preloads: document.querySelectorAll('link[rel="modulepreload"]').length
		}));
		expect(timing.firstFrame, `${path}: first frame`).not.toBeNull();
		expect(timing.scripts.length, `${path}: scripts loaded`).toBeGreaterThan(0);
		for (const s of timing.scripts) {
			expect(s.start, `${path}: ${s.name} asked for after the first frame`).toBeGreaterThan(
				timing.firstFrame!
			);
		}
		// The start script adds the preloads itself, so the files still come in parallel.
		expect(timing.preloads, `${path}: preloads added once painted`).toBeGreaterThan(1);
	}
});
