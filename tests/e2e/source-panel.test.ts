/**
 * Every number's source one tap away: each figure in a step's text is a button that opens its
 * source panel (the source sentence with the figure marked, or a derived figure's formula), in
 * both editions; the panel is keyboard-operable and axe-clean, never covers its figure on a phone,
 * and opens on the stage with `i`. Without scripts each figure links to its row in the closing table.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { findStatement } from '../../src/lib/data/excerpt.ts';
import { readable, splitParts } from '../../src/lib/data/source-text.ts';
import { loadDataset } from '../../src/lib/server/read-data.ts';
import { expect, ready, scrollToStep, test } from './fixtures';

const dataset = loadDataset('data');
const byId = new Map(dataset.figures.map((f) => [f.id, f]));
const parts = splitParts(
	readFileSync('data/source/miit-h1-2025-press-conference.txt', 'utf8'),
	dataset.parts
).texts;

// The figures of the steps' text (a correction's note under it names figures too, as they were).
const TEXT_FIGURES = 'main [data-step] .card > p:not(.correction-note) .fig';
const FIGURES = 'main [data-step] .card > p:not(.correction-note) a.fig[data-fig]';
const PANEL = '[data-trace]';

/**
 * Opens the panel of every figure of the steps' text, one after the other, in the page itself,
 * and reads what each shows. Each figure is pressed twice: it opens, then closes, its panel.
 */
function readEveryPanel(page: Page) {
	return page.evaluate(async (selector) => {
		const until = async (done: () => boolean) => {
			for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
			return done();
		};
		const out = [];
		for (const el of document.querySelectorAll<HTMLElement>(selector)) {
			const id = el.dataset.fig!;
			el.click();
			const opened = await until(
				() => document.querySelector<HTMLElement>('[data-trace]')?.dataset.trace === id
			);
			const panel = document.querySelector<HTMLElement>('[data-trace]');
			out.push({
				id,
				text: el.textContent,
				opened,
				expanded: el.getAttribute('aria-expanded'),
				name: panel?.getAttribute('aria-label') ?? null,
				sentence: panel?.querySelector('[data-trace-sentence]')?.textContent?.trim() ?? null,
				mark: panel?.querySelector('mark')?.textContent ?? null,
				formula: panel?.querySelector('[data-trace-formula]')?.textContent ?? null,
				inputs: [...(panel?.querySelectorAll<HTMLElement>('[data-trace-input]') ?? [])].map(
					(b) => b.dataset.traceInput
				),
				period: panel?.querySelector('[data-trace-period]')?.textContent ?? null
			});
			el.click();
			await until(() => !document.querySelector('[data-trace]'));
		}
		return out;
	}, FIGURES);
}

for (const [edition, path] of [
	['Chinese', '/'],
	['English', '/en']
] as const) {
	test(`${edition}: every figure in every step's text is a button whose panel shows its source`, async ({
		page
	}) => {
		test.slow();
		await page.goto(path);
		await ready(page);
		// Every figure of the steps' text is a control: a button, named by its figure, described.
		const all = await page.locator(TEXT_FIGURES).count();
		const controls = page.locator(FIGURES);
		expect(await controls.count()).toBe(all);
		expect(all).toBeGreaterThan(60);
		const attrs = await controls.evaluateAll((els) =>
			els.map((e) => ({
				id: (e as HTMLElement).dataset.fig!,
				role: e.getAttribute('role'),
				href: e.getAttribute('href'),
				hint: document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent
			}))
		);
		for (const a of attrs) {
			expect(a.role, a.id).toBe('button');
			expect(a.href, a.id).toBe(`#figure-${a.id}`);
			expect(a.hint, a.id).toBeTruthy();
		}

		const shown = await readEveryPanel(page);
		expect(shown).toHaveLength(all);
		for (const s of shown) {
			const f = byId.get(s.id)!;
			expect(s.opened, `${s.id}: its panel opened`).toBe(true);
			expect(s.expanded, s.id).toBe('true');
			expect(s.name, s.id).toContain(s.text!);
			if (f.source) {
				// The sentence is the source's, in the figure's own report; the words marked state it.
				expect(parts.get(f.source.part), s.id).toContain(s.sentence);
				expect(s.sentence, s.id).toContain(readable(f.source.excerpt));
				expect(findStatement(s.mark ?? '', f), `${s.id}: "${s.mark}" states it`).toBeDefined();
			} else {
				expect(s.formula, `${s.id}: its formula`).toMatch(/[−÷×]/);
				expect(s.inputs, s.id).toEqual(f.derivation!.inputs);
			}
			expect(s.period, s.id).toBeTruthy();
		}
	});
}

