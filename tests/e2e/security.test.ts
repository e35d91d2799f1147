/**
 * A strict Content-Security-Policy in every page, no violation while reading, presenting or in
 * the presenter view, and no request to any other origin.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, ready, test } from './fixtures';

/** Every prerendered page, and the one-file edition. */
function pages(dir = 'build', prefix = ''): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		if (entry.isDirectory())
			return entry.name === '_app' ? [] : pages(join(dir, entry.name), `${prefix}${entry.name}/`);
		return entry.name.endsWith('.html') ? [`${prefix}${entry.name}`] : [];
	});
}

function policyOf(html: string): Map<string, string[]> {
	const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
	if (!content) return new Map();
	return new Map(
		content
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name!, values])
	);
}

test('every prerendered page carries a strict policy', () => {
	const files = pages();
	expect(files).toEqual(
		expect.arrayContaining(['index.html', 'growth.html', '404.html', 'story.html'])
	);
	for (const file of files) {
		const policy = policyOf(readFileSync(join('build', file), 'utf8'));
		expect(policy.size, `${file} has no CSP meta tag`).toBeGreaterThan(0);
		expect(policy.get('default-src'), file).toEqual(["'self'"]);
		const scripts = policy.get('script-src') ?? [];
		expect(scripts, file).toContain("'self'");
		for (const source of scripts) {
			expect(source, `${file}: script-src ${source}`).toMatch(
				/^'self'$|^'sha256-[A-Za-z0-9+/=]+'$/
			);
		}
		for (const [name, values] of policy) {
			for (const value of values) {
				expect(value, `${file}: ${name} allows another origin`).not.toMatch(/^(https?:|\*|\/\/)/);
				expect(value, `${file}: ${name}`).not.toBe("'unsafe-eval'");
			}
		}
		expect(policy.get('object-src'), file).toEqual(["'none'"]);
	}
});

/** Collects CSP violations in this page and every window it opens. */
async function watchViolations(context: BrowserContext) {
	await context.addInitScript(() => {
		const w = window as unknown as { violations: string[] };
		w.violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`)
		);
	});
	return (page: Page) =>
		page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

test('reading, presenting and the presenter view run with no CSP violation and no other origin', async ({
	page,
	context,
	baseURL
}) => {
	const violations = await watchViolations(context);
	const origin = new URL(baseURL!).origin;
	const elsewhere: string[] = [];
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:')
			return route.continue();
		elsewhere.push(url.href);
		return route.abort('blockedbyclient');
	});

	await page.goto('/');
	await ready(page);
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	for (let y = 0; y < height; y += 1500) {
		await page.evaluate((top) => scrollTo(0, top), y);
		await page.waitForTimeout(40);
	}
	await page.evaluate(() => scrollTo(0, 0));
	await page.keyboard.press('p');
	await expect(page.locator('[data-present-step]')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('q');
	await expect(page.locator('[data-qr]')).toBeVisible();
	const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
	await ready(presenter);
	await presenter.keyboard.press('ArrowRight');
	await expect(page.locator('[data-present-step]')).toHaveAttribute(
		'data-present-step',
		(await presenter.locator('[data-presenter-step]').getAttribute('data-presenter-step'))!
	);
	await page.emulateMedia({ media: 'print' });
	await page.emulateMedia({ media: 'screen' });

	expect(await violations(page)).toEqual([]);
	expect(await violations(presenter)).toEqual([]);
	expect(elsewhere).toEqual([]);
});

test(
	'the 404 page runs under the policy too',
	{ tag: '@expect-404' },
	async ({ page, context }) => {
		const violations = await watchViolations(context);
		await page.goto('/nowhere');
		await expect(page.locator('h1').first()).toHaveText('没有找到这个页面');
		expect(await violations(page)).toEqual([]);
	}
);
