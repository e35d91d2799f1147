/**
 * Presenting the fixture story, in both editions: `p` and the menu's control present the step
 * being read; the arrows move one step, across a chapter's start; Esc returns to reading at the
 * step shown, and the browser's Back to reading where the presentation began; a link with
 * `?present` opens presenting at its step. (The real story's own: present.test.ts.)
 */
import type { Page } from '@playwright/test';
import {
	at,
	EDITIONS,
	expect,
	FIRST,
	LAST,
	readingAddress,
	SLUGS,
	stepPage,
	STEPS,
	test
} from './fixture-site';
import { expectActive, ready, scrollToStep, shownScene } from './fixtures';

test.use({ viewport: { width: 1920, height: 1080 } });

const WORDS = {
	zh: { dialog: '演示模式', present: '演示', exit: /退出演示/ },
	en: { dialog: 'Presentation mode', present: 'Present', exit: /Exit presentation/ }
} as const;

const onScreen = (page: Page) => page.locator('[data-present-step]');

/** The presentation shows `slug`, at its address. */
async function expectShowing(page: Page, slug: string) {
	await expect(onScreen(page)).toHaveAttribute('data-present-step', slug);
	await expect(page).toHaveURL(new RegExp(`\\?present#${slug}$`));
	// Its scene on the stage.
	const scene = STEPS.find((s) => s.slug === slug)!.scene;
	await expect(shownScene(page, '.presentation')).toHaveAttribute('data-scene', scene);
}

for (const { code, prefix } of EDITIONS) {
	const words = WORDS[code];

	test.describe(`presenting the fixture story (${code}) @fixture`, () => {
		test('p presents the step being read; the arrows move one step; Esc reads on at the step shown', async ({
			page
		}) => {
			await page.goto(prefix || '/');
			await ready(page);
			await scrollToStep(page, 'industry-growth');
			await expectActive(page, 'industry-growth');
			await page.keyboard.press('p');
			await expect(page.getByRole('dialog', { name: words.dialog })).toBeVisible();
			await expectShowing(page, 'industry-growth');
			await page.keyboard.press('ArrowRight');
			await expectShowing(page, 'park-share');
			// Into the second chapter, and back.
			await page.keyboard.press('ArrowRight');
			await expectShowing(page, 'resident-income');
			await expect(page.locator('.counter')).toHaveText(`5 / ${SLUGS.length}`);
			await page.keyboard.press('ArrowLeft');
			await expectShowing(page, 'park-share');
			await page.keyboard.press('Escape');
			await expect(onScreen(page)).toHaveCount(0);
			await expectActive(page, 'park-share');
			await expect(page.locator('#park-share')).toBeInViewport();
			await expect(page).toHaveURL(at(readingAddress(prefix, 'park-share')));
		});

		test('the menu’s control presents; Back returns to reading at the step read', async ({
			page
		}) => {
			await page.goto(stepPage(prefix, 'resident-income'));
			await ready(page);
			await expectActive(page, 'resident-income');
			await page.getByRole('button', { name: words.present, exact: true }).click();
			await expectShowing(page, 'resident-income');
			await page.keyboard.press('ArrowRight');
			await expectShowing(page, 'street-canteens');
			await page.goBack();
			await expect(onScreen(page)).toHaveCount(0);
			await expectActive(page, 'resident-income');
			await expect(page.locator('#resident-income')).toBeInViewport();
			// And the control that leaves it.
			await page.keyboard.press('p');
			await expectShowing(page, 'resident-income');
			await page.getByRole('button', { name: words.exit }).click();
			await expect(onScreen(page)).toHaveCount(0);
			await expectActive(page, 'resident-income');
		});

		test('a link with ?present opens presenting at its step; Home and End reach the ends', async ({
			page
		}) => {
			await page.goto(`${prefix}/city?present#park-share`);
			await ready(page);
			await expect(page.getByRole('dialog', { name: words.dialog })).toBeFocused();
			await expectShowing(page, 'park-share');
			await page.keyboard.press('End');
			await expectShowing(page, LAST);
			await page.keyboard.press('ArrowRight');
			await expectShowing(page, LAST);
			await page.keyboard.press('Home');
			await expectShowing(page, FIRST);
			await expect(page.locator('.counter')).toHaveText(`1 / ${SLUGS.length}`);
		});
	});
}
