/**
 * Printing gives a handout: every step's text with its still figure, chapters on new pages. Tested
 * on the PDF itself, as a reader's 打印 makes it (no media emulated, no time given to settle), from
 * the places a reader prints from, against a print of the same story that was given every chance.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, ready, stepSlugs, test } from './fixtures';
import { figuresIn, readHandout } from './pdf';

/** Step titles in page order: each still figure prints under its step's title. */
const titlesOf = (page: Page) =>
	page.locator('main .step-figure-title').evaluateAll((els) => els.map((e) => e.textContent!));

type Reference = { titles: string[]; pixels: number[] };
let reference: Reference | undefined;

/**
 * The handout printed after print media was emulated and the page left to settle, once a worker,
 * in a page of its own (emulation would stay on the test's page).
 */
async function referencePrint(browser: Browser, baseURL: string): Promise<Reference> {
	if (reference) return reference;
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await page.goto('/');
	await ready(page);
	await page.emulateMedia({ media: 'print' });
	await page.waitForTimeout(500);
	const titles = await titlesOf(page);
	const figures = figuresIn(readHandout(await page.pdf({ format: 'A4' })), titles);
	reference = { titles, pixels: figures.map((f) => f.pixels) };
	await context.close();
	return reference;
}

/** Checks a handout printed just as a reader would, from wherever the page is now. */
async function expectEveryChart(page: Page, ref: Reference) {
	const handout = readHandout(await page.pdf({ format: 'A4' }));
	const figures = figuresIn(handout, ref.titles);
	const missing = figures
		.map((f, i) => ({ ...f, want: Math.max(15, ref.pixels[i]! * 0.5) }))
		.filter((f) => f.page === 0 || f.pixels < f.want)
		.map((f) => `${f.title} (page ${f.page}: ${f.pixels} chart pixels, want ${f.want})`);
	expect(missing, 'figures printed without their marks').toEqual([]);
	// Always light: the pages are mostly paper white, whatever the screen's theme.
	for (let p = 1; p <= handout.pages; p += 5) expect(handout.lightness(p)).toBeGreaterThan(0.5);
	return handout;
}

test.describe('the printed handout', () => {
	test('the reference print has all 41 figures, each with its marks', async ({
		page,
		browser,
		baseURL
	}) => {
		const ref = await referencePrint(browser, baseURL!);
		await page.goto('/');
		expect(ref.titles).toHaveLength((await stepSlugs(page)).length);
		expect(ref.titles.length).toBeGreaterThanOrEqual(41);
		for (const [i, pixels] of ref.pixels.entries()) {
			expect(pixels, ref.titles[i]).toBeGreaterThanOrEqual(30);
		}
	});

	test('printed right after opening, before anything settles', async ({
		page,
		browser,
		baseURL
	}) => {
		const ref = await referencePrint(browser, baseURL!);
		await page.goto('/', { waitUntil: 'domcontentloaded' });
		await expectEveryChart(page, ref);
	});

	test('printed from a chapter link, 1.5 s after opening', async ({ page, browser, baseURL }) => {
		const ref = await referencePrint(browser, baseURL!);
		await page.goto('/financing');
		await page.waitForTimeout(1500);
		const handout = await expectEveryChart(page, ref);
		expect(handout.pages).toBeGreaterThanOrEqual(15);
		expect(handout.pages).toBeLessThanOrEqual(60);
	});

	test('printed mid-scroll, and from a step link', async ({ page, browser, baseURL }) => {
		const ref = await referencePrint(browser, baseURL!);
		await page.goto('/');
		await ready(page);
		await page.mouse.wheel(0, 6000);
		await page.waitForTimeout(300);
		await expectEveryChart(page, ref);
		await page.goto('/financing#credit-loans');
		await ready(page);
		await expectEveryChart(page, ref);
	});

	test('printed in presentation mode, projector theme on: the handout is the article, light', async ({
		page,
		browser,
		baseURL
	}) => {
		const ref = await referencePrint(browser, baseURL!);
		await page.goto('/financing?present#credit-loans');
		await ready(page);
		await expect(page.locator('.presentation')).toBeVisible();
		// In the projector theme too: the handout is light.
		await expect(page.getByRole('dialog')).toBeFocused();
		await page.keyboard.press('t');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
		await expectEveryChart(page, ref);
	});

	test('printed in the dark theme: the handout is light', async ({ browser, baseURL }) => {
		const ref = await referencePrint(browser, baseURL!);
		const context = await browser.newContext({ colorScheme: 'dark', baseURL });
		const page = await context.newPage();
		await page.goto('/growth');
		await ready(page);
		await expectEveryChart(page, ref);
		await context.close();
	});

	test('printed from story.html opened from disk', async ({ browser, baseURL }) => {
		const ref = await referencePrint(browser, baseURL!);
		// A page of its own: a file has no origin, which the site's request checks would refuse.
		const context = await browser.newContext();
		const fromDisk = await context.newPage();
		await fromDisk.goto(`file://${resolve('build/story.html')}`);
		await expectEveryChart(fromDisk, ref);
		await context.close();
	});

	test('the English handout has all 41 figures, each with its marks, in English', async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ baseURL });
		const page = await context.newPage();
		await page.goto('/en/growth');
		await page.waitForTimeout(1500);
		const titles = await titlesOf(page);
		expect(titles).toHaveLength(41);
		const handout = readHandout(await page.pdf({ format: 'A4' }));
		const figures = figuresIn(handout, titles);
		const missing = figures
			.filter((f) => f.page === 0 || f.pixels < 30)
			.map((f) => `${f.title} (page ${f.page}: ${f.pixels} chart pixels)`);
		expect(missing, 'figures printed without their marks').toEqual([]);
		const words = handout.words.map((w) => w.text).join(' ');
		expect(words).toContain('Financing:');
		expect(words).toMatch(/over 1\.2 trillion yuan/);
		for (let p = 1; p <= handout.pages; p += 5) expect(handout.lightness(p)).toBeGreaterThan(0.5);
		await context.close();
	});

	test('shows each chapter on a new page under its link, and no screen controls', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		await page.emulateMedia({ media: 'print' });
		for (const hidden of ['.nav', '.graphic-col', '.share']) {
			await expect(page.locator(hidden).first()).toBeHidden();
		}
		for (const slug of ['press-conference', 'provinces', 'pilot-target', 'hubei-investment']) {
			await expect(page.locator(`#${slug} .step-figure figcaption`)).toContainText('来源');
		}
		for (const id of ['growth', 'innovation', 'financing', 'investment']) {
			const section = page.locator(`section#${id}`);
			expect(await section.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
			await expect(section.locator('.chapter-link')).toContainText(`/${id}`);
		}
		const pdf = await page.pdf({ format: 'Letter' });
		const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
		expect(Number(box![1])).toBeCloseTo(612, 0);
		expect(Number(box![2])).toBeCloseTo(792, 0);
	});
});
