/**
 * Shared Playwright fixtures: every test fails on a console error, an uncaught exception, or a
 * request that fails or leaves the site's own origin. Helpers read the story's state from the DOM.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { TRIGGER } from '../../src/lib/start/boot.ts';

export const test = base.extend<{ problems: string[] }>({
	problems: [
		async ({ page, baseURL }, use, testInfo) => {
			const problems: string[] = [];
			const origin = new URL(baseURL!).origin;
			const expect404 = testInfo.tags.includes('@expect-404');
			// A test of faults cuts the page's scripts off itself: their failures are its doing.
			const faults = testInfo.tags.includes('@faults');
			const cutOff = (url: string) => faults && /\/_app\//.test(url);
			page.on('console', (m) => {
				if (m.type() !== 'error') return;
				if (cutOff(m.location().url) || (faults && /Failed to load resource/.test(m.text())))
					return;
				// A test that opens a missing page expects the browser to report its 404.
				if (expect404 && m.text().includes('404')) return;
				problems.push(`console error: ${m.text()}`);
			});
			page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
			// Without scripts the browser refuses the preloaded modules; that is expected, not a fault.
			const noScript = testInfo.tags.includes('@no-js');
			page.on('requestfailed', (r) => {
				if (noScript && r.url().endsWith('.js')) return;
				if (cutOff(r.url())) return;
				// A request cut short because the test navigated away is not a fault of the site.
				if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
				problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
			});
			page.on('request', (r) => {
				const url = new URL(r.url());
				if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
					problems.push(`request to another origin: ${r.url()}`);
				}
			});
			page.on('response', (r) => {
				if (r.status() >= 400 && !expect404 && !cutOff(r.url())) {
					problems.push(`HTTP ${r.status()}: ${r.url()}`);
				}
			});
			await use(problems);
			expect(problems, 'console errors, failed or foreign requests').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Every step slug in page order. */
export const stepSlugs = (page: Page, within = 'main') =>
	page
		.locator(`${within} [data-step]`)
		.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.step!));

/** The graphic's active step. */
export const activeStep = (page: Page) =>
	page.locator('[data-active-step]').getAttribute('data-active-step');

/**
 * The scene on screen in the graphic (`within` a container: `.presentation`). Besides it, the
 * graphic may keep a live scene drawn but hidden (`.scene-box.ahead`): presenting, the one likely
 * next and the one shown last; reading, the live scene drawn ahead for a step within the same scene.
 */
export const SHOWN_SCENE = '[data-active-step] .scene-box:not(.ahead) svg.scene';
export const shownScene = (page: Page, within = '') =>
	// The scene drawn at build time is there twice (for a wide screen and a phone): one shows.
	page.locator(`${within} ${SHOWN_SCENE}`.trim()).filter({ visible: true });

/** Waits until the graphic shows `slug` and the step carries aria-current. */
export async function expectActive(page: Page, slug: string) {
	await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', slug);
	await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
	await expect(page.locator(`[data-step="${slug}"]`)).toHaveAttribute('aria-current', 'step');
}

/**
 * The trigger line's height in the viewport (px), where the page's scroller draws it: a share of
 * the height that is larger on a phone's layout ($lib/start/boot's TRIGGER).
 */
export const triggerLine = (page: Page) =>
	page.evaluate(
		(T) => innerHeight * (innerWidth <= T.phoneMaxWidth ? T.phoneLine : T.line),
		TRIGGER
	);

/** Scrolls so that the step's top sits just above the trigger line (instantly). */
export async function scrollToStep(page: Page, slug: string) {
	const line = await triggerLine(page);
	// Steps far from view are not laid out (content-visibility): one taller than its remembered
	// size, drawn as the jump brings it near, moves the steps below it. Scroll again until the step
	// is where it should be, as a reader would. (Timed from here: a page without JavaScript runs no
	// frame callbacks.)
	for (let still = 0, i = 0; still < 3 && i < 20; i++) {
		const off = await page.evaluate(
			([s, line]) => {
				const el = document.getElementById(s)!;
				const off = el.getBoundingClientRect().top - line + 20;
				if (Math.abs(off) >= 1) window.scrollTo({ top: scrollY + off, behavior: 'instant' });
				return off;
			},
			[slug, line] as const
		);
		still = Math.abs(off) < 1 ? still + 1 : 0;
		if (still < 3) await page.waitForTimeout(60);
	}
}

/**
 * Waits for the page's scripts to have started (hydration done). A popup polled while it replaces
 * its first blank document can have no root element for a moment: that is "not yet", not an error.
 */
export async function ready(page: Page) {
	await page.waitForFunction(() => document.documentElement?.dataset.ready === 'true');
}

/**
 * Waits until the stage has taken up the live scene drawn ahead, once it is in the page. The stage
 * takes it up once it has been painted twice over (ReadStage's whenDrawn); before that the still is
 * shown, by design. Three frames on, it has been: a loaded machine's slow frames no longer catch a
 * test scrolling on within them.
 */
export async function liveSceneTakenUp(page: Page) {
	await page.evaluate(
		() =>
			new Promise((done) =>
				requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))
			)
	);
}

/**
 * Shows a live scene (not a still figure): goes to the first step whose next step shares its
 * scene, waits while the reader reads there (the live scene is drawn ahead, hidden), then goes on
 * to that next step, which the live scene shows. Returns the live scene's locator.
 */
export async function showLiveScene(page: Page) {
	const types = await page
		.locator('main [data-step]')
		.evaluateAll((els) =>
			els.map((e) => [
				(e as HTMLElement).dataset.step!,
				e.querySelector('.still svg')?.getAttribute('data-scene') ?? ''
			])
		);
	const i = types.findIndex(([, type], k) => k > 0 && type === types[k - 1]![1]);
	const [[before], [slug, type]] = [types[i - 1]!, types[i]!];
	await scrollToStep(page, before!);
	await expectActive(page, before!);
	// The live scene of that type, drawn ahead (not one left from a step passed on the way).
	await expect(
		page.locator(`[data-active-step] .scene-box.ahead svg.scene[data-scene="${type}"]`)
	).toHaveCount(1, { timeout: 10_000 });
	await liveSceneTakenUp(page);
	await scrollToStep(page, slug!);
	const scene = page.locator('[data-active-step] .scene-box:not(.ahead) svg.scene');
	await expect(scene).toHaveAttribute('aria-labelledby', /^graphic-read-/);
	return scene;
}
