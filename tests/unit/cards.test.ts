// The story's test: it measures the layout of every one of this story's 92 preview cards.
/**
 * Every one of this story's 92 link-preview cards, laid out as the build draws it and measured by
 * the renderer (tests/support/card-layout.ts): no text overlaps another, leaves the card or is cut;
 * each shows its key figure, its period and, for this story's estimates, says so. (The engine's,
 * with the test of the measure itself, is tests/engine/cards.test.ts, on the fixture.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { en, zh } from '../support/content';
import * as layouts from '$lib/scenes/layouts';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { imageFonts, previews, previewSvg, type Preview } from '$lib/server/images/catalogue';
import { palette } from '$lib/server/images/palette';
import { loadDataset } from '$lib/server/read-data';
import { sceneContext } from '$lib/story/context';
import { CHINESE, translated } from '$lib/story/copy-check';
import { allSteps, buildStory } from '$lib/story/resolve';
import type { StoryView } from '$lib/story/types';
import { columnTexts, drawnTexts, layoutProblems } from '../support/card-layout';

provideLayouts(layouts);
const dataset = loadDataset('data');
const editions = [zh, en].map((content) => {
	const story = buildStory(content, dataset);
	return { story, ctx: sceneContext(story) };
});
const cards: Preview[] = editions.flatMap(({ story, ctx }) => previews(story, ctx));
let fonts: string[];
beforeAll(async () => {
	fonts = await imageFonts(editions);
}, 120_000);

describe('every preview card, laid out', () => {
	it('there are 46 cards in each edition', () => {
		expect(cards).toHaveLength(92);
	});

	it('no text overlaps another, leaves the card or is cut short', { timeout: 120_000 }, () => {
		const found = cards.flatMap((card) =>
			layoutProblems(previewSvg(card), fonts).map((p) => `${card.name}: ${p}`)
		);
		expect(found).toEqual([]);
	});
});

const byName = new Map(cards.map((c) => [c.name, c]));
const editionOf = (story: StoryView) => (name: string) =>
	story.locale === 'zh-CN' ? name : `${story.locale}-${name}`;

describe('every preview card, true', () => {
	it('shows its step’s key figure as its headline figure, with its qualifier', () => {
		const checked: string[] = [];
		for (const { story } of editions) {
			const named = editionOf(story);
			const big = (name: string) =>
				columnTexts(previewSvg(byName.get(named(name))!))
					.filter((t) => t.fill === palette.highlight)
					.map((t) => t.text)
					.join(' ');
			for (const step of allSteps(story)) {
				if (!step.keyFigure) continue;
				const key = story.figures[step.keyFigure]!;
				if (step.scene.type === 'big-number') {
					// The scene is the key figure, large.
					expect(step.scene.figure, step.slug).toBe(step.keyFigure);
					expect(drawnTexts(previewSvg(byName.get(named(step.slug))!)), step.slug).toContain(
						key.text
					);
				} else expect(big(step.slug), `${story.locale} ${step.slug}`).toBe(key.text);
				checked.push(step.slug);
			}
			for (const chapter of story.chapters)
				expect(big(chapter.id), chapter.id).toBe(story.figures[chapter.keyFigure]!.text);
			expect(big('story')).toBe(story.figures[story.chapters[0]!.keyFigure]!.text);
		}
		expect(checked.length).toBeGreaterThan(70);
		// The Hubei card of the larger projects shows the 83 projects, not the threshold.
		expect(columnTexts(previewSvg(byName.get('hubei-large')!)).map((t) => t.text)).toContain(
			'83个'
		);
	});

	it('says the period of its key figure as the source gives it, or that the source gives none', () => {
		for (const { story } of editions) {
			const named = editionOf(story);
			for (const step of allSteps(story)) {
				const key = step.keyFigure ? story.figures[step.keyFigure]! : null;
				const card = byName.get(named(step.slug))!;
				const column = columnTexts(previewSvg(card))
					.map((t) => t.text)
					.join('')
					.replace(/\s+/g, '');
				if (!key || key.kind === 'date') continue;
				const period = key.period === 'none' ? story.ui.noPeriod : key.periodLabel;
				expect(card.card.period, `${card.name}`).toBe(period);
				expect(column, card.name).toContain(period.replace(/\s+/g, ''));
			}
			for (const card of cards.filter((c) => c.locale === story.locale))
				for (const t of columnTexts(previewSvg(card)))
					expect(t.text, card.name).not.toMatch(/原文未注明|Not given in the source/);
			const none = byName.get(named('robots'))!;
			expect(columnTexts(previewSvg(none)).map((t) => t.text)).toContain(story.ui.noPeriod);
		}
	});
});

describe('every preview card, true to this story’s estimates', () => {
	it('calls the story’s own estimates so, on the card and in its text alternative', () => {
		/** Whether a text shows a figure: its words whole, not a part of another number. */
		const shows = (text: string, figure: string) =>
			new RegExp(
				`(?<![\\d.,])${figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d|[.,]\\d)`
			).test(text);
		for (const { story } of editions) {
			const language = story.locale === 'zh-CN' ? CHINESE : translated(en.translation!);
			// A chart's own short mark counts on a chart: the year-earlier tag, “(est.)” in English.
			const tag = story.figures['digital-industry-growth-2024']!.periodTag;
			const marked = (text: string) => language.estimate.test(text) || text.includes(tag);
			const derived = Object.values(story.figures).filter((f) => f.derivation);
			for (const card of cards.filter((c) => c.locale === story.locale)) {
				// Drawn: a text that shows an estimate says so, itself or with the lines of its label
				// (the two texts drawn before it and after it: a label wraps); the source line's
				// “推算：本文” does not count.
				const texts = drawnTexts(previewSvg(card)).map((t) => (t === card.card.source ? '' : t));
				texts.forEach((t, i) => {
					for (const f of derived)
						// (A bare number alone is a calendar's day or an axis's tick, not a figure.)
						if (shows(t, f.text) && !/^\d+$/.test(t))
							expect(
								marked(texts.slice(Math.max(0, i - 2), i + 3).join(' ')),
								`${card.name}: ${f.id}`
							).toBe(true);
				});
				// Its text alternative: every sentence that gives one calls it an estimate.
				for (const sentence of card.alt.split(/(?<=[。！？]|\.\s)/))
					for (const f of derived)
						if (shows(sentence, f.text))
							expect(sentence, `${card.name}: ${f.id}`).toMatch(language.estimate);
			}
		}
	});
});