test('the panel: one at a time, keyboard-operable, closed by Esc and by a press outside, axe-clean', async ({
	page
}) => {
	await page.goto('/innovation/tech-contract-value');
	await ready(page);
	const derived = page.locator(
		'#tech-contract-value a.fig[data-fig="tech-contract-average-value"]'
	);
	// By keyboard: Enter on the figure opens its panel, and the keyboard goes into it.
	await derived.focus();
	await page.keyboard.press('Enter');
	const panel = page.locator(PANEL);
	await expect(panel).toHaveAttribute('data-trace', 'tech-contract-average-value');
	await expect(panel).toBeFocused();
	await expect(derived).toHaveAttribute('aria-expanded', 'true');
	const axe = await new AxeBuilder({ page }).include(PANEL).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
	// Its inputs are traceable in turn: Tab to the first, Enter shows its own source.
	await page.keyboard.press('Tab'); // the close button
	await page.keyboard.press('Tab');
	await expect(page.locator('[data-trace-input="tech-contract-turnover"]')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(panel).toHaveAttribute('data-trace', 'tech-contract-turnover');
	await expect(panel.locator('mark')).toHaveText('超过3万亿元');
	await page.locator('[data-trace-back]').click();
	await expect(panel).toHaveAttribute('data-trace', 'tech-contract-average-value');
	// Esc closes it and gives the keyboard back to the figure.
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(derived).toBeFocused();
	await expect(derived).toHaveAttribute('aria-expanded', 'false');
	// Space presses it too; another figure's panel replaces it: one at a time.
	await page.keyboard.press(' ');
	await expect(panel).toHaveCount(1);
	// (The panel, above its figure, covers the text above it: this one is pressed by script.)
	const other = page.locator('#tech-contract-value a.fig[data-fig="tech-contract-turnover"]');
	await other.dispatchEvent('click');
	await expect(panel).toHaveCount(1);
	await expect(panel).toHaveAttribute('data-trace', 'tech-contract-turnover');
	// A press outside closes it, and the page stays where it was.
	const y = await page.evaluate(() => scrollY);
	await page.mouse.click(5, 400);
	await expect(panel).toHaveCount(0);
	expect(await page.evaluate(() => scrollY)).toBe(y);
	// Its link to the table goes to the figure's row. (The address then follows the reader, as
	// after any link within the page: to the step in view once the scroll has ended.)
	await other.click();
	await expect(panel).toHaveAttribute('data-trace', 'tech-contract-turnover');
	await panel.getByRole('link').click();
	await expect(panel).toHaveCount(0);
	await expect(page.locator('#figure-tech-contract-turnover')).toBeInViewport();
});

test('the English panel is axe-clean, its Chinese marked as Chinese', async ({ page }) => {
	await page.goto('/en/financing/credit-loans');
	await ready(page);
	await page.locator('#credit-loans a.fig[data-fig="credit-loan-share"]').click();
	const panel = page.locator(PANEL);
	await expect(panel).toHaveAttribute('data-trace', 'credit-loan-share');
	await expect(panel.locator('blockquote')).toHaveAttribute('lang', 'zh-CN');
	await expect(panel).toContainText('over 42%');
	const axe = await new AxeBuilder({ page }).include(PANEL).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('a panel never covers the figure it explains, nor leaves the screen', async ({ page }) => {
		test.slow();
		await page.goto('/');
		await ready(page);
		const problems = await page.evaluate(async (selector) => {
			const out: string[] = [];
			const wait = () => new Promise((r) => setTimeout(r, 30));
			for (const el of document.querySelectorAll<HTMLElement>(selector)) {
				el.scrollIntoView({ block: 'center', behavior: 'instant' });
				el.click();
				for (let i = 0; i < 100 && !document.querySelector('[data-trace]'); i++) await wait();
				const panel = document.querySelector<HTMLElement>('[data-trace]');
				if (!panel) {
					out.push(`${el.dataset.fig}: no panel`);
					continue;
				}
				const p = panel.getBoundingClientRect();
				for (const r of el.getClientRects())
					if (r.left < p.right && p.left < r.right && r.top < p.bottom && p.top < r.bottom)
						out.push(`${el.dataset.fig}: the panel covers it`);
				if (p.left < 0 || p.right > innerWidth || p.top < 0 || p.bottom > innerHeight)
					out.push(`${el.dataset.fig}: the panel leaves the screen`);
				el.click();
				for (let i = 0; i < 100 && document.querySelector('[data-trace]'); i++) await wait();
			}
			return out;
		}, FIGURES);
		expect(problems).toEqual([]);
	});

	test('a tap opens it, a tap outside closes it', async ({ page }) => {
		await page.goto('/financing/credit-loans');
		await ready(page);
		const figure = page.locator('#credit-loans a.fig[data-fig="credit-loan-share"]');
		await figure.scrollIntoViewIfNeeded();
		await figure.tap();
		await expect(page.locator(PANEL)).toHaveAttribute('data-trace', 'credit-loan-share');
		// On the graphic, above the text: outside the panel.
		await page.touchscreen.tap(200, 120);
		await expect(page.locator(PANEL)).toHaveCount(0);
	});
});

test.describe('presenting', () => {
	for (const viewport of [
		{ width: 1920, height: 1080 },
		{ width: 1024, height: 768 }
	])
		test(`i opens the caption's sources on the stage, ${viewport.width}×${viewport.height}`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('/financing?present#credit-loans');
			await ready(page);
			const caption = page.locator('.presentation .caption a.fig');
			await expect(caption).toHaveCount(2);
			await page.keyboard.press('i');
			const panel = page.locator(PANEL);
			await expect(panel).toHaveAttribute('data-trace', 'credit-loan-share');
			const [p, f] = [(await panel.boundingBox())!, (await caption.first().boundingBox())!];
			const overlap =
				p.x < f.x + f.width && f.x < p.x + p.width && p.y < f.y + f.height && f.y < p.y + p.height;
			expect(overlap, 'the panel covers its figure').toBe(false);
			expect(p.y).toBeGreaterThanOrEqual(0);
			expect(p.y + p.height).toBeLessThanOrEqual(viewport.height);
			// Large enough for the room: its smallest text at least 2.2% of the screen's height.
			const smallest = await panel.evaluate((el) =>
				Math.min(
					...[el, ...el.querySelectorAll('*')]
						.filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
						.map((e) => parseFloat(getComputedStyle(e).fontSize))
				)
			);
			expect(smallest).toBeGreaterThanOrEqual(0.022 * viewport.height - 0.1);
			// Again: the next figure of the caption; then closed.
			await page.keyboard.press('i');
			await expect(panel).toHaveAttribute('data-trace', 'longest-loan-term');
			await page.keyboard.press('i');
			await expect(panel).toHaveCount(0);
			// Esc closes the panel, not the presentation; a step change closes it too.
			await page.keyboard.press('i');
			await page.keyboard.press('Escape');
			await expect(panel).toHaveCount(0);
			await expect(page.locator('[data-present-step]')).toBeVisible();
			await page.keyboard.press('i');
			await page.keyboard.press('ArrowRight');
			await expect(panel).toHaveCount(0);
			// The key help names the key.
			await page.keyboard.press('h');
			await expect(page.locator('[data-key-help]')).toContainText('i');
			await expect(page.locator('[data-key-help] dt', { hasText: /^i$/ })).toHaveCount(1);
		});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each figure links to its row in the closing table', { tag: '@no-js' }, async ({ page }) => {
		await page.goto('/financing/credit-loans');
		const figure = page.locator('#credit-loans a.fig[data-fig="credit-loan-share"]');
		await expect(figure).toHaveAttribute('href', '#figure-credit-loan-share');
		await scrollToStep(page, 'credit-loans');
		await figure.click();
		await expect(page).toHaveURL(/#figure-credit-loan-share$/);
		await expect(page.locator('#figure-credit-loan-share')).toBeInViewport();
		// The step controls need the page's script: none shows.
		await expect(page.locator('[data-step-nav]')).toBeHidden();
	});
});
