/** The export format: CSV that a CSV library reads back exactly, JSON that its schema accepts. */
import { parse } from 'csv-parse/sync';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import content from '$content/zh-CN';
import { EXPORT_COLUMNS, exportFile, ExportFileSchema, toCsv } from '$lib/data/export';
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
