/**
 * Each figure's source panel, as its model (`traceOf`) gives it, for every figure in every step's
 * text of the fixture story's two editions: the sentence is the source's, in the figure's own
 * report, and the words marked in it state the figure; a derived figure shows its formula and its
 * inputs, each traceable in turn. What the panel says of a period and of each kind of qualifier.
 * And where the panel goes: never over its figure, never off the screen.
 */
import { describe, expect, it } from 'vitest';
import { findStatement } from '$lib/data/excerpt';
import { markedSentences } from '$lib/data/sentences';
import { readable, splitParts } from '$lib/data/source-text';
import { forBrowser } from '$lib/story/context';
import { allSteps, buildStory } from '$lib/story/resolve';
import { panelBox } from '$lib/trace/place';
import { traceOf } from '$lib/trace/trace';
import { fixtureDataFiles, fixtureDataset, fixtureEdition } from './fixture';

const dataset = fixtureDataset();
const sentences = markedSentences(dataset);
const parts = splitParts(fixtureDataFiles().sourceText.content, dataset.parts).texts;
const zh = fixtureEdition('zh-CN').content;
const en = fixtureEdition('en').content;

describe.each([
	['zh-CN', zh],
	['en', en]
] as const)('the source panel of each figure in the text, %s', (_locale, content) => {
	const full = buildStory(content, dataset);
	// What the page has of the story in the browser, where the panel runs.
	const story = forBrowser(full);
	const cited = [
		...new Set(
			allSteps(full).flatMap((s) => s.text.flat().flatMap((t) => (t.t === 'fig' ? [t.id] : [])))
		)
	];

	it('covers every figure the steps give in words, the derived one included', () => {
		expect(cited.length).toBeGreaterThanOrEqual(9);
		expect(cited).toContain('canteen-share');
	});

	it.each(cited)('%s', (id) => {
		const trace = traceOf(id, story, sentences)!;
		const f = dataset.figures.find((g) => g.id === id)!;
		expect(trace.text).toBe(full.figures[id]!.text);
		if (f.source) {
			const { before, mark, after } = trace.sentence!;
			const sentence = before + mark + after;
			// The sentence is the source's, in the figure's own report…
			expect(parts.get(f.source.part)).toContain(sentence);
			// …it holds the figure's excerpt, and the words marked state the figure.
			expect(sentence).toContain(readable(f.source.excerpt));
			expect(findStatement(mark, f), `${mark} states ${f.value}${f.unit}`).toBeDefined();
			expect(trace.report).toContain(full.sources.find((s) => s.id === f.source!.part)!.title);
			expect(trace.formula).toBeNull();
		} else {
			expect(trace.sentence).toBeNull();
			expect(trace.formula).toBe(full.figures[id]!.formula);
			expect(trace.formula).toBeTruthy();
			expect(trace.inputs.map((i) => i.id)).toEqual(f.derivation!.inputs);
			// Each input is traceable in turn: to its own sentence, or to its own formula.
			for (const input of trace.inputs) {
				const next = traceOf(input.id, story, sentences)!;
				expect(next.sentence ?? next.formula, input.id).toBeTruthy();
			}
		}
		// The period as the source gives it, or none; the qualifier's meaning.
		expect(trace.period).toBe(f.period === 'none' ? null : full.figures[id]!.periodLabel);
		expect(trace.qualifier.word).toBe(f.qualifier === 'exact' ? null : f.qualifier);
		expect(trace.qualifier.meaning.length).toBeGreaterThan(0);
	});
});

describe('what the panel says of a figure', () => {
	const story = forBrowser(buildStory(zh, dataset));
	const trace = (id: string) => traceOf(id, story, sentences)!;

	it('names the source’s own words for the period, and says the year is the story’s', () => {
		const growth = trace('gdp-growth');
		expect(growth.period).toBe('2030年全年');
		expect(growth.periodWords).toBe('全年');
		expect(growth.yearSupplied).toBe(true);
		expect(trace('park-share').period).toBeNull();
	});

	it('says what each qualifier means', () => {
		expect(trace('park-share').qualifier).toEqual({ word: '超过', meaning: zh.ui.traceAbove });
		expect(trace('canteen-count').qualifier).toEqual({ word: '以上', meaning: zh.ui.traceAtLeast });
		expect(trace('canteen-share').qualifier).toEqual({ word: '约', meaning: zh.ui.traceApprox });
		expect(trace('gdp-growth').qualifier).toEqual({ word: null, meaning: zh.ui.traceExact });
		const meanings = ['traceAbove', 'traceAtLeast', 'traceApprox', 'traceExact'] as const;
		expect(new Set(meanings.map((m) => zh.ui[m])).size).toBe(meanings.length);
	});

	it('marks exactly the words that state the figure', () => {
		expect(trace('park-share').sentence!.mark).toBe('超过38%');
		expect(trace('gdp-growth').sentence!.mark).toBe('5.2%');
		expect(trace('canteen-count').sentence!.mark).toBe('30个以上');
	});

	it('gives a derived figure’s formula and its inputs', () => {
		const share = trace('canteen-share');
		expect(share.sentence).toBeNull();
		expect(share.inputs.map((i) => i.id)).toEqual(['canteen-streets', 'street-count']);
		expect(share.inputs.map((i) => i.text)).toEqual(['7个', '12个']);
	});
});

describe('where the panel goes', () => {
	const phone = { width: 390, height: 844, scrollX: 0, scrollY: 1000, top: 44 };
	const overlaps = (a: { top: number; bottom: number; left: number; right: number }, b: typeof a) =>
		a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

	it('never over its figure, never off the screen, wherever the figure is on a phone', () => {
		for (let y = 50; y < 820; y += 10)
			for (const x of [0, 100, 300, 370])
				for (const tall of [120, 300, 600, 1200]) {
					const figure = { top: y, bottom: y + 24, left: x, right: x + 40 };
					const box = panelBox(figure, () => tall, phone);
					const top = box.top - phone.scrollY;
					const shown = {
						top,
						bottom: top + Math.min(tall, box.maxHeight),
						left: box.left,
						right: box.left + box.width
					};
					expect(overlaps(shown, figure), JSON.stringify({ y, x, tall })).toBe(false);
					expect(shown.left).toBeGreaterThanOrEqual(0);
					expect(shown.right).toBeLessThanOrEqual(phone.width);
					expect(shown.top).toBeGreaterThanOrEqual(0);
					expect(shown.bottom).toBeLessThanOrEqual(phone.height);
				}
	});

	it('below the figure when it fits there, above it when there is more room', () => {
		const low = panelBox({ top: 700, bottom: 724, left: 20 }, () => 300, phone);
		expect(low.top - phone.scrollY).toBeLessThan(700);
		const high = panelBox({ top: 200, bottom: 224, left: 20 }, () => 300, phone);
		expect(high.top - phone.scrollY).toBeGreaterThan(224);
	});
});
