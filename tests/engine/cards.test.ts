/**
 * Every link-preview card of the fixture story's two editions, laid out as the build draws it:
 * each text's box is measured by the renderer itself (see tests/support/card-layout.ts). No text
 * may overlap another, leave the card or be cut; each card shows its key figure, its period and,
 * for the story's own estimate, says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as layouts from '$lib/scenes/layouts';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { imageFonts, previews, previewSvg, type Preview } from '$lib/server/images/catalogue';
import { palette } from '$lib/server/images/palette';
import { sceneContext } from '$lib/story/context';
import { CHINESE, translated } from '$lib/story/copy-check';
import { allSteps } from '$lib/story/resolve';
import type { StoryView } from '$lib/story/types';
import { columnTexts, drawnTexts, layoutProblems } from '../support/card-layout';
import { fixtureEdition, fixtureStory } from './fixture';

provideLayouts(layouts);
const editions = ['zh-CN', 'en'].map((code) => {
	const story = fixtureStory(code);
	return { story, ctx: sceneContext(story) };
});
const cards: Preview[] = editions.flatMap(({ story, ctx }) => previews(story, ctx));
let fonts: string[];
beforeAll(async () => {
	fonts = await imageFonts(editions);
}, 120_000);
const byName = new Map(cards.map((c) => [c.name, c]));
const editionOf = (story: StoryView) => (name: string) =>
	story.locale === 'zh-CN' ? name : `${story.locale}-${name}`;
/** The texts a card draws large in its column, in the highlight colour: its headline figure. */
const big = (name: string) =>
	columnTexts(previewSvg(byName.get(name)!))
		.filter((t) => t.fill === palette.highlight)
		.map((t) => t.text)
		.join(' ');

describe('every preview card, laid out', () => {
	it('there are 9 cards in each edition: the story, 2 chapters, 6 steps', () => {
		expect(cards).toHaveLength(18);
	});

	it('no text overlaps another, leaves the card or is cut short', { timeout: 60_000 }, () => {
		const found = cards.flatMap((card) =>
			layoutProblems(previewSvg(card), fonts).map((p) => `${card.name}: ${p}`)
		);
		expect(found).toEqual([]);
	});

	it('the measure sees a text run into another, a text off the card and a text cut', () => {
		const svg = previewSvg(byName.get('en-park-share')!);
		expect(layoutProblems(svg, fonts)).toEqual([]);
		const source = /<text[^>]*>\(fictional\)<\/text>/.exec(svg)![0];
		const story = /<text[^>]*>Test News in Numbers[^<]*<\/text>/.exec(svg)![0];
		// The source line's last line set 40 pixels lower, onto the story's name; the name moved to
		// the right edge; a cut line.
		const lower = source.replace(/y="(\d+)"/, (_, y) => `y="${Number(y) + 40}"`);
		expect(layoutProblems(svg.replace(source, lower), fonts).join('\n')).toMatch(
			/“\(fictional\)” overlaps “Test News in Numbers/
		);
		expect(layoutProblems(svg.replace(story, story.replace('x="64"', 'x="1000"')), fonts)).toEqual([
			expect.stringMatching(/^“Test News in Numbers[^”]*” leaves the card/)
		]);
		expect(layoutProblems(svg.replace('>(fictional)<', '>(fict…<'), fonts)).toEqual([
			'“(fict…” is cut'
		]);
	});
});

describe('every preview card, true', () => {
	it('shows its step’s key figure as its headline figure, with its qualifier', () => {
		const checked: string[] = [];
		for (const { story } of editions) {
			const named = editionOf(story);
			for (const step of allSteps(story)) {
				const key = story.figures[step.keyFigure!]!;
				if (step.scene.type === 'big-number') {
					// The scene is the key figure, large.
					expect(step.scene.figure, step.slug).toBe(step.keyFigure);
					expect(drawnTexts(previewSvg(byName.get(named(step.slug))!)), step.slug).toContain(
						key.text
					);
				} else expect(big(named(step.slug)), `${story.locale} ${step.slug}`).toBe(key.text);
				checked.push(step.slug);
			}
			for (const chapter of story.chapters)
				expect(big(named(chapter.id)), chapter.id).toBe(story.figures[chapter.keyFigure]!.text);
			expect(big(named('story'))).toBe(story.figures[story.chapters[0]!.keyFigure]!.text);
		}
		expect(checked).toHaveLength(12);
		expect([big('park-share'), big('en-park-share')]).toEqual(['超过38%', 'over 38%']);
	});

	it('says the period of its key figure as the source gives it, or that the source gives none', () => {
		for (const { story } of editions) {
			const named = editionOf(story);
			for (const step of allSteps(story)) {
				const key = story.figures[step.keyFigure!]!;
				const card = byName.get(named(step.slug))!;
				const column = columnTexts(previewSvg(card))
					.map((t) => t.text)
					.join('')
					.replace(/\s+/g, '');
				if (key.kind === 'date') continue;
				const period = key.period === 'none' ? story.ui.noPeriod : key.periodLabel;
				expect(card.card.period, `${card.name}`).toBe(period);
				expect(column, card.name).toContain(period.replace(/\s+/g, ''));
			}
			const none = byName.get(named('park-share'))!;
			expect(columnTexts(previewSvg(none)).map((t) => t.text)).toContain(story.ui.noPeriod);
			const full = byName.get(named('industry-growth'))!;
			expect(full.card.period).toBe(story.figures['industry-growth']!.periodLabel);
		}
	});

	it('calls the story’s own estimate so, on the card and in its text alternative', () => {
		/** Whether a text shows a figure: its words whole, not a part of another number. */
		const shows = (text: string, figure: string) =>
			new RegExp(
				`(?<![\\d.,])${figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d|[.,]\\d)`
			).test(text);
		let seen = 0;
		for (const { story } of editions) {
			const translation = fixtureEdition(story.locale).content.translation;
			const language = translation ? translated(translation) : CHINESE;
			const derived = Object.values(story.figures).filter((f) => f.derivation);
			expect(derived.map((f) => f.id)).toEqual(['canteen-share']);
			for (const card of cards.filter((c) => c.locale === story.locale)) {
				// Drawn: a text that shows an estimate says so, itself or with the lines of its label
				// (the two texts drawn before it and after it: a label wraps); the source line does
				// not count.
				const texts = drawnTexts(previewSvg(card)).map((t) => (t === card.card.source ? '' : t));
				texts.forEach((t, i) => {
					for (const f of derived)
						// (A bare number alone is a calendar's day or an axis's tick, not a figure.)
						if (shows(t, f.text) && !/^\d+$/.test(t)) {
							seen++;
							expect(
								language.estimate.test(texts.slice(Math.max(0, i - 2), i + 3).join(' ')),
								`${card.name}: ${f.id}`
							).toBe(true);
						}
				});
				// Its text alternative: every sentence that gives one calls it an estimate.
				for (const sentence of card.alt.split(/(?<=[。！？]|\.\s)/))
					for (const f of derived)
						if (shows(sentence, f.text))
							expect(sentence, `${card.name}: ${f.id}`).toMatch(language.estimate);
			}
		}
		// The unit grid's legend shows it, on the step's card and on its chapter's.
		expect(seen).toBeGreaterThan(0);
	});
});
