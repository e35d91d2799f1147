/** The export format: CSV that a CSV library reads back exactly, JSON that its schema accepts. */
import { parse } from 'csv-parse/sync';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { zh as content } from '../support/content';
import {
	EXPORT_COLUMNS,
	exportFile,
	ExportFileSchema,
	FORMULA_START,
	toCsv
} from '$lib/data/export';
import { loadDataset } from '$lib/server/read-data';
import { buildStory } from '$lib/story/resolve';
import { figuresInReadingOrder } from '$lib/story/steps';

const dataset = loadDataset('data');
const story = buildStory(content, dataset);
const file = exportFile(story, dataset, figuresInReadingOrder(story));

describe('export', () => {
	it('has every figure, each valid against the export schema', () => {
		expect(v.safeParse(ExportFileSchema, file).issues).toBeUndefined();
		expect(file.figures.map((f) => f.id).sort()).toEqual(dataset.figures.map((f) => f.id).sort());
	});

	it('writes CSV that reads back field for field, commas, quotes and line breaks included', () => {
		const tricky = {
			...file.figures[0]!,
			label: '含逗号, 和"引号"',
			source_excerpt: '第一行\r\n第二行，“中文引号”'
		};
		const csv = toCsv([tricky, ...file.figures]);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
		expect(Object.keys(rows[0]!)).toEqual(EXPORT_COLUMNS);
		expect(rows[0]!.label).toBe(tricky.label);
		expect(rows[0]!.source_excerpt).toBe(tricky.source_excerpt);
		rows.slice(1).forEach((row, i) => {
			const f = file.figures[i]!;
			for (const c of EXPORT_COLUMNS)
				expect(row[c], `${f.id}.${c}`).toBe(f[c] === null ? '' : String(f[c]));
		});
	});

	it('neutralises text a spreadsheet would run as a formula, and leaves numbers as they are', () => {
		const hostile = {
			...file.figures[0]!,
			label: '=HYPERLINK("http://example.com","点")',
			unit: '+1',
			qualifier: '-',
			text: '@SUM(A1:A9)',
			period_label: '\t=1+1',
			formula: '\r=1+1',
			source_excerpt: '-2+3',
			value: -0.5,
			month: 6
		};
		const rows = parse(toCsv([hostile, ...file.figures]), {
			bom: true,
			columns: true
		}) as Record<string, string>[];
		expect(rows[0]).toMatchObject({
			label: `'=HYPERLINK("http://example.com","点")`,
			unit: "'+1",
			qualifier: "'-",
			text: "'@SUM(A1:A9)",
			period_label: "'\t=1+1",
			formula: "'\r=1+1",
			source_excerpt: "'-2+3",
			// Numbers, negative ones included, are not text: no apostrophe.
			value: '-0.5',
			month: '6'
		});
		// The only change: one leading apostrophe, on the cells that start with = + - @ tab or CR.
		for (const c of EXPORT_COLUMNS) {
			const original = hostile[c] === null ? '' : String(hostile[c]);
			const written = rows[0]![c]!;
			if (typeof hostile[c] === 'string' && FORMULA_START.test(original))
				expect(written, c).toBe(`'${original}`);
			else expect(written, c).toBe(original);
		}
		// The dataset's own cells start with none of them today: they read back unchanged (above).
		for (const f of file.figures)
			for (const c of EXPORT_COLUMNS)
				if (typeof f[c] === 'string') expect(FORMULA_START.test(f[c]), `${f.id}.${c}`).toBe(false);
	});

	it('keeps every qualifier and says which way it bounds the number', () => {
		const byId = new Map(file.figures.map((f) => [f.id, f]));
		expect(byId.get('credit-loan-share')).toMatchObject({
			qualifier: '超过',
			bound: 'above',
			text: '超过42%'
		});
		for (const f of file.figures) {
			if (f.qualifier) expect(f.text, f.id).toContain(f.qualifier);
			expect(f.bound === 'exact', f.id).toBe(f.qualifier === '');
		}
	});

	it('gives the day each figure last changed: its last correction, else the publication', () => {
		expect(file.version).toBe(2);
		expect(EXPORT_COLUMNS.at(-1)).toBe('changed');
		const byId = new Map(file.figures.map((f) => [f.id, f]));
		// Its period was corrected (data/corrections.json).
		expect(byId.get('credit-loan-share')!.changed).toBe('2026-12-02');
		expect(byId.get('industrial-value-added-growth')!.changed).toBe('2026-11-26');
		for (const f of file.figures) expect(f.changed >= '2026-11-26', f.id).toBe(true);
	});
});
