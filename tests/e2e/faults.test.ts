/**
 * When things go wrong, the reader still gets a whole, right page (issue 29): a part of the code
 * that does not come (offline, a deploy that removed it), scripts that never come, scripts that come
 * late while the reader reads, a new deploy while a tab is open. Each ends with the step in view,
 * its figure on screen, no control that does nothing, and where scripts failed, a notice.
 */
import type { Page } from '@playwright/test';
import { expect, ready, scrollToStep, test, triggerLine } from './fixtures';

const FAULTS = { tag: '@faults' };

/** The step under the trigger line, as the page's scroller reads it. */
const stepInView = async (page: Page) =>
	page.evaluate(
		(line) => {
			let found: string | undefined;
			for (const el of document.querySelectorAll<HTMLElement>('main [data-step]')) {
				if (el.getBoundingClientRect().top > line) break;
				found = el.dataset.step;
			}
			return found;
		},
		await triggerLine(page)
	);

/** The graphic shows `slug`'s figure, on screen, with its marks. */
async function expectFigureShown(page: Page, slug: string) {
	const box = page.locator(`[data-active-step="${slug}"] .chart .scene-box:not(.ahead)`);
	await expect(box).toHaveAttribute('data-scene-step', slug);
	// The scene drawn at build time is there twice, for a wide screen and a phone: one shows.
	const svg = box.locator('svg').filter({ visible: true });
	await expect(svg).toHaveCount(1);
	expect(await svg.locator('path, rect, text').count()).toBeGreaterThan(0);
}

/** In the page of text: the step's own still figure, in the flow, on screen. */
async function expectStillInFlow(page: Page, slug: string) {
	await expect(page.locator('.graphic-col')).toBeHidden();
	await expect(page.locator(`[id="${slug}"] .still svg`).filter({ visible: true })).toHaveCount(1);
}

/** Controls that need scripts are not offered where they would do nothing. */
async function expectNoDeadControls(page: Page) {
	await expect(page.locator('.share button').filter({ visible: true })).toHaveCount(0);
	await expect(page.locator('.nav .present button')).not.toBeVisible();
}

test.describe('a part of the code does not come', FAULTS, () => {
	test('presenting, offline: back to reading with a notice; once online, it opens', async ({
		page,
		context
	}) => {
		await page.goto('/growth');
		await ready(page);
		await scrollToStep(page, 'provinces');
		await context.setOffline(true);
		await page.keyboard.press('p');
		const notice = page.locator('[data-notice="part"]');
		await expect(notice).toBeVisible({ timeout: 10_000 });
		await expect(page.locator('.presentation')).toHaveCount(0);
		expect(new URL(page.url()).search).toBe('');
		// Reading goes on: the graphic follows the reader.
		await scrollToStep(page, 'equipment-share');
		await expectFigureShown(page, 'equipment-share');
		await context.setOffline(false);
		await notice.getByRole('button').click();
		await expect(page.locator('.presentation')).toBeVisible();
		await expect(notice).toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect(page.locator('.presentation')).toHaveCount(0);
		await expect(page.locator('[data-active-step]')).toHaveAttribute(
			'data-active-step',
			'equipment-share'
		);
	});

	test('presenting, its file deleted by a deploy that left no version: the same', async ({
		page
	}) => {
		await page.goto('/growth');
		await ready(page);
		const gone = /\/_app\/immutable\//;
		await page.route(gone, (route) => route.fulfill({ status: 404, body: 'gone' }));
		await page.keyboard.press('p');
		await expect(page.locator('[data-notice="part"]')).toBeVisible({ timeout: 10_000 });
		await expect(page.locator('.presentation')).toHaveCount(0);
		// Esc and p still answer.
		await page.keyboard.press('Escape');
		await page.unroute(gone);
		await page.keyboard.press('p');
		await expect(page.locator('.presentation')).toBeVisible();
	});

	test('the scene layouts, offline before the first scroll: every step still shows its figure', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await ready(page);
		await context.setOffline(true);
		for (const slug of [
			'high-tech-growth',
			'high-tech-contribution',
			'credit-loans',
			'hubei-large'
		]) {
			await scrollToStep(page, slug);
			await page.waitForTimeout(1500);
			await expectFigureShown(page, slug);
		}
		await context.setOffline(false);
	});
});

