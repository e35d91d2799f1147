/**
 * The one-file edition, build/story.html, opened from disk with every network request blocked:
 * it reads and presents with nothing but the file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Browser } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const FILE = resolve('build/story.html');
const URL_ = pathToFileURL(FILE).href;
/** The address the tests build the site for (SITE_URL), which story.html knows too. */
const SITE = `http://127.0.0.1:${process.env.PREVIEW_PORT ?? 4173}`;

test.use({ viewport: { width: 1280, height: 800 } });

/** A browser context with no network: every request but for the file itself is refused, and kept. */
async function offline(browser: Browser) {
	const context = await browser.newContext({ offline: true });
	const attempted: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
		attempted.push(url);
		return route.abort();
	});
	return { context, attempted };
}

test('build/story.html is one file that opens from disk offline and presents', async ({
	browser
}) => {
	expect(existsSync(FILE), 'npm run build writes build/story.html').toBe(true);
	expect(statSync(FILE).size).toBeGreaterThan(100_000);

	const { context, attempted } = await offline(browser);
	const problems: string[] = [];
	const page = await context.newPage();
	page.on('pageerror', (e) => problems.push(e.message));
	page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));

	await page.goto(`${URL_}#credit-loans`);
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	await expect(page.locator('[data-active-step]')).toHaveAttribute(
		'data-active-step',
		'credit-loans'
	);
	await expect(page.locator('h1')).toHaveText('工业经济的上半场');

	// Reading: scrolling moves the step and the address keeps the file.
	await page.evaluate(() => {
		const el = document.getElementById('special-loans')!;
		scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.6 + 20);
	});
	await expect(page.locator('[data-active-step]')).toHaveAttribute(
		'data-active-step',
		'special-loans'
	);
	await expect(page).toHaveURL(`${URL_}#special-loans`);

	// Presenting: p, keys, the QR code and the presenter window all work from the file.
	await page.keyboard.press('p');
	const shown = page.locator('[data-present-step]');
	await expect(shown).toHaveAttribute('data-present-step', 'special-loans');
	await expect(page.getByRole('dialog')).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(shown).toHaveAttribute('data-present-step', 'pilot-cities');
	await expect(page).toHaveURL(`${URL_}?present#pilot-cities`);
	await page.keyboard.press('q');
	// The code a phone in the room scans opens the step on the site the file was built for, not
	// the file:// address no phone can open.
	const qr = page.locator('[data-qr]');
	await expect(qr).toBeVisible();
	const png = PNG.sync.read(await qr.screenshot());
	expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(
		`${SITE}/financing/pilot-cities`
	);
	await page.keyboard.press('q');
	const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
	await expect(presenter.locator('[data-presenter-step]')).toHaveAttribute(
		'data-presenter-step',
		'pilot-cities'
	);
	await presenter.keyboard.press('ArrowRight');
	await expect(shown).toHaveAttribute('data-present-step', 'hubei-training');
	await page.keyboard.press('Escape');
	await expect(shown).toHaveCount(0);
	await expect(page.locator('[data-active-step]')).toHaveAttribute(
		'data-active-step',
		'hubei-training'
	);

	// The chapter menu stays inside the file.
	await page.getByRole('navigation').getByRole('link', { name: '创新' }).click();
	await expect(page.locator('[data-active-step]')).toHaveAttribute(
		'data-active-step',
		'little-giants'
	);
	expect(page.url().startsWith(URL_)).toBe(true);

	expect(attempted, 'requests that left the file').toEqual([]);
	expect(problems).toEqual([]);
	await context.close();
});

test('from the file, offline, a figure opens its source panel, reading and presenting', async ({
	browser
}) => {
	const { context, attempted } = await offline(browser);
	const problems: string[] = [];
	const page = await context.newPage();
	page.on('pageerror', (e) => problems.push(e.message));
	page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	await page.goto(`${URL_}#credit-loans`);
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	await page.locator('#credit-loans a.fig[data-fig="credit-loan-share"]').click();
	const panel = page.locator('[data-trace]');
	await expect(panel).toHaveAttribute('data-trace', 'credit-loan-share');
	await expect(panel.locator('mark')).toHaveText('超过42%');
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await page.keyboard.press('p');
	await page.keyboard.press('i');
	await expect(panel).toHaveAttribute('data-trace', 'credit-loan-share');
	expect(attempted, 'requests that left the file').toEqual([]);
	expect(problems).toEqual([]);
	await context.close();
});

test('a story.html built without the site’s address says so instead of showing a QR code', async ({
	browser
}) => {
	// The same file as if built without SITE_URL: the page's data names no site. (Its script no
	// longer matches the hash the page's Content-Security-Policy allows, so this copy drops it.)
	const html = readFileSync(FILE, 'utf8');
	const without = html
		.replaceAll(`siteUrl:"${SITE}"`, 'siteUrl:""')
		.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
	expect(without).not.toBe(html);
	const dir = mkdtempSync(join(tmpdir(), 'story-'));
	const file = join(dir, 'story.html');
	writeFileSync(file, without);
	const context = await browser.newContext({ offline: true });
	const page = await context.newPage();
	await page.goto(`${pathToFileURL(file).href}?present#special-loans`);
	await expect(page.locator('[data-present-step]')).toHaveAttribute(
		'data-present-step',
		'special-loans'
	);
	await page.keyboard.press('q');
	await expect(page.locator('[data-qr-unavailable]')).toContainText('不知道本文的网址');
	await expect(page.locator('[data-qr]')).toHaveCount(0);
	await context.close();
	rmSync(dir, { recursive: true, force: true });
});

test('build/story.en.html is the English edition in one file, and switches to story.html at the same step', async ({
	browser
}) => {
	const english = resolve('build/story.en.html');
	expect(existsSync(english), 'npm run build writes build/story.en.html').toBe(true);
	const { context, attempted } = await offline(browser);
	const page = await context.newPage();
	await page.goto(`${pathToFileURL(english).href}#credit-loans`);
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('[data-active-step]')).toHaveAttribute(
		'data-active-step',
		'credit-loans'
	);
	// Presenting: the QR code opens the step on the English edition of the site.
	await page.keyboard.press('p');
	await expect(page.getByRole('dialog')).toBeFocused();
	await page.keyboard.press('q');
	const png = PNG.sync.read(await page.locator('[data-qr]').screenshot());
	expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(
		`${SITE}/en/financing/credit-loans`
	);
	await page.keyboard.press('q');
	await page.keyboard.press('Escape');
	// The switch opens the Chinese file beside it, at the same step.
	await page.locator('nav a[hreflang="zh-CN"]').click();
	await expect(page).toHaveURL(`${URL_}#credit-loans`);
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.locator('[data-active-step]')).toHaveAttribute(
		'data-active-step',
		'credit-loans'
	);
	expect(attempted, 'requests that left the files').toEqual([]);
	await context.close();
});
