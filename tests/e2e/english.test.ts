/**
 * The English edition as a reader gets it: `/en` and its chapter and step pages, in English with the
 * right `lang`, Chinese only where it is marked as Chinese, every qualifier in words a reader of
 * English knows (in the text and in the charts), a language switch that keeps the reader's place
 * both ways, reading and presenting, and no accessibility violations.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CHINESE_TEXT } from '../../src/lib/typography.ts';
import { expect, expectActive, ready, scrollToStep, shownScene, stepSlugs, test } from './fixtures';

/** Text of the page outside an element marked as Chinese that holds Chinese characters. */
const unmarkedChinese = (page: Page) =>
	page.evaluate((source) => {
		const cjk = new RegExp(source, 'u');
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			// Scripts' data is not text a reader gets.
			if (node.parentElement?.closest('script, style')) continue;
			const text = node.textContent ?? '';
			if (!cjk.test(text)) continue;
			const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang');
			if (lang !== 'zh-CN') found.push(`${lang}: ${text.trim().slice(0, 60)}`);
		}
		// Attributes a reader hears or sees: alt text, labels, titles.
		for (const el of document.querySelectorAll('[aria-label], [title], [alt]')) {
			const lang = el.closest('[lang]')?.getAttribute('lang');
			for (const name of ['aria-label', 'title', 'alt'])
				if (cjk.test(el.getAttribute(name) ?? '') && lang !== 'zh-CN')
					found.push(`${name}: ${el.getAttribute(name)}`);
		}
		return found;
	}, CHINESE_TEXT.source);

