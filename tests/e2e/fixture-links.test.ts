/**
 * Bad links to the fixture story, in both editions: an unknown step in a known chapter's address
 * opens that chapter, on the front page the top; a malformed or hostile hash opens a step of the
 * story with nothing from the address rendered; an unknown chapter, or an unknown step's page, gets
 * the 404 page as a static host serves it, which leads to the story and each of its chapters.
 * (The real story's own: badlinks, not-found and links.test.ts.)
 */
import type { Page } from '@playwright/test';
import { EDITIONS, expect, FIRST, SLUGS, test } from './fixture-site';
import { activeStep, expectActive, ready } from './fixtures';

/** Nothing the address carried ran or became markup. */
async function nothingInjected(page: Page, link: string) {
	const state = await page.evaluate(() => ({
		pwned: (window as unknown as { __pwned?: number }).__pwned,
		injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror]').length
	}));
	expect(state, link).toEqual({ pwned: undefined, injected: 0 });
}

for (const { code, prefix } of EDITIONS) {
	test.describe(`bad links to the fixture story (${code}) @fixture`, () => {
		test('an unknown step opens its chapter; on the front page, the top', async ({ page }) => {
			for (const [chapter, first] of [
				['city', 'industry-growth'],
				['residents', 'resident-income']
			] as const) {
				await page.goto(`${prefix}/${chapter}#no-such-step`);
				await ready(page);
				await expectActive(page, first);
				await expect(page.locator(`#${chapter}-title`)).toBeInViewport();
			}
			await page.goto(`${prefix || '/'}#no-such-step`);
			await ready(page);
			expect(await activeStep(page)).toBe(FIRST);
			expect(await page.evaluate(() => scrollY)).toBeLessThan(200);
		});

		test('malformed and hostile hashes open a step of the story, with nothing injected', async ({
			page
		}) => {
			const hashes = [
				'#',
				'#PARK-SHARE',
				'#park%2Dshare',
				'#%E0%A4%A',
				'#%%%',
				'#' + 'a'.repeat(3000),
				'#青禾',
				'#closing',
				'#<img src=x onerror="window.__pwned=1">',
				'#"><svg onload=window.__pwned=1>'
			];
			const paths = [prefix || '/', `${prefix}/city`, `${prefix}/residents`];
			for (const [i, hash] of hashes.entries()) {
				const link = `${paths[i % paths.length]}${i % 4 === 3 ? '?present=<b>x</b>' : ''}${hash}`;
				await page.goto(link);
				await ready(page);
				// Reading or, with `?present`, presenting: at a step of the story.
				const active = await page
					.locator('[data-present-step], [data-active-step]')
					.first()
					.evaluate(
						(el) =>
							(el as HTMLElement).dataset.presentStep ?? (el as HTMLElement).dataset.activeStep
					);
				expect(SLUGS, link).toContain(active);
				await nothingInjected(page, link);
			}
		});
	});
}

test.describe('missing pages of the fixture story @fixture', () => {
	for (const path of ['/economy', '/city/no-such-step', '/residents/park-share', '/en/economy'])
		test(
			`${path} gets the 404 page, which leads to the story and each chapter in both editions`,
			{ tag: '@expect-404' },
			async ({ page }) => {
				const response = await page.goto(path);
				expect(response?.status()).toBe(404);
				await expect(page.locator('h1')).toHaveText(['没有找到这个页面', 'Page not found']);
				const links = await page
					.locator('main a')
					.evaluateAll((els) => els.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
				expect(links).toEqual(['/', '/city', '/residents', '/en', '/en/city', '/en/residents']);
				for (const link of links) expect((await page.request.get(link)).status(), link).toBe(200);
				// From the start: the whole story, started.
				await page
					.getByRole('link', { name: path.startsWith('/en') ? /start/ : /从头阅读/ })
					.click();
				await ready(page);
				await expect(page.locator('main [data-step]')).toHaveCount(SLUGS.length);
				await expectActive(page, FIRST);
			}
		);
});
