/**
 * Zoomed in and held sideways: 1280×800 at 200 % zoom (640×400 CSS px), 640×360 and a phone on its
 * side (844×390). On every step, in both editions, the sticky graphic's chart covers none of its
 * own text (the chapter, the title, the note, the source line, the 图表数据 toggle), and every
 * control on screen is the element a click there reaches (WCAG 1.4.10, reflow).
 */
import type { Page } from '@playwright/test';
import { expect, expectActive, ready, scrollToStep, stepSlugs, test } from './fixtures';

const SIZES = [
	{ width: 640, height: 400, name: '200 % zoom' },
	{ width: 640, height: 360, name: '640×360' },
	{ width: 844, height: 390, name: 'a phone sideways' }
];

/** What is covered or out of reach on screen now, described for the step's report. */
const problemsOnScreen = (page: Page) =>
	page.evaluate(() => {
		const problems: string[] = [];
		const graphic = document.querySelector('.graphic-col .graphic')!;
		const svg = graphic.querySelector('.scene-box:not(.ahead) svg.scene');
		// The chart: its box and its marks (an SVG draws outside its box).
		const chart = svg
			? [svg.getBoundingClientRect(), svg.querySelector('g')!.getBoundingClientRect()]
			: [];
		const overlap = (a: DOMRect, b: DOMRect) =>
			Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
			Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
		const name = (el: Element) =>
			`${el.getAttribute('class') || el.tagName} “${el.textContent?.trim().slice(0, 16)}”`;
		const hits = (el: Element, r: DOMRect) => {
			const x = (Math.max(r.left, 0) + Math.min(r.right, innerWidth)) / 2;
			const y = (Math.max(r.top, 0) + Math.min(r.bottom, innerHeight)) / 2;
			const top = document.elementFromPoint(x, y);
			return !!top && (el === top || el.contains(top));
		};
		// The graphic's own text, line by line (the ink of each line, not the block around it).
		const texts = graphic.querySelectorAll(
			'.graphic-kicker, .graphic-title, figcaption .note, figcaption .source, .data summary'
		);
		for (const text of texts) {
			if (!text.checkVisibility()) continue;
			const range = document.createRange();
			range.selectNodeContents(text);
			for (const line of range.getClientRects()) {
				if (line.width < 1 || line.height < 1) continue;
				if (chart.some((c) => overlap(c, line))) {
					problems.push(`the chart covers ${name(text)}`);
					break;
				}
			}
		}
		// Every control on screen answers a click at its middle: the toggle, the menu, the active
		// step's share button.
		const controls = [
			...graphic.querySelectorAll('summary, a'),
			...document.querySelectorAll('.nav a, .nav button'),
			...document.querySelectorAll('main [aria-current="step"] button')
		];
		for (const control of controls) {
			if (!control.checkVisibility()) continue;
			const r = control.getBoundingClientRect();
			const x = (r.left + r.right) / 2;
			const y = (r.top + r.bottom) / 2;
			// Scrolled out of the window, or out of the menu's own scrolling row: not on screen.
			const row = control.closest('ol')?.getBoundingClientRect();
			if (x < 0 || x > innerWidth || y < 0 || y > innerHeight) continue;
			if (row && (x < row.left || x > row.right)) continue;
			if (!hits(control, r)) {
				const top = document.elementFromPoint(x, y);
				problems.push(
					`${name(control)} cannot be clicked: ${top ? name(top) : 'nothing'} is on it`
				);
			}
		}
		return problems;
	});

for (const edition of ['/', '/en']) {
	for (const size of SIZES) {
		test(`${edition === '/' ? 'Chinese' : 'English'}, ${size.name} (${size.width}×${size.height}): no chart covers text, every control clicks`, async ({
			page
		}) => {
			test.slow();
			await page.setViewportSize(size);
			// Where marks end up, not where they pass on the way.
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto(edition);
			await ready(page);
			const found: Record<string, string[]> = {};
			const slugs = await stepSlugs(page);
			for (const slug of slugs) {
				await scrollToStep(page, slug);
				await expectActive(page, slug);
				// The step's scene, drawn (the layouts load at the first scroll).
				await expect(
					page.locator('.graphic-col .scene-box:not(.ahead) svg.scene g *').first()
				).toBeAttached();
				const problems = await problemsOnScreen(page);
				if (problems.length) found[slug] = problems;
			}
			expect(found, `${Object.keys(found).length} of ${slugs.length} steps`).toEqual({});
		});
	}
}
