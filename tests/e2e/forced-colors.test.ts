/**
 * Forced colours (Windows' contrast themes, light and dark): the browser puts the system's colours
 * in place of the page's, background colours included. The current chapter in the menu and the
 * current step's rule must still stand out, read from the pixels on screen.
 */
import type { Locator } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, expectActive, ready, test } from './fixtures';

/** The colours of a region of the screen, most common first, as `r,g,b`. */
async function colours(shot: Buffer) {
	const png = PNG.sync.read(shot);
	const counts = new Map<string, number>();
	for (let i = 0; i < png.data.length; i += 4) {
		const key = `${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

/** The strip at a card's left edge, where its rule is: 12 px wide, as far as it shows below the menu. */
async function ruleOf(card: Locator) {
	const box = (await card.boundingBox())!;
	const page = card.page();
	const top = Math.max(box.y, 50);
	const bottom = Math.min(box.y + box.height, page.viewportSize()!.height);
	expect(bottom - top, 'the card shows on screen').toBeGreaterThan(20);
	return colours(
		await page.screenshot({ clip: { x: box.x - 1, y: top, width: 12, height: bottom - top } })
	);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`forced colours (${colorScheme}): the current chapter and step stay marked`, async ({
		page
	}) => {
		await page.emulateMedia({ forcedColors: 'active', colorScheme });
		await page.goto('/financing#credit-loans');
		await ready(page);
		await expectActive(page, 'credit-loans');
		expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
		const paper = (
			await colours(await page.screenshot({ clip: { x: 0, y: 300, width: 8, height: 8 } }))
		)[0];

		// The menu: the current chapter's background is not the others'.
		const current = page.locator('.nav a[aria-current="location"]');
		await expect(current).toHaveText('融资');
		const [currentFill] = await colours(await current.screenshot());
		const [otherFill] = await colours(
			await page.locator('.nav a:not([aria-current])').first().screenshot()
		);
		expect(otherFill).toBe(paper);
		expect(currentFill, 'the current chapter is filled').not.toBe(paper);

		// The steps, as the page opens (both cards on screen, nothing scrolled): the current card's
		// rule is there, in a colour the card before it does not have.
		const rule = await ruleOf(page.locator('[data-step="credit-loans"] .card'));
		const otherRule = await ruleOf(page.locator('[data-step="relending-quota"] .card'));
		await expectActive(page, 'credit-loans');
		expect(
			rule.filter((c) => c !== paper),
			'the current step has a rule'
		).not.toEqual([]);
		expect(
			rule.filter((c) => !otherRule.includes(c)),
			'in a colour of its own'
		).not.toEqual([]);
	});
}
