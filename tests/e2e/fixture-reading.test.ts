/**
 * Reading the fixture story, in both editions: `j` and `k` and the step controls beside the text
 * move exactly one step, across a chapter's start too, the address following; End and Home reach
 * the last and the first step; the address follows the scroll into the second chapter, and a
 * reload of that address opens at the same step. (The real story's own: stepping, story, links.)
 */
import type { Page } from '@playwright/test';
import { at, EDITIONS, expect, FIRST, LAST, readingAddress, stepPage, test } from './fixture-site';
import { expectActive, ready, scrollToStep } from './fixtures';

for (const { code, prefix } of EDITIONS) {
	test.describe(`reading the fixture story (${code}) @fixture`, () => {
		/** Reading moved to `slug`: the graphic shows it, and the address names it. */
		const expectAt = async (page: Page, slug: string) => {
			await expectActive(page, slug);
			await expect(page).toHaveURL(at(readingAddress(prefix, slug)));
		};

		test('j and k move exactly one step, across a chapter’s start, and the address follows', async ({
			page
		}) => {
			await page.goto(stepPage(prefix, 'industry-growth'));
			await ready(page);
			await expectActive(page, 'industry-growth');
			await page.keyboard.press('j');
			await expectAt(page, 'park-share');
			// The last step of the first chapter, then the second chapter's first.
			await page.keyboard.press('j');
			await expectAt(page, 'resident-income');
			await page.keyboard.press('j');
			await expectAt(page, 'street-canteens');
			// Back, one step a key, out of the chapters into the opening.
			for (const slug of ['resident-income', 'park-share', 'industry-growth', 'city-growth']) {
				await page.keyboard.press('k');
				await expectAt(page, slug);
			}
		});

		test('the step controls beside the text move one step each, the address following', async ({
			page
		}) => {
			await page.goto(stepPage(prefix, 'park-share'));
			await ready(page);
			await expectActive(page, 'park-share');
			const next = page.locator('[data-step-nav] [data-go="1"]');
			const previous = page.locator('[data-step-nav] [data-go="-1"]');
			// They show over the text, where the reader's pointer is.
			const card = (await page.locator('#park-share .card').boundingBox())!;
			await page.mouse.move(card.x + 20, card.y + 10);
			await expect(next).toHaveCSS('opacity', '1');
			await next.click();
			await expectAt(page, 'resident-income');
			await previous.click();
			await expectAt(page, 'park-share');
			await previous.click();
			await expectAt(page, 'industry-growth');
		});

		test('End reaches the last step and Home the first', async ({ page }) => {
			await page.goto(prefix || '/');
			await ready(page);
			await expectActive(page, FIRST);
			await page.keyboard.press('End');
			await expectAt(page, LAST);
			await page.keyboard.press('Home');
			await expectActive(page, FIRST);
			expect(await page.evaluate(() => scrollY)).toBeLessThan(50);
		});

		test('the address follows the scroll into the second chapter; reloading it opens there', async ({
			page
		}) => {
			await page.goto(prefix || '/');
			await ready(page);
			const before = await page.evaluate(() => history.length);
			for (const slug of ['city-growth', 'park-share', 'resident-income', 'street-canteens']) {
				await scrollToStep(page, slug);
				await expectAt(page, slug);
			}
			// Replaced, not pushed: Back still leaves the story.
			expect(await page.evaluate(() => history.length)).toBe(before);
			await page.reload();
			await ready(page);
			await expectAt(page, 'street-canteens');
			await expect(page.locator('#street-canteens')).toBeInViewport();
			// The same address in a new tab (a link shared from the address bar) opens there too.
			const other = await page.context().newPage();
			await other.goto(readingAddress(prefix, 'resident-income'));
			await ready(other);
			await expectActive(other, 'resident-income');
			await expect(other.locator('#resident-income')).toBeInViewport();
		});
	});
}
