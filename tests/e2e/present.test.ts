import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect, expectActive, ready, scrollToStep, shownScene, test } from './fixtures';

test.use({ viewport: { width: 1920, height: 1080 } });

const onScreen = (page: Page) => page.locator('[data-present-step]');
const expectShowing = async (page: Page, slug: string) => {
	await expect(onScreen(page)).toHaveAttribute('data-present-step', slug);
	await expect(page).toHaveURL(new RegExp(`\\?present#${slug}$`));
};

/** Waits until a page opened with ?present shows its presentation and takes keys. */
async function presenting(page: Page) {
	await ready(page);
	await expect(onScreen(page)).toBeVisible();
	await expect(page.getByRole('dialog')).toBeFocused();
}

/** The slugs in story order, read from the page. */
const allSlugs = (page: Page) =>
	page
		.locator('main [data-step]')
		.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.step!));

test.describe('entering and leaving', () => {
	test('the p key presents the step being read; Esc returns to it', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await scrollToStep(page, 'cloud-share');
		await expectActive(page, 'cloud-share');
		await page.keyboard.press('p');
		await expectShowing(page, 'cloud-share');
		await expect(page.getByRole('dialog', { name: '演示模式' })).toBeVisible();
		await page.keyboard.press('ArrowRight');
		await expectShowing(page, 'openharmony');
		await page.keyboard.press('Escape');
		await expect(onScreen(page)).toHaveCount(0);
		await expectActive(page, 'openharmony');
		await expect(page.locator('#openharmony')).toBeInViewport();
		await expect(page).toHaveURL(/\/growth#openharmony$/);
	});

	test('the visible control enters it', async ({ page }) => {
		await page.goto('/innovation');
		await ready(page);
		await page.getByRole('button', { name: '演示' }).click();
		await expectShowing(page, 'little-giants');
		await page.getByRole('button', { name: /退出演示/ }).click();
		await expect(onScreen(page)).toHaveCount(0);
		await expectActive(page, 'little-giants');
	});

	test('a link with ?present opens it at the step', async ({ page }) => {
		await page.goto('/financing?present#relending-quota');
		await presenting(page);
		await expectShowing(page, 'relending-quota');
		// Back leaves the presentation for the page before it, never traps.
		await page.keyboard.press('ArrowRight');
		await expectShowing(page, 'credit-loans');
	});

	// The overlay draws each step; the article's graphic behind it is not seen, and drawing it too
	// would double the work of every click on a presenter's laptop.
	test('the article’s graphic waits behind the presentation, and catches up on leaving', async ({
		page
	}) => {
		await page.goto('/growth#industry-growth');
		await ready(page);
		const article = page.locator('.graphic-col [data-active-step]');
		await expect(article).toHaveAttribute('data-active-step', 'industry-growth');
		// The scenes it has drawn, shown or kept hidden.
		const scenes = () =>
			article.locator('svg.scene').evaluateAll((svgs) => svgs.map((s) => s.dataset.scene));
		// Whatever it draws while the reader reads is drawn first.
		await page.waitForTimeout(1500);
		const drawn = await scenes();
		await page.keyboard.press('p');
		await expectShowing(page, 'industry-growth');
		// Through steps of other scenes than the article's.
		for (const slug of [
			'manufacturing-share',
			'provinces',
			'equipment-share',
			'high-tech-growth'
		]) {
			await page.keyboard.press('ArrowRight');
			await expectShowing(page, slug);
		}
		// Time for anything the article's graphic would draw while idle.
		await page.waitForTimeout(1500);
		await expect(article).toHaveAttribute('data-active-step', 'industry-growth');
		expect(await scenes(), 'no scene drawn behind the presentation').toEqual(drawn);
		await page.keyboard.press('Escape');
		await expectActive(page, 'high-tech-growth');
		await expect(shownScene(page, '.graphic-col')).toHaveAttribute('data-scene', 'growth-bars');
	});

	test('entering and leaving again and again adds no history; Back then leaves the story', async ({
		page
	}) => {
		await page.goto('/investment');
		await ready(page);
		await page.goto('/growth#software');
		await ready(page);
		const before = await page.evaluate(() => history.length);
		const slugs = await allSlugs(page);
		let at = slugs.indexOf('software');
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('p');
			await expectShowing(page, slugs[at]!);
			await page.keyboard.press('ArrowRight');
			at += 1;
			await expectShowing(page, slugs[at]!);
			await page.keyboard.press('Escape');
			await expect(onScreen(page)).toHaveCount(0);
			// Reading where the presentation was left, at that step's address.
			await expectActive(page, slugs[at]!);
			await expect(page).toHaveURL(new RegExp(`/[a-z]+#${slugs[at]}$`));
			await expect(page.locator(`#${slugs[at]}`)).toBeInViewport();
		}
		// One entry at most (the presentation's, ahead of reading), not one per round.
		expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(before + 1);
		// Back from reading leaves for the page before, which is still there.
		await page.goBack();
		await expect(page).toHaveURL(/\/investment$/);
	});

	test('Back after entering with p returns to reading', async ({ page }) => {
		await page.goto('/growth#software');
		await ready(page);
		await page.keyboard.press('p');
		await expectShowing(page, 'software');
		await page.keyboard.press('ArrowRight');
		await page.goBack();
		await expect(onScreen(page)).toHaveCount(0);
		await expectActive(page, 'software');
	});
});

