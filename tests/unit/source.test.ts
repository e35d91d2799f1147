/**
 * The dataset against the words of the source: every excerpt is in its own report and states the
 * figure's number, unit and qualifier; and every number the source states belongs to a figure.
 * The source is read as a person reads it: lines broken mid-word rejoined, punctuation compared
 * whatever its width (src/lib/data/source-text).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findStatement, statedNumbers } from '$lib/data/excerpt';
import { readable, splitParts } from '$lib/data/source-text';
import { loadDataset } from '$lib/server/read-data';

const source = readFileSync('data/source/miit-h1-2025-press-conference.txt', 'utf8');
const whole = readable(source);
const dataset = loadDataset('data');
const parts = splitParts(source, dataset.parts).texts;
const stated = dataset.figures.filter((f) => f.source);

describe('each source figure', () => {
	it.each(stated.map((f) => [f.id, f] as const))('%s is stated by its excerpt', (_id, f) => {
		expect(parts.get(f.source!.part)).toContain(readable(f.source!.excerpt));
		const statement = findStatement(readable(f.source!.excerpt), f);
		expect(statement, `${f.source!.excerpt} should state ${f.value}${f.unit}`).toBeDefined();
	});
});

describe('the source', () => {
	// Digits in the source that are names or periods, not figures: each with its reason.
	const NOT_FIGURES = [
		/5G/g, // the network generation, a name
		/51020/g, // the name of Hubei's cluster plan
		/1至5月/g, // a period: January to May
		/1—6月/g, // a period: January to June
		/6月底/g, // a period end
		/(?<!月)18日/g // the press conference date again, already a figure as 7月18日
	];
	// Figures the source states a second time, outside their excerpt (a headline, a dateline).
	const REPEATED: Record<string, string> = {
		'突破1.2万亿元': 'platform-financing-total',
		'7月18日': 'press-conference-date',
		// The threshold of the signed projects, written again for the started ones.
		亿元以上: 'hubei-project-threshold'
	};
	const byId = new Map(stated.map((f) => [f.id, f]));

	/** Where each figure's statement is in the whole source, with the figure. */
	const statements = stated.flatMap((f) => {
		const excerpt = readable(f.source!.excerpt);
		const n = findStatement(excerpt, f);
		if (!n) return [];
		const found: { at: number; length: number; figure: typeof f }[] = [];
		for (let at = whole.indexOf(excerpt); at >= 0; at = whole.indexOf(excerpt, at + 1)) {
			found.push({ at: at + excerpt.indexOf(n.text), length: n.text.length, figure: f });
		}
		return found;
	});

	it('states no number that the dataset lacks', () => {
		const missing: string[] = [];
		let cursor = 0;
		for (const n of statedNumbers(whole)) {
			const at = whole.indexOf(n.text, cursor);
			cursor = at + 1;
			const repeat = byId.get(REPEATED[n.text] ?? '');
			const owner =
				repeat ??
				statements.find(
					(s) =>
						s.at <= at &&
						at < s.at + s.length &&
						Math.abs(s.figure.value - n.value) < 1e-9 &&
						s.figure.unit === n.unit &&
						s.figure.qualifier === n.qualifier
				);
			if (!owner) missing.push(`${n.text} in “${whole.slice(Math.max(0, at - 10), at + 20)}…”`);
		}
		expect(missing).toEqual([]);
	});

	it('has no digits outside a figure, a name or a period', () => {
		const covered = new Array<boolean>(whole.length).fill(false);
		const mark = (from: number, length: number) => covered.fill(true, from, from + length);
		for (const s of statements) mark(s.at, s.length);
		for (const text of Object.keys(REPEATED)) {
			for (const m of whole.matchAll(new RegExp(text, 'g'))) mark(m.index, text.length);
		}
		for (const re of NOT_FIGURES) for (const m of whole.matchAll(re)) mark(m.index, m[0].length);
		const uncovered: string[] = [];
		for (const m of whole.matchAll(/\d+(?:\.\d+)?/g)) {
			if (!covered[m.index]) {
				uncovered.push(`${m[0]} in “${whole.slice(Math.max(0, m.index - 8), m.index + 12)}”`);
			}
		}
		expect(uncovered).toEqual([]);
	});

	it('has its hanzi counts in the dataset (三个重点、六类模式、四大工程、五项保障)', () => {
		const hanzi = stated.filter((f) => f.numerals === 'hanzi').map((f) => f.id);
		expect(hanzi).toEqual(
			expect.arrayContaining([
				'guidance-key-points',
				'guidance-models',
				'guidance-programmes',
				'guidance-safeguards'
			])
		);
	});
});
