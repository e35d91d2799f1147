/**
 * The dataset against the words of the source: every excerpt is in the text and states the
 * figure's number, unit and qualifier; and every number the source states belongs to a figure.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findStatement, statedNumbers } from '$lib/data/excerpt';
import { loadDataset } from '$lib/server/read-data';

const source = readFileSync('data/source/miit-h1-2025-press-conference.txt', 'utf8');
const dataset = loadDataset('data');
const stated = dataset.figures.filter((f) => f.source);

describe('each source figure', () => {
	it.each(stated.map((f) => [f.id, f] as const))('%s is stated by its excerpt', (_id, f) => {
		expect(source).toContain(f.source!.excerpt);
		const statement = findStatement(f.source!.excerpt, f);
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
	// Figures the source states a second time, outside their excerpt's line (a headline, a dateline).
	const REPEATED: Record<string, string> = {
		'突破1.2万亿元': 'platform-financing-total',
		'7月18日': 'press-conference-date'
	};
	const byId = new Map(stated.map((f) => [f.id, f]));

	it('states no number that the dataset lacks', () => {
		const missing: string[] = [];
		for (const line of source.split('\n')) {
			const claimed = stated.filter((f) => line.includes(f.source!.excerpt));
			for (const n of statedNumbers(line)) {
				const repeat = byId.get(REPEATED[n.text] ?? '');
				const owner = [...claimed, ...(repeat ? [repeat] : [])].find(
					(f) =>
						(f === repeat || f.source!.excerpt.includes(n.text)) &&
						Math.abs(f.value - n.value) < 1e-9 &&
						f.unit === n.unit &&
						f.qualifier === n.qualifier
				);
				if (!owner) missing.push(`${n.text} in “${line.slice(0, 30)}…”`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('has no digits outside a figure, a name or a period', () => {
		const uncovered: string[] = [];
		for (const line of source.split('\n')) {
			const covered = new Array<boolean>(line.length).fill(false);
			const mark = (from: number, length: number) => covered.fill(true, from, from + length);
			for (const f of stated) {
				const at = line.indexOf(f.source!.excerpt);
				const n = at >= 0 ? findStatement(f.source!.excerpt, f) : undefined;
				if (n) mark(at + f.source!.excerpt.indexOf(n.text), n.text.length);
			}
			for (const text of Object.keys(REPEATED)) {
				for (const m of line.matchAll(new RegExp(text, 'g'))) mark(m.index, text.length);
			}
			for (const re of NOT_FIGURES) for (const m of line.matchAll(re)) mark(m.index, m[0].length);
			for (const m of line.matchAll(/\d+(?:\.\d+)?/g)) {
				if (!covered[m.index]) {
					uncovered.push(`${m[0]} in “${line.slice(Math.max(0, m.index - 8), m.index + 12)}”`);
				}
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