test.describe('the English edition', () => {
	test('has the same steps, in the same order, as the Chinese', async ({ page }) => {
		await page.goto('/');
		const chinese = await stepSlugs(page);
		await page.goto('/en');
		expect(await stepSlugs(page)).toEqual(chinese);
		expect(chinese).toHaveLength(41);
	});

	test('is English, and names its other edition both ways', async ({ page, baseURL }) => {
		for (const [path, lang, other] of [
			['/en', 'en', '/'],
			['/en/growth', 'en', '/growth'],
			['/en/financing/credit-loans', 'en', '/financing/credit-loans'],
			['/growth', 'zh-CN', '/en/growth']
		] as const) {
			await page.goto(path);
			await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
			const alternates = await page
				.locator('link[rel="alternate"][hreflang]')
				.evaluateAll((links) =>
					links.map((l) => [l.getAttribute('hreflang'), (l as HTMLLinkElement).href])
				);
			const zh = lang === 'zh-CN' ? path : other;
			const en = lang === 'en' ? path : other;
			expect(alternates, path).toEqual([
				['zh-CN', new URL(zh, baseURL).href.replace(/\/$/, zh === '/' ? '/' : '')],
				['en', new URL(en, baseURL).href],
				['x-default', new URL(zh, baseURL).href.replace(/\/$/, zh === '/' ? '/' : '')]
			]);
		}
		await page.goto('/en/financing/credit-loans');
		await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
			'content',
			/\/og\/en-credit-loans\.png$/
		);
		await expect(page).toHaveTitle(
			/^Special loan products for key industrial chains.* \| Financing · /
		);
		const image = await page.request.get('/og/en-credit-loans.png');
		expect(image.status()).toBe(200);
		expect(image.headers()['content-type']).toBe('image/png');
	});

	test('has Chinese only inside elements marked lang="zh-CN"', async ({ page }) => {
		for (const path of ['/en', '/en/investment/guidance-framework']) {
			await page.goto(path);
			await ready(page);
			expect(await unmarkedChinese(page), path).toEqual([]);
		}
		// The check finds Chinese that is not marked.
		await page.evaluate(() => document.querySelector('main p')!.append('增长'));
		expect(await unmarkedChinese(page)).toHaveLength(1);
	});

	test('shows every qualified figure with its English qualifier, in the text and the charts', async ({
		page
	}) => {
		test.setTimeout(90_000);
		// The source's qualifiers, from the data export; the English of each figure, from the
		// closing table of the English page (the formatter's output, as the page shows it).
		const data = (await (await page.request.get('/data/figures.json')).json()) as {
			figures: { id: string; qualifier: string }[];
		};
		const WORDS: Record<string, string> = {
			超过: 'over',
			超: 'over',
			突破: 'over',
			多: 'more than',
			余: 'more than',
			近: 'nearly',
			以上: 'or more',
			约: 'about',
			不到: 'under'
		};
		const qualified = data.figures.filter((f) => f.qualifier);
		expect(qualified.length).toBeGreaterThan(20);
		await page.goto('/en');
		const shown = await page.evaluate(() => ({
			table: Object.fromEntries(
				[...document.querySelectorAll('tr[id^="figure-"]')].map((tr) => [
					tr.id.slice('figure-'.length),
					tr.querySelector('td.value')!.textContent!.trim()
				])
			),
			// Each figure in the steps' text, with the words just before it.
			spans: [...document.querySelectorAll('main [data-step] .fig')].map((el) => ({
				id: (el as HTMLElement).dataset.fig!,
				text: el.textContent!,
				before: (() => {
					const range = document.createRange();
					range.setStart(el.parentElement!, 0);
					range.setEndBefore(el);
					return range.toString().slice(-12);
				})()
			})),
			// Each step's still figure: the chart a reader sees (and prints), as drawn.
			charts: Object.fromEntries(
				[...document.querySelectorAll('main [data-step]')].map((step) => [
					(step as HTMLElement).dataset.step!,
					step.querySelector('.step-figure svg')?.textContent ?? ''
				])
			)
		}));
		const problems: string[] = [];
		for (const f of qualified) {
			const word = WORDS[f.qualifier]!;
			const english = shown.table[f.id]!;
			if (!english.includes(word)) problems.push(`${f.id} in the table: ${english}`);
			// In the text: with its qualifier, or right after the word for it (about {x|plain}).
			for (const span of shown.spans.filter((s) => s.id === f.id))
				if (!span.text.includes(word) && !span.before.trimEnd().endsWith(word))
					problems.push(`${f.id} in the text: ${span.before}${span.text}`);
		}
		// In the charts: a qualified figure whose number a chart writes has its qualifier there too.
		for (const [slug, chart] of Object.entries(shown.charts)) {
			const csv = await (await page.request.get(`/data/${slug}.csv`)).text();
			const ids = csv
				.split(/\r?\n/)
				.slice(1)
				.map((line) => line.split(',')[0]!);
			for (const f of qualified.filter((q) => ids.includes(q.id))) {
				const word = WORDS[f.qualifier]!;
				const number = shown.table[f.id]!.replace(word, '').trim().split(' ')[0]!;
				if (chart.includes(number) && !chart.includes(word))
					problems.push(`${f.id} in the chart of ${slug}: ${number} without ${word}`);
			}
			if (/[\u4e00-\u9fff]/.test(chart)) problems.push(`Chinese in the chart of ${slug}`);
		}
		expect(problems).toEqual([]);
		// Spot checks, against the source: 突破1.2万亿元, 近41万件, 5个以上.
		const charts = Object.values(shown.charts).join('\n');
		expect(charts).toContain('over 1.2 trillion yuan');
		expect(charts).toContain('nearly 410,000');
		expect(charts).toContain('5 or more');
	});

	test('the language switch keeps the step, both ways, reading', async ({ page }) => {
		await page.goto('/financing#credit-loans');
		await ready(page);
		await expectActive(page, 'credit-loans');
		const toEnglish = page.locator('nav a[hreflang="en"]');
		await expect(toEnglish).toHaveText('EN');
		await expect(toEnglish).toHaveAttribute('lang', 'en');
		await toEnglish.click();
		await expect(page).toHaveURL(/\/en\/financing#credit-loans$/);
		await ready(page);
		await expectActive(page, 'credit-loans');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		// Further on, then back to Chinese: the step the reader is at now.
		await page.goto('/en/investment#hubei-started');
		await ready(page);
		await expectActive(page, 'hubei-started');
		const toChinese = page.locator('nav a[hreflang="zh-CN"]');
		await expect(toChinese).toHaveText('中文');
		await toChinese.click();
		await expect(page).toHaveURL(/\/investment#hubei-started$/);
		await ready(page);
		await expectActive(page, 'hubei-started');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	});

	test('the language switch keeps the step, both ways, presenting', async ({ page }) => {
		await page.goto('/en/innovation?present#robots');
		await ready(page);
		await expect(page.locator('[data-present-step]')).toHaveAttribute(
			'data-present-step',
			'robots'
		);
		await expect(page.getByRole('dialog')).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('[data-present-step]')).toHaveAttribute(
			'data-present-step',
			'training-data'
		);
		await page.keyboard.press('l');
		await expect(page).toHaveURL(/\/innovation\?present#training-data$/);
		await ready(page);
		await expect(page.locator('[data-present-step]')).toHaveAttribute(
			'data-present-step',
			'training-data'
		);
		await expect(page.locator('.presentation .caption')).toContainText('开源训练数据');
		// Back, with the bar's link this time.
		await page.locator('.presentation a[hreflang="en"]').click();
		await expect(page).toHaveURL(/\/en\/innovation\?present#training-data$/);
		await ready(page);
		await expect(page.locator('.presentation .caption')).toContainText('open source');
	});

	test('marks officials’ words as our translation, linked to the Chinese original', async ({
		page
	}) => {
		await page.goto('/en/headline-growth');
		const mark = page.locator('#headline-growth sup.tr a');
		await expect(mark).toHaveText('†');
		await expect(mark).toHaveAttribute('aria-label', 'our translation');
		const target = await mark.getAttribute('href');
		expect(target).toBe('#claim-xie-resilience');
		const entry = page.locator('#claim-xie-resilience');
		await expect(entry).toContainText('Xie Shaofeng');
		await expect(entry.locator('.original [lang="zh-CN"]')).toContainText(
			'在一季度良好开局的基础上'
		);
		await expect(entry.locator('blockquote')).toHaveAttribute('lang', 'zh-CN');
	});

	test('axe finds no violations on the English pages', async ({ page }) => {
		test.setTimeout(120_000);
		for (const path of ['/en/innovation', '/en?present#press-conference']) {
			await page.goto(path);
			await ready(page);
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map((v) => `${path} ${v.id}: ${v.nodes[0]?.target}`),
				path
			).toEqual([]);
		}
	});

	test('/en/ opens the English edition too', async ({ page }) => {
		await page.goto('/en/');
		await expect(page).toHaveURL(/\/en$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	test('on a phone, every chart keeps its English text inside it', async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/en');
		await ready(page);
		const problems: string[] = [];
		for (const slug of await stepSlugs(page)) {
			await scrollToStep(page, slug);
			await expectActive(page, slug);
			await expect(shownScene(page)).toBeVisible();
			problems.push(
				...(await shownScene(page).evaluate((svg, step) => {
					const box = svg.getBoundingClientRect();
					return [...svg.querySelectorAll('text')]
						.filter((t) => {
							const r = t.getBoundingClientRect();
							return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
						})
						.map((t) => `${step}: “${t.textContent}”`);
				}, slug))
			);
		}
		expect(problems).toEqual([]);
	});
});
