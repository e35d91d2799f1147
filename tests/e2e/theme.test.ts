/**
 * The themes: the system's dark mode for reading at night, the projector theme (`t`) for
 * presenting. Axe does not judge SVG text and marks reliably, so contrast is computed here from the
 * colours the browser rendered: chart text at least 4.5:1 against what is behind it, and the marks
 * that carry data at least 3:1 against the paper, on a step of every scene type, in each theme.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectActive, ready, scrollToStep, test } from './fixtures';

/** A step of each of the 13 scene types. */
const SAMPLE = [
	'press-conference',
	'headline-growth',
	'software',
	'manufacturing-share',
	'high-tech-contribution',
	'provinces',
	'digital-industry',
	'pilot-target',
	'special-loans',
	'platform-per-firm',
	'hubei-large',
	'guidance-framework',
	'competition-order'
];

/** Contrast problems of the scene in `selector`, computed from rendered colours. */
function contrastProblems(page: Page, selector: string) {
	return page
		.locator(selector)
		.filter({ visible: true })
		.first()
		.evaluate((svg) => {
			const rgb = (c: string) => {
				const m = /rgba?\(([^)]+)\)/.exec(c);
				if (!m) return null;
				const [r = 0, g = 0, b = 0, a = 1] = m[1]!
					.split(/[\s,/]+/)
					.filter(Boolean)
					.map(Number);
				return { r, g, b, a };
			};
			const lum = ({ r, g, b }: { r: number; g: number; b: number }) => {
				const f = (v: number) => {
					const c = v / 255;
					return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
				};
				return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
			};
			const ratio = (a: ReturnType<typeof rgb>, b: ReturnType<typeof rgb>) => {
				const [x, y] = [lum(a!), lum(b!)].sort((p, q) => q - p);
				return (x! + 0.05) / (y! + 0.05);
			};
			// The paper behind the scene: the first ancestor with a background of its own.
			let el: Element | null = svg;
			let paper = rgb('rgb(255 255 255)');
			while (el) {
				const c = rgb(getComputedStyle(el).backgroundColor);
				if (c && c.a > 0.5) {
					paper = c;
					break;
				}
				el = el.parentElement;
			}
			const problems: string[] = [];
			// Text: against the filled shape painted beneath its middle (a day's square, a rectangle's
			// fill), or the paper. Hit testing follows the shapes' real outlines, paths included.
			for (const text of svg.querySelectorAll('text')) {
				if (Number(getComputedStyle(text).opacity) < 0.5 || !text.textContent?.trim()) continue;
				const box = text.getBoundingClientRect();
				const stack = document.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2);
				const shape = stack.find(
					(e) =>
						e !== text &&
						svg.contains(e) &&
						(e.tagName === 'rect' || e.tagName === 'path') &&
						getComputedStyle(e).fill.startsWith('rgb')
				);
				const behind = shape ? rgb(getComputedStyle(shape).fill) : paper;
				const fill = rgb(getComputedStyle(text).fill);
				if (!fill || !behind) continue;
				const r = ratio(fill, behind);
				if (r < 4.5) problems.push(`text “${text.textContent}” ${r.toFixed(2)}:1`);
			}
			// Marks that carry data, against the paper; faint and ghost are backgrounds by design.
			const tones = ['t-ink', 't-muted', 't-base', 't-accent', 't-highlight'];
			for (const mark of svg.querySelectorAll('rect, path, line')) {
				if (!tones.some((t) => mark.classList.contains(t))) continue;
				const style = getComputedStyle(mark);
				const c = rgb(style.fill !== 'none' ? style.fill : style.stroke);
				if (!c) continue;
				const r = ratio(c, paper!);
				if (r < 3)
					problems.push(`${mark.tagName}.${[...mark.classList].join('.')} ${r.toFixed(2)}:1`);
			}
			return { problems, paper: `rgb(${paper!.r} ${paper!.g} ${paper!.b})` };
		});
}

