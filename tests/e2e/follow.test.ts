/**
 * Following the scroll: the observer of the trigger line alone brings each step's scene as a smooth
 * scroll carries the step over the line, up and down, and again at the line's new place once the
 * window is resized (a laptop's line is at 0.6 of the height, a phone's at 0.8).
 *
 * The end of a scroll also settles the step in view (a safety net for a jump within one step). It is
 * taken away here, so that these steps can only be followed by the observer's signal.
 */
import type { Page } from '@playwright/test';
import { expectActive, ready, stepSlugs, test, triggerLine } from './fixtures';

/**
 * Brings the step's top smoothly to just past the trigger line (where `triggerLine` finds it for
 * the window's layout now), and expects the page to follow: that step in view.
 */
async function glideTo(page: Page, slug: string) {
	await page.evaluate(
		([s, line]) => {
			const top = document.getElementById(s)!.getBoundingClientRect().top;
			window.scrollBy({ top: top - line + 40, behavior: 'smooth' });
		},
		[slug, await triggerLine(page)] as const
	);
	await expectActive(page, slug);
}

test('a smooth scroll is followed step by step by the trigger line, before and after a resize', async ({
	page
}) => {
	await page.addInitScript(() => {
		const add = EventTarget.prototype.addEventListener;
		EventTarget.prototype.addEventListener = function (
			this: EventTarget,
			type: string,
			...rest: [EventListenerOrEventListenerObject | null, AddEventListenerOptions?]
		) {
			if (type === 'scrollend') return;
			return add.call(this, type, ...rest);
		};
	});
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/growth/manufacturing-share');
	await ready(page);
	await expectActive(page, 'manufacturing-share');
	const slugs = await stepSlugs(page);
	const at = slugs.indexOf('manufacturing-share');
	await glideTo(page, slugs[at + 1]!);
	await glideTo(page, slugs[at + 2]!);
	// Back up: the step's top goes below the line, and the one before is in view again.
	await glideTo(page, slugs[at + 1]!);
	// The window becomes a phone's: the text reflows, and the line moves down, to 0.8 of the height.
	await page.setViewportSize({ width: 390, height: 844 });
	await page.waitForTimeout(300);
	const now = slugs.indexOf(
		(await page.locator('[data-active-step]').getAttribute('data-active-step'))!
	);
	await glideTo(page, slugs[now + 1]!);
	await glideTo(page, slugs[now + 2]!);
	await glideTo(page, slugs[now + 1]!);
});
