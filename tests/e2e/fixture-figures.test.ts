/**
 * The fixture story's figures wherever the engine puts them, in both editions: each step's embed
 * page shows that step's figure (live, and as the still figure without scripts); every figure in
 * a step's text opens its source panel with its source sentence (a derived one, its formula and
 * inputs); and a page whose scripts are blocked, or off, still has every step's still figure.
 * (The real story's own: embed, embed-files, source-panel, faults and story.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { findStatement } from '../../src/lib/data/excerpt.ts';
import { readable, splitParts } from '../../src/lib/data/source-text.ts';
import { loadDataset } from '../../src/lib/server/read-data.ts';
import { storyConfig } from '../../src/lib/server/story-config.ts';
import { EDITIONS, expect, stepPage, STEPS, test } from './fixture-site';
import { ready } from './fixtures';

const config = storyConfig('tests/fixtures/story');
const dataset = loadDataset(config.data, undefined, config.vocabulary);
const byId = new Map(dataset.figures.map((f) => [f.id, f]));
const sources = JSON.parse(readFileSync(join(config.data, 'sources.json'), 'utf8'));
const parts = splitParts(
	readFileSync(join(config.data, sources.file), 'utf8'),
	dataset.parts
).texts;

/** Each step's still figure in the article (the wide one): its scene type and its title. */
const stills = (page: Page) =>
	page.locator('main [data-step]').evaluateAll((els) =>
		els.map((e) => {
			const svg = e.querySelector('.still svg.wide')!;
			return {
				slug: (e as HTMLElement).dataset.step!,
				scene: svg.getAttribute('data-scene'),
				title: svg.querySelector('title')?.textContent ?? null
			};
		})
	);

for (const { code, prefix } of EDITIONS) {
	test.describe(`the fixture story's figures (${code}) @fixture`, () => {
		test('every step’s embed page shows that step’s figure, drawn live, and links back to it', async ({
			page,
			baseURL
		}) => {
			await page.goto(prefix || '/');
			const article = await stills(page);
			expect(article.map((s) => s.slug)).toEqual(STEPS.map((s) => s.slug));
			await page.setViewportSize({ width: 700, height: 800 });
			for (const step of article) {
				await page.goto(`${prefix}/embed/${step.slug}`);
				await ready(page);
				const live = page.locator('svg.scene:not(.still)');
				await expect(live, step.slug).toBeVisible();
				await expect(live, step.slug).toHaveAttribute('data-scene', step.scene!);
				// The step's own figure (two steps share a scene type): its title is the article's.
				await expect(live.locator('title'), step.slug).toHaveText(step.title!);
				expect(await live.locator('rect, path, text').count(), step.slug).toBeGreaterThan(0);
				await expect(page.locator('a.embed-back')).toHaveAttribute(
					'href',
					`${baseURL}${stepPage(prefix, step.slug)}`
				);
			}
		});

		test('every figure in a step’s text opens its source panel: the sentence, or the formula', async ({
			page
		}) => {
			await page.goto(prefix || '/');
			await ready(page);
			const figures = page.locator('main [data-step] .card > p a.fig[data-fig]');
			const count = await figures.count();
			expect(count).toBeGreaterThanOrEqual(10);
			const panel = page.locator('[data-trace]');
			let derived = 0;
			for (let i = 0; i < count; i++) {
				const control = figures.nth(i);
				const id = (await control.getAttribute('data-fig'))!;
				const figure = byId.get(id)!;
				// Pressed by script: an open panel may cover the next figure, as a reader's would not.
				await control.dispatchEvent('click');
				await expect(panel, id).toHaveAttribute('data-trace', id);
				await expect(control, id).toHaveAttribute('aria-expanded', 'true');
				await expect(panel.locator('[data-trace-period]'), id).not.toBeEmpty();
				if (figure.source) {
					// The source's own sentence, around the figure's excerpt; the words marked state it.
					const sentence = (await panel.locator('[data-trace-sentence]').textContent())!.trim();
					expect(parts.get(figure.source.part), id).toContain(sentence);
					// The whole sentence: to its end, not cut at the figure.
					expect(sentence, id).toMatch(/[。！？]”?$/);
					expect(sentence, id).toContain(readable(figure.source.excerpt));
					const mark = (await panel.locator('mark').first().textContent()) ?? '';
					expect(findStatement(mark, figure), `${id}: "${mark}" states it`).toBeDefined();
				} else {
					derived++;
					await expect(panel.locator('[data-trace-formula]'), id).toHaveText(/[−÷×]/);
					const inputs = await panel
						.locator('[data-trace-input]')
						.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.traceInput));
					expect(inputs, id).toEqual(figure.derivation!.inputs);
				}
				await control.dispatchEvent('click');
				await expect(panel, id).toHaveCount(0);
			}
			expect(derived, 'the derived figure, canteen-share').toBe(1);
		});

		test(
			'with its scripts blocked, the page says so and has every step’s still figure',
			{ tag: '@faults' },
			async ({ page }) => {
				await page.route(/\/_app\//, (route) => route.abort());
				await page.goto(stepPage(prefix, 'park-share'));
				await expect(page.locator('[data-notice="scripts"]')).toBeVisible({ timeout: 20_000 });
				await expect(page.locator('.graphic-col')).toBeHidden();
				for (const step of STEPS) {
					await page.locator(`[id="${step.slug}"]`).scrollIntoViewIfNeeded();
					const still = page.locator(`[id="${step.slug}"] .still svg`).filter({ visible: true });
					await expect(still, step.slug).toHaveCount(1);
					await expect(still, step.slug).toHaveAttribute('data-scene', step.scene);
					expect(await still.locator('rect, path, text').count(), step.slug).toBeGreaterThan(0);
				}
			}
		);
	});

	test.describe(`the fixture story without JavaScript (${code}) @fixture`, () => {
		test.use({ javaScriptEnabled: false });

		test(
			'every step’s still figure follows its text; an embed page is its still figure',
			{ tag: '@no-js' },
			async ({ page }) => {
				await page.goto(prefix || '/');
				await expect(page.locator('.graphic-col')).toBeHidden();
				const figures = page.locator('.step-figure svg.wide').filter({ visible: true });
				await expect(figures).toHaveCount(STEPS.length);
				for (const [i, step] of STEPS.entries()) {
					await expect(figures.nth(i), step.slug).toHaveAttribute('data-scene', step.scene);
					await expect(figures.nth(i), step.slug).toHaveAccessibleName(/\S{8,}/);
				}
				const last = STEPS.at(-1)!;
				await page.goto(`${prefix}/embed/${last.slug}`);
				const still = page.locator('svg.scene.still').filter({ visible: true });
				await expect(still).toHaveAttribute('data-scene', last.scene);
				await expect(page.locator('.embed-title')).not.toBeEmpty();
			}
		);
	});
}
