/**
 * Malformed and hostile addresses: unknown slugs, broken percent-encoding, very long paths, text
 * that looks like script. The story opens at a sensible place (or the 404 page for a path that is
 * not ours), nothing from the address is ever rendered as markup, and nothing errors.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const XSS = [
	'<script>window.__pwned=1</script>',
	'<img src=x onerror="window.__pwned=1">',
	'"><svg onload=window.__pwned=1>',
	'javascript:window.__pwned=1',
	"'-alert(1)-'",
	'{{constructor.constructor("window.__pwned=1")()}}',
	'%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
	'%253Cscript%253E'
];
const HASHES = [
	'',
	'#',
	'#no-such-step',
	'#CREDIT-LOANS',
	'#credit-loans?x=1',
	'#credit%2Dloans',
	'#%E0%A4%A',
	'#%',
	'#%%%',
	'#../../etc/passwd',
	'#' + 'a'.repeat(5000),
	'#信用贷款',
	'#growth',
	'#closing',
	'#present',
	...XSS.map((x) => `#${x}`)
];
const PATHS = ['/', '/growth', '/financing', '/investment'];
const QUERIES = [
	'',
	'?present',
	'?presenter',
	'?present=<b>x</b>',
	'?present&present',
	'?x=' + 'y'.repeat(3000)
];
const FOREIGN_PATHS = [
	'/GROWTH',
	'/growth/extra',
	'/growth%2F..%2F..',
	'/..%2f..%2fetc%2fpasswd',
	// (A path with broken percent-encoding is left out here: the preview server itself resets the
	// connection, before the site is asked. Broken encoding in the hash is tested above.)
	'/' + 'z'.repeat(4000),
	'/<script>alert(1)</script>',
	'/index.php',
	'/growth.html.bak'
];

/** At least 100 addresses: every story path with a spread of hashes and queries, and foreign paths. */
const STORY_LINKS = PATHS.flatMap((path, p) =>
	HASHES.map((hash, h) => `${path}${QUERIES[(p + h) % QUERIES.length]}${hash}`)
);
const LINKS = [...STORY_LINKS, ...FOREIGN_PATHS.flatMap((path) => [path, `${path}#${XSS[0]}`])];

test('there are at least 100 of them', () => {
	expect(new Set(LINKS).size).toBeGreaterThanOrEqual(100);
});

async function nothingInjected(page: Page, link: string) {
	const state = await page.evaluate(() => ({
		pwned: (window as unknown as { __pwned?: number }).__pwned,
		injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror]').length,
		scripts: [...document.querySelectorAll('script')].filter((s) =>
			s.textContent?.includes('__pwned')
		).length
	}));
	expect(state, link).toEqual({ pwned: undefined, injected: 0, scripts: 0 });
}

const half = Math.ceil(STORY_LINKS.length / 2);
for (const [name, links] of [
	['first half', STORY_LINKS.slice(0, half)],
	['second half', STORY_LINKS.slice(half)]
] as const) {
	test(`story addresses open at a sensible place, ${name}`, async ({ page }) => {
		test.setTimeout(180_000);
		for (const link of links) {
			await page.goto(link);
			await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
			const active = await page
				.locator('[data-active-step], [data-present-step], [data-presenter-step]')
				.first()
				.evaluate(
					(el) =>
						(el as HTMLElement).dataset.activeStep ??
						(el as HTMLElement).dataset.presentStep ??
						(el as HTMLElement).dataset.presenterStep
				);
			expect(active, link).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(await page.locator(`[data-step="${active}"]`).count(), link).toBe(1);
			await nothingInjected(page, link);
		}
	});
}

test(
	'foreign paths get the 404 page, with nothing injected',
	{ tag: '@expect-404' },
	async ({ page }) => {
		test.setTimeout(120_000);
		for (const path of FOREIGN_PATHS) {
			for (const link of [path, `${path}#${XSS[0]}`]) {
				// From a blank page, so that a link differing only in its hash is a real navigation.
				await page.goto('about:blank');
				const response = await page.goto(link);
				// Playwright gives no response for a link with a hash; the page below says 404 anyway.
				if (!link.includes('#')) expect(response?.status(), link).toBe(404);
				// One 404 page for both editions: it says so in Chinese, then in English (marked so).
				await expect(page.locator('h1'), link).toHaveText(['没有找到这个页面', 'Page not found']);
				await expect(page.locator('[lang="en"] h1'), link).toHaveText('Page not found');
				await nothingInjected(page, link);
			}
		}
	}
);