const SHOWN = '[data-active-step] .scene-box:not(.ahead) svg.scene';

async function readEveryType(page: Page) {
	const seen: Record<string, string[]> = {};
	let paper = '';
	for (const slug of SAMPLE) {
		await scrollToStep(page, slug);
		await expectActive(page, slug);
		await expect(page.locator(`${SHOWN}[data-scene]`).first()).toBeVisible();
		const report = await contrastProblems(page, `.graphic-col ${SHOWN}`);
		paper = report.paper;
		if (report.problems.length) seen[slug] = report.problems;
	}
	return { problems: seen, paper };
}

test.describe('themes', () => {
	test.use({ reducedMotion: 'reduce' });

	test('reading in the light theme: chart text 4.5:1, data marks 3:1', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const { problems, paper } = await readEveryType(page);
		expect(paper).toBe('rgb(255 255 255)');
		expect(problems).toEqual({});
	});

	test('reading at night follows the system’s dark mode, with the same contrasts', async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({
			colorScheme: 'dark',
			reducedMotion: 'reduce',
			baseURL
		});
		const page = await context.newPage();
		await page.goto('/');
		await ready(page);
		const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(body).toBe('rgb(18, 20, 22)');
		const { problems } = await readEveryType(page);
		expect(problems).toEqual({});
		const axe = await new AxeBuilder({ page }).analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
		await context.close();
	});

	test('presenting, t switches the projector theme, remembered, off again with t', async ({
		page
	}) => {
		await page.goto('/financing?present#special-loans');
		await ready(page);
		const root = page.locator('html');
		await expect(page.locator('[data-present-step]')).toHaveAttribute(
			'data-present-step',
			'special-loans'
		);
		await expect(root).not.toHaveAttribute('data-theme');
		await page.keyboard.press('t');
		await expect(root).toHaveAttribute('data-theme', 'projector');
		const background = () =>
			page.locator('.presentation').evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(await background()).toBe('rgb(11, 11, 11)');
		// Every scene type, on the projector.
		const problems: Record<string, string[]> = {};
		for (const slug of SAMPLE) {
			const n = await page.evaluate(
				(s) => [...document.querySelectorAll('main [data-step]')].findIndex((e) => e.id === s) + 1,
				slug
			);
			await page.keyboard.type(String(n));
			await page.keyboard.press('Enter');
			await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-step', slug);
			const report = await contrastProblems(page, `.presentation ${SHOWN}`);
			if (report.problems.length) problems[slug] = report.problems;
		}
		expect(problems).toEqual({});
		const axe = await new AxeBuilder({ page }).include('.presentation').analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
		// Remembered: presenting again after a reload starts in it; reading never does.
		await page.reload();
		await ready(page);
		await expect(root).toHaveAttribute('data-theme', 'projector');
		await page.keyboard.press('Escape');
		await expect(page.locator('.presentation')).toHaveCount(0);
		await expect(root).not.toHaveAttribute('data-theme');
		// And off again.
		await page.keyboard.press('p');
		await expect(root).toHaveAttribute('data-theme', 'projector');
		await page.keyboard.press('t');
		await expect(root).not.toHaveAttribute('data-theme');
		expect(await background()).toBe('rgb(255, 255, 255)');
		expect(await page.evaluate(() => localStorage.getItem('story-present-theme'))).toBeNull();
	});

	test('h lists the keys, t among them', async ({ page }) => {
		await page.goto('/financing?present#special-loans');
		await ready(page);
		await expect(page.getByRole('dialog')).toBeFocused();
		await page.keyboard.press('h');
		const help = page.locator('[data-key-help]');
		await expect(help).toBeVisible();
		await expect(help).toContainText('投影主题');
		await expect(help).toContainText('二维码');
		await page.keyboard.press('Escape');
		await expect(help).toHaveCount(0);
		await expect(page.locator('.presentation')).toBeVisible();
	});
});
