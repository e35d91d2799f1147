/**
 * The engine's fixture story (tests/fixtures/story) built into a site of its own and served as a
 * host would serve it (./fixture-site): what a person gets from a story the engine was not written
 * for. Its other fixture-*.test.ts files test the engine's reading, presenting, links and figures.
 */
import { expect, STEPS, test } from './fixture-site';
import { ready } from './fixtures';

test.describe('the fixture story, built as a site @fixture', () => {
	for (const [code, path, title] of [
		['zh', '/', '青禾市的一年'],
		['en', '/en', 'A year in Qinghe']
	] as const)
		test(`the front page in ${code}: its title, and every step's text and scene`, async ({
			page
		}) => {
			await page.goto(path);
			await ready(page);
			await expect(page.locator('h1')).toHaveText(title);
			await expect(page.locator('main [data-step]')).toHaveCount(STEPS.length);
			for (const step of STEPS) {
				const article = page.locator(`article[data-step="${step.slug}"]`);
				await expect(article).toContainText(step[code]);
				// The scene drawn at build time (for each width it is drawn at), with its marks.
				const still = article.locator(`.still svg[data-scene="${step.scene}"]`).first();
				await expect(still).toBeAttached();
				expect(await still.locator('rect, path, line, text').count(), step.slug).toBeGreaterThan(0);
			}
		});

	test('scrolling to a step shows its scene, drawn live', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		for (const step of STEPS) {
			await page.locator(`#${step.slug}`).scrollIntoViewIfNeeded();
			await page.evaluate((s) => {
				const el = document.getElementById(s)!;
				window.scrollTo({
					top: scrollY + el.getBoundingClientRect().top - innerHeight * 0.6 + 20,
					behavior: 'instant'
				});
			}, step.slug);
			await expect(page.locator('[data-active-step]')).toHaveAttribute(
				'data-active-step',
				step.slug
			);
			const live = page
				.locator('[data-active-step] .scene-box:not(.ahead) svg.scene')
				.filter({ visible: true });
			await expect(live).toHaveAttribute('data-scene', step.scene);
			await expect(live.locator('text').first()).toBeVisible();
		}
	});

	test('a step’s link opens at its step, in each edition and each chapter', async ({ page }) => {
		for (const [path, slug] of [
			['/city/park-share', 'park-share'],
			['/en/city/park-share', 'park-share'],
			['/residents/street-canteens', 'street-canteens'],
			['/en/residents/street-canteens', 'street-canteens']
		] as const) {
			await page.goto(path);
			await ready(page);
			await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', slug);
			await expect(page.locator(`#${slug}`)).toBeInViewport();
		}
	});
});