test.describe('keys', () => {
	test('→ ↓ PageDown Space go forward; ← ↑ PageUp go back; Home and End', async ({ page }) => {
		await page.goto('/?present#industry-growth');
		await presenting(page);
		const slugs = await allSlugs(page);
		const at = (slug: string) => slugs.indexOf(slug);
		let i = at('industry-growth');
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) {
			await page.keyboard.press(key);
			i += 1;
			await expectShowing(page, slugs[i]!);
		}
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) {
			await page.keyboard.press(key);
			i -= 1;
			await expectShowing(page, slugs[i]!);
		}
		await page.keyboard.press('End');
		await expectShowing(page, slugs.at(-1)!);
		await page.keyboard.press('ArrowRight');
		await expectShowing(page, slugs.at(-1)!);
		await page.keyboard.press('Home');
		await expectShowing(page, slugs[0]!);
		await page.keyboard.press('PageUp');
		await expectShowing(page, slugs[0]!);
	});

	test('a number then Enter jumps to that step, and the counter says where we are', async ({
		page
	}) => {
		await page.goto('/?present#press-conference');
		await presenting(page);
		const slugs = await allSlugs(page);
		await page.keyboard.press('1');
		await page.keyboard.press('2');
		await page.keyboard.press('Enter');
		await expectShowing(page, slugs[11]!);
		await expect(page.locator('.counter')).toHaveText(`12 / ${slugs.length}`);
		await expect(page.locator('.presentation .bar')).toContainText('增长');
		// Out of range clamps to the last step.
		await page.keyboard.type('999');
		await page.keyboard.press('Enter');
		await expectShowing(page, slugs.at(-1)!);
	});

	test('f toggles full screen', async ({ page }) => {
		await page.goto('/?present#provinces');
		await presenting(page);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
	});

	test('b blanks the screen and any key brings it back, without moving', async ({ page }) => {
		await page.goto('/?present#provinces');
		await presenting(page);
		await page.keyboard.press('b');
		await expect(page.locator('[data-blank]')).toBeVisible();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('[data-blank]')).toHaveCount(0);
		await expectShowing(page, 'provinces');
	});
});

test.describe('the screen', () => {
	test('at 1920×1080 the caption is at least 32 px and the scene fills the stage', async ({
		page
	}) => {
		await page.goto('/innovation?present#robots');
		await presenting(page);
		const caption = page.locator('.presentation .caption');
		await expect(caption).toContainText('35.6%');
		const size = await caption.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size).toBeGreaterThanOrEqual(32);
		const svg = await shownScene(page, '.presentation').boundingBox();
		expect(svg!.width).toBeGreaterThan(1400);
		// Nothing else competes: the article is hidden behind the dialog.
		await expect(page.locator('.nav'))
			.not.toBeInViewport({ ratio: 0.01 })
			.catch(async () => {
				const covered = await page.evaluate(() => {
					const nav = document.querySelector('.nav')!.getBoundingClientRect();
					const top = document.elementFromPoint(nav.x + 5, nav.y + 5);
					return !!top?.closest('.presentation');
				});
				expect(covered).toBe(true);
			});
	});

	test('steps animate as in reading mode, and instantly under reduced motion', async ({ page }) => {
		await page.goto('/growth?present#high-tech-growth');
		await presenting(page);
		const duration = () =>
			page
				.locator('.presentation svg rect.m')
				.first()
				.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
		expect(await duration()).toBeGreaterThanOrEqual(0.3);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		expect(await duration()).toBe(0);
	});

	test('axe finds no violations in presentation mode', async ({ page }) => {
		// axe checks the whole page, over a thousand elements: 8–30 s on a busy machine.
		test.slow();
		await page.goto('/financing?present#credit-loans');
		await presenting(page);
		await expect(onScreen(page)).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
	});
});

test.describe('QR code', () => {
	test('q shows a QR code that decodes to the current step’s link', async ({ page, baseURL }) => {
		await page.goto('/financing?present#special-loans');
		await presenting(page);
		await page.keyboard.press('q');
		const qr = page.locator('[data-qr]');
		await expect(qr).toBeVisible();
		const decode = async () => {
			const png = PNG.sync.read(await qr.screenshot());
			return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
		};
		expect(await decode()).toBe(`${baseURL}/financing/special-loans`);
		// It follows the step.
		await page.keyboard.press('ArrowRight');
		await expectShowing(page, 'pilot-cities');
		await expect.poll(decode).toBe(`${baseURL}/financing/pilot-cities`);
		await page.keyboard.press('q');
		await expect(qr).toHaveCount(0);
	});
});

