/**
 * Each figure's source panel, as its model (`traceOf`) gives it, for every figure in every step's
 * text of both editions: the sentence is the source's, in the figure's own report, and the words
 * marked in it state the figure (as the build checks the closing table's excerpts); a derived
 * figure shows its formula and its inputs, each traceable in turn. And where the panel goes: never
 * over its figure, never off the screen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zh, en } from '../support/content';
import { findStatement } from '$lib/data/excerpt';
import { markedSentences } from '$lib/data/sentences';
import { readable, splitParts } from '$lib/data/source-text';
import { loadDataset } from '$lib/server/read-data';
import { forBrowser } from '$lib/story/context';
import { allSteps, buildStory } from '$lib/story/resolve';
import { panelBox } from '$lib/trace/place';
import { traceOf } from '$lib/trace/trace';

const dataset = loadDataset('data');
const sentences = markedSentences(dataset);
const parts = splitParts(
	readFileSync('data/source/miit-h1-2025-press-conference.txt', 'utf8'),
	dataset.parts
).texts;

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

	it('covers every figure the steps give in words', () => {
		expect(cited.length).toBeGreaterThan(50);
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
		const growth = trace('industrial-value-added-growth');
		expect(growth.period).toBe('2025年上半年');
		expect(growth.periodWords).toBe('上半年');
		expect(growth.yearSupplied).toBe(true);
		expect(trace('credit-loan-share').period).toBeNull();
	});

	it('says what each qualifier means', () => {
		expect(trace('credit-loan-share').qualifier).toEqual({
			word: '超过',
			meaning: zh.ui.traceAbove
		});
		expect(trace('hubei-project-threshold').qualifier.meaning).toBe(zh.ui.traceAtLeast);
		expect(trace('industrial-value-added-growth').qualifier).toEqual({
			word: null,
			meaning: zh.ui.traceExact
		});
	});

	it('marks exactly the words that state the figure', () => {
		expect(trace('credit-loan-share').sentence!.mark).toBe('超过42%');
		expect(trace('industrial-value-added-growth').sentence!.mark).toBe('6.4%');
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
