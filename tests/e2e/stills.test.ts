/**
 * A step change to a new scene shows that step's figure in the very next frame, from markup the
 * page already carries: its still figure, drawn at build time (issue 28's design; see
 * $lib/scenes/stills and ReadStage.svelte). Not timed: the bench (`npm run bench`) times it.
 */
import type { Page } from '@playwright/test';
import { expect, liveSceneTakenUp, ready, scrollToStep, test, triggerLine } from './fixtures';

/**
 * Moves to `slug` and, in the first animation frame after the step changed to it, reads what
 * the graphic shows: the box's step, whether it is hidden, how many marks its figure has, and its
 * markup beside the step's still figure in the article (ids as the copy prefixes them).
 */
async function changeTo(page: Page, slug: string) {
	return page.evaluate(
		([slug, line]) =>
			new Promise<{
				shownStep: string | null;
				opacity: string;
				marks: number;
				copy: string;
				still: string | null;
				variant: string;
			} | null>((resolve) => {
				const graphic = document.querySelector('[data-active-step]')!;
				// The change: the article marks the step current.
				const step = document.getElementById(slug)!;
				const observer = new MutationObserver(() => {
					if (step.getAttribute('aria-current') !== 'step') return;
					observer.disconnect();
					requestAnimationFrame(() => {
						const box = graphic.querySelector<HTMLElement>('.chart .scene-box:not(.ahead)');
						const svg = box?.querySelector('svg');
						const variant = svg?.classList.contains('narrow') ? 'narrow' : 'wide';
						const still = document.querySelector(`[id="${slug}"] .still svg.${variant}`);
						resolve({
							shownStep: box?.dataset.sceneStep ?? null,
							opacity: box ? getComputedStyle(box).opacity : '',
							marks: svg?.querySelectorAll('path, rect, text, line').length ?? 0,
							copy: (svg?.innerHTML ?? '').replaceAll('graphic-', ''),
							still: still?.innerHTML ?? null,
							variant
						});
					});
				});
				observer.observe(step, { attributes: true, attributeFilter: ['aria-current'] });
				setTimeout(() => resolve(null), 3000);
				window.scrollTo({
					top: step.getBoundingClientRect().top + scrollY - line + 20,
					behavior: 'instant'
				});
			}),
		[slug, await triggerLine(page)] as const
	);
}

/** Each step with its scene type, in reading order, from the article as built. */
const sceneTypes = (page: Page) =>
	page
		.locator('main [data-step]')
		.evaluateAll((els) =>
			els.map(
				(e) =>
					[
						(e as HTMLElement).dataset.step!,
						e.querySelector('.still svg')?.getAttribute('data-scene') ?? ''
					] as [string, string]
			)
		);

for (const [device, viewport, variant] of [
	['a laptop', { width: 1280, height: 800 }, 'wide'],
	['a phone', { width: 390, height: 844 }, 'narrow']
] as const)
	test(`on ${device}, every change to a new scene shows the step's still figure in the next frame`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/');
		await ready(page);
		const types = await sceneTypes(page);
		let changes = 0;
		for (const [i, [slug, type]] of types.entries()) {
			if (i === 0 || type === types[i - 1]![1]) continue;
			const seen = await changeTo(page, slug);
			expect(seen, `${slug}: the graphic changed`).not.toBeNull();
			expect(seen!.shownStep, slug).toBe(slug);
			expect(seen!.opacity, `${slug}: fully on screen`).toBe('1');
			expect(seen!.marks, `${slug}: its marks are drawn`).toBeGreaterThan(0);
			expect(seen!.variant, slug).toBe(variant);
			expect(seen!.copy, `${slug}: the figure is the build's still figure`).toBe(seen!.still);
			changes++;
		}
		expect(changes).toBeGreaterThan(30);
	});

test('a step within the same scene moves the live scene, drawn ahead while the reader read', async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	const types = await sceneTypes(page);
	// The first pair of neighbours that share a scene.
	const i = types.findIndex(([, type], k) => k > 0 && type === types[k - 1]![1]);
	const [before, after] = [types[i - 1]![0], types[i]![0]];
	await scrollToStep(page, before);
	// The reader stays on the step: the live scene is drawn ahead, hidden.
	await expect(
		page.locator(`.chart .scene-box.ahead[data-scene-step="${before}"] svg`)
	).toHaveCount(1, { timeout: 10_000 });
	await liveSceneTakenUp(page);
	await scrollToStep(page, after);
	const live = page.locator(`.chart .scene-box:not(.ahead)[data-scene-step="${after}"] svg`);
	await expect(live).toHaveCount(1);
	// The live scene is the one the component draws (its own ids), and its marks move.
	await expect(live).toHaveAttribute('aria-labelledby', /^graphic-read-/);
	const transition = await live
		.locator('.m')
		.first()
		.evaluate((m) => getComputedStyle(m).transitionDuration);
	expect(transition).not.toBe('0s');
	// Only one scene is on show.
	await expect(page.locator('.chart .scene-box:not(.ahead)')).toHaveCount(1);
});