test.describe('scripts that never come or come late', FAULTS, () => {
	test('scripts blocked, with JavaScript on: a page of text with every figure, and a notice', async ({
		page
	}) => {
		await page.route(/\/_app\//, (route) => route.abort());
		await page.goto('/financing/credit-loans');
		await expect(page.locator('[data-notice="scripts"]')).toBeVisible({ timeout: 20_000 });
		await expectStillInFlow(page, 'credit-loans');
		await expectNoDeadControls(page);
		// The reader reads on to investment: each step's own figure follows its text.
		await page.locator('#hubei-large').scrollIntoViewIfNeeded();
		await expectStillInFlow(page, 'hubei-large');
		expect(
			await page.locator('#hubei-large').evaluate((e) => e.getBoundingClientRect().top)
		).toBeLessThan(800);
	});

	test('scripts 3 s late, the reader scrolling meanwhile: followed, not pulled back', async ({
		page
	}) => {
		await page.route(/\/_app\/immutable\//, async (route) => {
			await new Promise((done) => setTimeout(done, 3000));
			await route.continue();
		});
		await page.goto('/growth');
		await page.waitForFunction(() => document.readyState === 'complete');
		await page.mouse.move(300, 400);
		await page.locator('#software').scrollIntoViewIfNeeded();
		for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 100);
		await page.waitForTimeout(300);
		// Moved on before the scripts came: a page of text, each figure after its text.
		await expect(page.locator('html')).toHaveAttribute('data-app', 'static');
		const reading = await stepInView(page);
		const before = await page
			.locator(`[id="${reading}"]`)
			.evaluate((e) => e.getBoundingClientRect().top);
		await ready(page);
		await expect(page.locator('html')).toHaveAttribute('data-app', 'started');
		// The step read stays the step in view, near where it was, with its figure in the graphic.
		expect(await stepInView(page)).toBe(reading);
		const after = await page
			.locator(`[id="${reading}"]`)
			.evaluate((e) => e.getBoundingClientRect().top);
		expect(Math.abs(after - Math.min(Math.max(before, 0), 479))).toBeLessThan(2);
		await expectFigureShown(page, reading!);
		await expect(page.locator('[data-notice="scripts"]')).toBeHidden();
	});

	for (const [device, viewport] of [
		['a laptop', { width: 1280, height: 800 }],
		['a phone', { width: 390, height: 844 }]
	] as const)
		for (const path of ['/financing/credit-loans', '/en/financing/credit-loans'])
			test(`${path} on ${device} opens at its step from the first paint and does not move when scripts start`, async ({
				page
			}) => {
				await page.setViewportSize(viewport);
				await page.route(/\/_app\/immutable\//, async (route) => {
					await new Promise((done) => setTimeout(done, 1500));
					await route.continue();
				});
				await page.goto(path);
				await page.waitForFunction(() => document.readyState === 'complete');
				const first = await page.evaluate(() => scrollY);
				expect(await stepInView(page)).toBe('credit-loans');
				await ready(page);
				expect(await page.evaluate(() => scrollY)).toBe(first);
				await expectFigureShown(page, 'credit-loans');
			});
});

test(
	'a new deploy while the tab was open: presenting loads the new version at the step',
	FAULTS,
	async ({ page }) => {
		await page.goto('/growth');
		await ready(page);
		await scrollToStep(page, 'provinces');
		// The new deploy: another version, and the old page's files gone until the page loads anew.
		let reloaded = false;
		await page.route(/\/_app\/version\.json/, (route) =>
			route.fulfill({ contentType: 'application/json', body: '{"version":"next"}' })
		);
		await page.route(/\/_app\/immutable\//, (route) =>
			reloaded ? route.continue() : route.fulfill({ status: 404, body: 'gone' })
		);
		page.on('request', (r) => {
			if (r.isNavigationRequest()) reloaded = true;
		});
		await page.keyboard.press('p');
		await page.waitForURL(/\?present#provinces$/);
		await ready(page);
		await expect(page.locator('.presentation')).toBeVisible();
		await expect(page.locator('.presentation [data-active-step]')).toHaveAttribute(
			'data-active-step',
			'provinces'
		);
	}
);
