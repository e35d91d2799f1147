/**
 * Reading from the keyboard and by click: `j` and `k`, and the step controls beside the text, move
 * exactly one step, the address following, on a laptop and on a phone; inside the source panel or a
 * table the keys are theirs, and nothing moves.
 */
import type { Page } from '@playwright/test';
import { expect, expectActive, ready, stepSlugs, test, triggerLine } from './fixtures';

/** Opens a step's own page and waits until it is the step in view. */
async function openAt(page: Page, chapter: string, slug: string) {
	await page.goto(`/${chapter}/${slug}`);
	await ready(page);
	await expectActive(page, slug);
}

test('j and k move exactly one step, and the address follows', async ({ page }) => {
	const slugs = await (async () => {
		await openAt(page, 'growth', 'manufacturing-share');
		return stepSlugs(page);
	})();
	const at = slugs.indexOf('manufacturing-share');
	await page.keyboard.press('j');
	await expectActive(page, slugs[at + 1]!);
	await expect(page).toHaveURL(new RegExp(`/growth#${slugs[at + 1]}$`));
	await page.keyboard.press('j');
	await expectActive(page, slugs[at + 2]!);
	await page.keyboard.press('k');
	await page.keyboard.press('k');
	await page.keyboard.press('k');
	await expectActive(page, slugs[at - 1]!);
	await expect(page).toHaveURL(new RegExp(`#${slugs[at - 1]}$`));
	// Across a chapter's start: one step, into the next chapter.
	const last = slugs.indexOf('competition-order');
	await openAt(page, 'growth', 'competition-order');
	await page.keyboard.press('j');
	await expectActive(page, slugs[last + 1]!);
	await expect(page).toHaveURL(new RegExp(`/innovation#${slugs[last + 1]}$`));
});

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
])
	test(`from the top of the story, j goes one step on from what is in view, ${viewport.width} px`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/');
		await ready(page);
		const slugs = await stepSlugs(page);
		// The first step is in view once its top is at the trigger line; before, j brings it there.
		const reached = await page.evaluate(
			([s, line]) => document.getElementById(s)!.getBoundingClientRect().top <= line + 2,
			[slugs[0]!, await triggerLine(page)] as const
		);
		await page.keyboard.press('j');
		await expectActive(page, reached ? slugs[1]! : slugs[0]!);
		await page.keyboard.press('j');
		await expectActive(page, reached ? slugs[2]! : slugs[1]!);
	});

test('the step controls show on hover and focus beside the text, and move one step', async ({
	page
}) => {
	await openAt(page, 'financing', 'credit-loans');
	const slugs = await stepSlugs(page);
	const at = slugs.indexOf('credit-loans');
	const next = page.locator('[data-step-nav] [data-go="1"]');
	const previous = page.locator('[data-step-nav] [data-go="-1"]');
	await expect(next).toHaveAccessibleName('下一步');
	await page.mouse.move(1200, 450); // over the graphic: hidden
	await expect(next).toHaveCSS('opacity', '0');
	const card = (await page.locator('#credit-loans .card').boundingBox())!;
	await page.mouse.move(card.x + 20, card.y + 10);
	await expect(next).toHaveCSS('opacity', '1');
	// Beside the text: to the right of the card, left of the graphic.
	const box = (await next.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(card.x + card.width - 8);
	await next.click();
	await expectActive(page, slugs[at + 1]!);
	await expect(page).toHaveURL(new RegExp(`#${slugs[at + 1]}$`));
	await previous.click();
	await previous.click();
	await expectActive(page, slugs[at - 1]!);
	// By keyboard: focus shows them; Enter presses.
	await page.mouse.move(1200, 450);
	await next.focus();
	await expect(next).toHaveCSS('opacity', '1');
	await page.keyboard.press('Enter');
	await expectActive(page, slugs[at]!);
});

test('inside the source panel or a table, j and k are not the page’s', async ({ page }) => {
	await openAt(page, 'financing', 'credit-loans');
	await page.locator('#credit-loans a.fig[data-fig="credit-loan-share"]').click();
	await expect(page.locator('[data-trace]')).toBeFocused();
	const y = await page.evaluate(() => scrollY);
	await page.keyboard.press('j');
	await page.keyboard.press('k');
	await expect(page.locator('[data-trace]')).toHaveCount(1);
	await expectActive(page, 'credit-loans');
	expect(await page.evaluate(() => scrollY)).toBe(y);
	await page.keyboard.press('Escape');
	// A table of the closing, focused to scroll it by keyboard.
	const table = page.locator('#closing .table-wrap').first();
	await table.focus();
	// Focus scrolled the page there: the address follows once the scroll has been still a moment.
	let url = '';
	await expect
		.poll(
			async () => {
				const was = url;
				await page.waitForTimeout(700);
				url = page.url();
				return url === was;
			},
			{ timeout: 10_000 }
		)
		.toBe(true);
	const before = await page.evaluate(() => ({ y: scrollY, url: location.href }));
	await page.keyboard.press('j');
	await page.keyboard.press('k');
	await page.waitForTimeout(300);
	expect(await page.evaluate(() => ({ y: scrollY, url: location.href }))).toEqual(before);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the step controls sit at the screen’s edge; a tap, or j, moves one step', async ({
		page
	}) => {
		await openAt(page, 'financing', 'credit-loans');
		const slugs = await stepSlugs(page);
		const at = slugs.indexOf('credit-loans');
		const next = page.locator('[data-step-nav] [data-go="1"]');
		await expect(next).toBeVisible();
		await expect(next).toHaveCSS('opacity', '1');
		const box = (await next.boundingBox())!;
		expect(box.x + box.width).toBeCloseTo(390, 0);
		expect(box.width).toBeGreaterThanOrEqual(24);
		expect(box.height).toBeGreaterThanOrEqual(44);
		await next.tap();
		await expectActive(page, slugs[at + 1]!);
		await page.locator('[data-step-nav] [data-go="-1"]').tap();
		await expectActive(page, slugs[at]!);
		await page.keyboard.press('j');
		await expectActive(page, slugs[at + 1]!);
		await expect(page).toHaveURL(new RegExp(`#${slugs[at + 1]}$`));
	});
});
