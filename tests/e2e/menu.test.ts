/**
 * The menu and the address, as a reader on a phone gets them: every control of the menu whole on
 * screen from 320 to 430 pixels wide in both editions, named for assistive technology by the words
 * it shows; and the address written as soon as the page is hidden or left, so that a reload or a
 * shared address right after a scroll keeps the step.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, expectActive, ready, scrollToStep, test } from './fixtures';

const EDITIONS = ['/', '/en'] as const;

test.describe('the menu on a phone', () => {
	for (const width of [320, 360, 390, 430]) {
		test(`shows every control whole at ${width} pixels, in both editions`, async ({ page }) => {
			await page.setViewportSize({ width, height: 760 });
			for (const path of EDITIONS) {
				await page.goto(path);
				await ready(page);
				const controls = await page.locator('nav.nav').evaluate((nav) => {
					const bar = nav.getBoundingClientRect();
					return [...nav.querySelectorAll<HTMLElement>('a, button')].map((el) => {
						const r = el.getBoundingClientRect();
						// What the control shows, measured: its text's own box, and whether it is cut.
						const range = document.createRange();
						range.selectNodeContents(el);
						const text = range.getBoundingClientRect();
						return {
							name: el.textContent!.trim(),
							box: [r.left, r.top, r.right, r.bottom],
							text: [text.left, text.right],
							bar: [bar.top, bar.bottom],
							cut: el.scrollWidth > el.clientWidth + 1,
							hidden: getComputedStyle(el).visibility === 'hidden' || r.width === 0
						};
					});
				});
				expect(controls.length, path).toBe(7);
				for (const c of controls) {
					const where = `${path} at ${width}: ${c.name}`;
					expect(c.hidden, where).toBe(false);
					expect(c.cut, where).toBe(false);
					const [left, top, right, bottom] = c.box as [number, number, number, number];
					expect(left, where).toBeGreaterThanOrEqual(0);
					expect(right, where).toBeLessThanOrEqual(width);
					expect(top, where).toBeGreaterThanOrEqual(c.bar[0]!);
					expect(bottom, where).toBeLessThanOrEqual(c.bar[1]! + 1);
					// The words themselves inside the control and on screen.
					expect(c.text[0]!, where).toBeGreaterThanOrEqual(left - 0.5);
					expect(c.text[1]!, where).toBeLessThanOrEqual(Math.min(right, width) + 0.5);
				}
				// Nothing of the page hides under the menu: a chapter's heading lands below it.
				const nav = await page.locator('nav.nav').boundingBox();
				await page.getByRole('navigation').getByRole('link').nth(2).click();
				const heading = page.locator('.chapter-head h2').nth(2);
				await expect
					.poll(async () => (await heading.boundingBox())!.y, { message: path })
					.toBeGreaterThanOrEqual(nav!.y + nav!.height - 1);
			}
		});
	}

	test('axe finds nothing in the menu of either edition, the name-and-label rule included', async ({
		page
	}) => {
		for (const [path, width] of [
			['/', 390],
			['/en', 390],
			['/', 1280],
			['/en', 1280]
		] as const) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(path);
			await ready(page);
			const results = await new AxeBuilder({ page })
				.include('nav.nav')
				// An experimental rule, off by default: a control's name holds the words it shows.
				.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
				.analyze();
			expect(
				results.violations.map((v) => `${path} ${width} ${v.id}: ${v.nodes[0]?.target}`)
			).toEqual([]);
			// Stricter than axe (which finds “en” inside “English”): a control's name holds the words
			// it shows as words, so that a voice command naming them finds it.
			const names = await page.locator('nav.nav').evaluate((nav) =>
				[...nav.querySelectorAll<HTMLElement>('a, button')].map((el) => ({
					shown: el.textContent!.trim(),
					name: (el.getAttribute('aria-label') ?? el.textContent!).trim()
				}))
			);
			for (const { shown, name } of names) {
				const words = shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				// Chinese has no spaces between words: there, the name holds the characters.
				const asWords = /\p{Script=Han}/u.test(shown)
					? new RegExp(words)
					: new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, 'iu');
				expect(name, `${path}: “${shown}”`).toMatch(asWords);
			}
			// The rule did run, on the link to the other edition among others.
			const ran = [...results.passes, ...results.incomplete].find(
				(r) => r.id === 'label-content-name-mismatch'
			);
			expect(ran?.nodes.length, path).toBeGreaterThan(0);
		}
	});
});

test.describe('the address when the page is left', () => {
	test('a reload soon after a scroll keeps the step, on a page opened at another', async ({
		page
	}) => {
		await page.goto('/innovation#tech-contracts');
		await ready(page);
		await expectActive(page, 'tech-contracts');
		// When the step changes and when the address follows it, timed in the page.
		await page.evaluate(() => {
			const t: Record<string, number> = {};
			(window as unknown as { t: Record<string, number> }).t = t;
			const el = document.querySelector<HTMLElement>('[data-active-step]')!;
			const look = () => {
				if (el.dataset.activeStep === 'innovation-centres') t.active ??= performance.now();
				if (location.hash === '#innovation-centres') t.written ??= performance.now();
				if (!t.written) requestAnimationFrame(look);
			};
			look();
		});
		await scrollToStep(page, 'innovation-centres');
		await expectActive(page, 'innovation-centres');
		const t = await page
			.waitForFunction(() => (window as unknown as { t: { written?: number } }).t.written, null, {
				timeout: 3000
			})
			.then(() => page.evaluate(() => (window as unknown as { t: Record<string, number> }).t));
		// Within a second of the step changing (it waited a second and a half for a scroll's end
		// that had come already): a reload then opens the step in view, not the one linked.
		expect(t.written! - t.active!).toBeLessThan(1000);
		await page.reload();
		await ready(page);
		await expectActive(page, 'innovation-centres');
	});

	test('hiding the page (to share it from another app) writes the address at once', async ({
		page
	}) => {
		await page.goto('/en');
		await ready(page);
		await scrollToStep(page, 'credit-loans');
		await expectActive(page, 'credit-loans');
		// Written there and then, in the event, not after the scroll's pause.
		const address = await page.evaluate(() => {
			Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
			document.dispatchEvent(new Event('visibilitychange'));
			return location.pathname + location.hash;
		});
		expect(address).toBe('/en/financing#credit-loans');
	});
});
