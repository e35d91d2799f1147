/**
 * The 404 page as a static host serves it: the one built file, `404.html`, for any address the host
 * does not have, at any depth and with a trailing slash. Its styles, its scripts (if any) and its
 * links must not depend on the folder of the address it was served at.
 */
import { expect, test } from '@playwright/test';
import { staticHost } from '../support/static-host';

/** Mistyped addresses one, two and three folders deep, and a chapter with a trailing slash. */
const MISSING = [
	'/nowhere',
	'/financing/Credit-Loans',
	'/growth/credit-loans',
	'/en/financing/credit-loans/extra',
	'/growth/',
	'/en/growth/'
];

let host: Awaited<ReturnType<typeof staticHost>>;
test.beforeAll(async () => {
	host = await staticHost();
});
test.afterAll(() => host.close());

for (const path of MISSING) {
	test(`the 404 page at ${path} is styled, runs cleanly and links to real pages`, async ({
		page
	}) => {
		const problems: string[] = [];
		page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
		const address = `${host.origin}${path}`;
		// The one 404 expected is the page's own, which the browser reports as a console error.
		page.on('console', (m) => {
			if (m.type() === 'error' && m.location().url !== address)
				problems.push(`console: ${m.text()} (${m.location().url})`);
		});
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		page.on('response', (r) => {
			if (r.status() >= 400 && r.url() !== address) problems.push(`HTTP ${r.status()}: ${r.url()}`);
		});

		const response = await page.goto(address);
		expect(response?.status()).toBe(404);
		await page.waitForLoadState('networkidle');
		await expect(page.locator('h1')).toHaveText(['没有找到这个页面', 'Page not found']);
		await expect(page.locator('[lang="en"] h1')).toHaveText('Page not found');
		// The page's own rule (app.css) applies: 40rem wide at most.
		expect(
			await page.locator('main.not-found').evaluate((el) => getComputedStyle(el).maxWidth)
		).toBe('640px');

		// Every link, and the icon, leads to something the host has: the story and each chapter, in
		// both editions.
		const links = await page
			.locator('a[href], link[href]')
			.evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
		const pages = await page
			.locator('main a')
			.evaluateAll((els) => els.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
		expect
			.soft(pages)
			.toEqual([
				'/',
				'/growth',
				'/innovation',
				'/financing',
				'/investment',
				'/en',
				'/en/growth',
				'/en/innovation',
				'/en/financing',
				'/en/investment'
			]);
		// The icon is inside the page (see $lib/server/icon): no relative path to miss at any depth.
		expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(
			/^data:image\/png;base64,/
		);
		expect(requested.filter((p) => /favicon/.test(p))).toEqual([]);
		for (const link of links.filter((l) => !l.startsWith('data:'))) {
			expect.soft((await page.request.get(link)).status(), link).toBe(200);
		}
		expect(problems).toEqual([]);
	});
}