test.describe('presenter view', () => {
	test('s opens it with notes, the next caption, previews and a clock; both stay in step', async ({
		page
	}) => {
		await page.goto('/innovation?present#tech-contracts');
		await presenting(page);
		const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
		await ready(presenter);
		const view = presenter.locator('[data-presenter-step]');
		await expect(view).toHaveAttribute('data-presenter-step', 'tech-contracts');
		await expect(presenter.locator('[data-notes]')).toHaveText(
			'成交额增速在图上排第三，仅次于两项机器人产量。'
		);
		await expect(presenter.locator('[data-next-caption]')).toContainText('平均每件成交额');
		await expect(presenter.locator('.presenter svg.scene')).toHaveCount(2);
		await expect(presenter.locator('[data-clock]')).toHaveText(/^00:0\d$/);
		// Driven from the presentation…
		await page.keyboard.press('ArrowRight');
		await expectShowing(page, 'tech-contract-value');
		await expect(view).toHaveAttribute('data-presenter-step', 'tech-contract-value');
		// …and from the presenter view.
		await presenter.keyboard.press('PageDown');
		await expect(view).toHaveAttribute('data-presenter-step', 'innovation-centres');
		await expectShowing(page, 'innovation-centres');
		await presenter.getByRole('button', { name: '上一步' }).click();
		await expectShowing(page, 'tech-contract-value');
	});
});

test.describe('presenter view, kept in step', () => {
	test('left, moved on its own, entered again: both show the same step at once', async ({
		page
	}) => {
		await page.goto('/innovation?present#tech-contracts');
		await presenting(page);
		const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
		await ready(presenter);
		const view = presenter.locator('[data-presenter-step]');
		await expect(view).toHaveAttribute('data-presenter-step', 'tech-contracts');
		// Back to reading; the presenter view stays open and is moved on its own.
		await page.keyboard.press('Escape');
		await expect(onScreen(page)).toHaveCount(0);
		await presenter.keyboard.press('PageDown');
		await presenter.keyboard.press('PageDown');
		await expect(view).toHaveAttribute('data-presenter-step', 'innovation-centres');
		// Presenting again, at the step being read: the presenter view follows, with no key pressed.
		await page.keyboard.press('p');
		await expectShowing(page, 'tech-contracts');
		await expect(view).toHaveAttribute('data-presenter-step', 'tech-contracts');
		// And the two still drive each other.
		await presenter.keyboard.press('PageDown');
		await expectShowing(page, 'tech-contract-value');
	});

	test('its window has one main landmark: the view is a dialog over the page', async ({ page }) => {
		await page.goto('/innovation?presenter#robots');
		await ready(page);
		await expect(page.getByRole('dialog', { name: '演示者视图' })).toBeVisible();
		await expect(page.getByRole('dialog', { name: '演示者视图' })).toBeFocused();
		await expect(page.getByRole('main')).toHaveCount(1);
		await expect(page.locator('main, [role="main"]')).toHaveCount(1);
	});

	test('the sync channel drops malformed messages and windows it does not know', async ({
		page
	}) => {
		await page.goto('/financing?present#relending-quota');
		await presenting(page);
		await page.evaluate(() => {
			const source = 'miit-h1-2025-story';
			const channel = new BroadcastChannel(source);
			for (const message of [
				null,
				'step',
				{ type: 'step', slug: 7 },
				{ type: 'step', slug: 'no-such-step' },
				{ type: 'step', slug: '<img src=x onerror=alert(1)>' },
				{ type: 'blank', on: 'yes' }
			])
				channel.postMessage({ source, from: 'elsewhere', message });
			channel.postMessage(null);
			channel.close();
			// A window that is neither the presenter view nor its opener: not heard.
			window.postMessage(
				{ source, from: 'elsewhere', message: { type: 'step', slug: 'credit-loans' } },
				location.origin
			);
		});
		// Time for all of it to arrive (a page error, from any of it, fails the test).
		await page.waitForTimeout(500);
		await expectShowing(page, 'relending-quota');
		await expect(page.locator('[data-blank]')).toHaveCount(0);
		// The channel itself works: a well-formed message from another of the story's windows.
		await page.evaluate(() => {
			const channel = new BroadcastChannel('miit-h1-2025-story');
			channel.postMessage({
				source: 'miit-h1-2025-story',
				from: 'elsewhere',
				message: { type: 'step', slug: 'special-loans' }
			});
			channel.close();
		});
		await expectShowing(page, 'special-loans');
	});
});
