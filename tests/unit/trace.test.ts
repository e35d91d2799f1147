// The story's test: it traces every figure this story's text gives to its own source text.
/**
 * Every one of this story's figures in its steps' text, in both editions, traces to its source: the
 * sentence is the source's, in the figure's own report, and the words marked in it state the figure
 * (as the build checks the closing table's excerpts); a derived figure shows its formula and its
 * inputs, each traceable in turn. And what the panel says of a few of this story's figures. (The
 * engine's is tests/engine/trace.test.ts, on the fixture.)
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
