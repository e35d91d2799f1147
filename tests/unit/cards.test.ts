/**
 * Every link-preview card of both editions, laid out as the build draws it: each text's box is
 * measured by the renderer itself (resvg, with the fonts the build renders with), one text at a
 * time, in the card's own coordinates. No text may overlap another, leave the card or be cut.
 */
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { en, zh } from '../support/content';
import * as layouts from '$lib/scenes/layouts';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { CARD } from '$lib/server/images/card';
import { imageFonts, previews, previewSvg, type Preview } from '$lib/server/images/catalogue';
import { IMAGE_FONT } from '$lib/server/images/fonts';
import { palette } from '$lib/server/images/palette';
import { loadDataset } from '$lib/server/read-data';
import { sceneContext } from '$lib/story/context';
import { CHINESE, translated } from '$lib/story/copy-check';
import { allSteps, buildStory } from '$lib/story/resolve';
import type { StoryView } from '$lib/story/types';

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

interface Box {
	text: string;
	x: number;
	y: number;
	w: number;
	h: number;
}

/** How far outside the card a text is still measured. */
const MARGIN = 400;
const TEXT = /<text\b[^>]*>([^<]*)<\/text>/g;
const unescape = (s: string) =>
	s.replace(
		/&(amp|lt|gt|quot|#39);/g,
		(e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" })[e]!
	);

/**
 * The inked box of every text of a card, in the card's pixels, as the renderer draws it: the card
 * with that one text and no shapes, measured by resvg (transforms, nested viewports, anchors,
 * baselines and fonts all as it draws them). A text it draws nothing of, inside the card, has
 * no box: `null`.
 */
function textBoxes(svg: string): (Box | null)[] {
	const texts = [...svg.matchAll(TEXT)];
	// The card drawn on a larger canvas, in its own coordinates: what leaves the card is still
	// measured (the renderer measures only what falls on its canvas).
	const { width, height } = CARD;
	const bare = svg
		.replace(/<(rect|path|line)\b[^>]*\/>/g, '')
		.replace(
			`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
			`width="${width + 2 * MARGIN}" height="${height + 2 * MARGIN}" viewBox="${-MARGIN} ${-MARGIN} ${width + 2 * MARGIN} ${height + 2 * MARGIN}"`
		);
	return texts
		.map((m, i) => {
			let k = 0;
			const alone = bare.replace(TEXT, (t) => (k++ === i ? t : ''));
			const text = unescape(m[1]!);
			if (!text.trim()) return undefined;
			const box = new Resvg(alone, {
				font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: IMAGE_FONT }
			}).innerBBox();
			return box ? { text, x: box.x, y: box.y, w: box.width, h: box.height } : null;
		})
		.filter((b) => b !== undefined);
}

/** Whether two boxes share more than a hairline (half a pixel each way). */
const overlap = (a: Box, b: Box) =>
	Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 &&
	Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;

/** What is wrong with a card's layout, in words. */
function layoutProblems(svg: string): string[] {
	const texts = [...svg.matchAll(TEXT)].map((m) => unescape(m[1]!)).filter((t) => t.trim());
	const boxes = textBoxes(svg);
	const problems: string[] = [];
	boxes.forEach((b, i) => {
		if (!b) problems.push(`“${texts[i]}” is not drawn inside the card`);
		else if (b.x < 0 || b.y < 0 || b.x + b.w > CARD.width || b.y + b.h > CARD.height)
			problems.push(`“${b.text}” leaves the card (${[b.x, b.y, b.w, b.h].map(Math.round)})`);
	});
	const drawn = boxes.filter((b): b is Box => !!b);
	for (let i = 0; i < drawn.length; i++)
		for (let j = i + 1; j < drawn.length; j++)
			if (overlap(drawn[i]!, drawn[j]!))
				problems.push(`“${drawn[i]!.text}” overlaps “${drawn[j]!.text}”`);
	for (const t of texts) if (t.includes('…')) problems.push(`“${t}” is cut`);
	return problems;
}

describe('every preview card, laid out', () => {
	it('there are 46 cards in each edition', () => {
		expect(cards).toHaveLength(92);
	});

	it('no text overlaps another, leaves the card or is cut short', { timeout: 120_000 }, () => {
		const found = cards.flatMap((card) =>
			layoutProblems(previewSvg(card)).map((p) => `${card.name}: ${p}`)
		);
		expect(found).toEqual([]);
	});

	it('the measure sees a text run into another, a text off the card and a text cut', () => {
		const svg = previewSvg(cards.find((c) => c.name === 'en-credit-loans')!);
		expect(layoutProblems(svg)).toEqual([]);
		const source = /<text[^>]*>Source: Xinhua<\/text>/.exec(svg)![0];
		const story = /<text[^>]*>News in Numbers[^<]*<\/text>/.exec(svg)![0];
		// The source line set 40 pixels lower, onto the story's name; the name moved to the right
		// edge; a cut title.
		const lower = source.replace(/y="(\d+)"/, (_, y) => `y="${Number(y) + 40}"`);
		expect(layoutProblems(svg.replace(source, lower)).join('\n')).toMatch(
			/“Source: Xinhua” overlaps “News in Numbers/
		);
		expect(layoutProblems(svg.replace(story, story.replace('x="64"', 'x="1000"')))).toEqual([
			expect.stringMatching(/^“News in Numbers[^”]*” leaves the card/)
		]);
		expect(layoutProblems(svg.replace('>Source: Xinhua<', '>Source: Xin…<'))).toEqual([
			'“Source: Xin…” is cut'
		]);
	});
});

/** The texts a card draws in its own column (before the scene's nested picture), by colour. */
const columnTexts = (svg: string) =>
	[
		...svg
			.slice(0, svg.indexOf('<svg', 10))
			.matchAll(/<text\b[^>]*fill="([^"]+)"[^>]*>([^<]*)<\/text>/g)
	].map((m) => ({ fill: m[1]!, text: unescape(m[2]!) }));
/** Every text a card draws. */
const drawnTexts = (svg: string) => [...svg.matchAll(TEXT)].map((m) => unescape(m[1]!));

describe('every preview card, true', () => {
	const byName = new Map(cards.map((c) => [c.name, c]));
	const editionOf = (story: StoryView) => (name: string) =>
		story.locale === 'zh-CN' ? name : `${story.locale}-${name}`;

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
