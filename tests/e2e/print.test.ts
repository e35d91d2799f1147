/** Printing gives a handout: every step's text with its still figure, chapters on new pages. */
import { expect, ready, test } from './fixtures';

test('print shows every step with its figure and source line, and no screen controls', async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	const steps = await page.locator('main [data-step]').count();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('main .step-figure svg')).toHaveCount(steps);
	// Every figure has its marks drawn, not just an empty frame.
	await expect
		.poll(() =>
			page
				.locator('main .step-figure svg')
				.evaluateAll(
					(svgs) => svgs.filter((s) => s.querySelectorAll('rect, text, path').length < 2).length
				)
		)
		.toBe(0);
	for (const slug of ['press-conference', 'provinces', 'pilot-target', 'hubei-investment']) {
		const figure = page.locator(`#${slug} .step-figure`);
		await expect(figure.locator('svg')).toBeVisible();
		await expect(figure.locator('figcaption')).toContainText('来源');
	}
	for (const hidden of ['.nav', '.graphic-col', '.share']) {
		await expect(page.locator(hidden).first()).toBeHidden();
	}
	// Each chapter starts a page and prints its link under its heading.
	for (const id of ['growth', 'innovation', 'financing', 'investment']) {
		const section = page.locator(`section#${id}`);
		expect(await section.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
		await expect(section.locator('.chapter-link')).toContainText(`/${id}`);
	}
});

for (const format of ['A4', 'Letter'] as const) {
	test(`the PDF handout in ${format} has every figure and a page per chapter at least`, async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('main .step-figure svg').first()).toBeVisible();
		await expect(page.locator('main .step-figure svg text').first()).toBeAttached();
		const pdf = await page.pdf({ format, printBackground: true });
		const text = pdf.toString('latin1');
		const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
		expect(pages).toBeGreaterThanOrEqual(15);
		expect(pages).toBeLessThanOrEqual(60);
		const box = text.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
		const [w, h] = format === 'A4' ? [595.92, 842.88] : [612, 792];
		expect(Number(box![1])).toBeCloseTo(w, 0);
		expect(Number(box![2])).toBeCloseTo(h, 0);
	});
}
