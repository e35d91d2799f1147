// The story's test: it checks this story's export, its figures, qualifiers and correction dates.
/**
 * This story's export holds every one of its figures, valid, its cells read back as they are (none
 * starts like a spreadsheet formula), its qualifiers kept, and each figure dated by this story's
 * own corrections. (The engine's, on the format, is tests/engine/export.test.ts, on the fixture.)
 */
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
const byId = new Map(file.figures.map((f) => [f.id, f]));

describe('this story’s export', () => {
	it('has every figure, each valid against the export schema, read back from CSV unchanged', () => {
		expect(v.safeParse(ExportFileSchema, file).issues).toBeUndefined();
		expect(file.figures.map((f) => f.id).sort()).toEqual(dataset.figures.map((f) => f.id).sort());
		const rows = parse(toCsv(file.figures), { bom: true, columns: true }) as Record<
			string,
			string
		>[];
		rows.forEach((row, i) => {
			const f = file.figures[i]!;
			for (const c of EXPORT_COLUMNS)
				expect(row[c], `${f.id}.${c}`).toBe(f[c] === null ? '' : String(f[c]));
		});
		// None of its cells starts as a formula would, so none is changed on the way out.
		for (const f of file.figures)
			for (const c of EXPORT_COLUMNS)
				if (typeof f[c] === 'string') expect(FORMULA_START.test(f[c]), `${f.id}.${c}`).toBe(false);
	});

	it('keeps every qualifier and says which way it bounds the number', () => {
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

	it('dates each figure by its last correction in data/corrections.json, else the publication', () => {
		// Its period was corrected (data/corrections.json).
		expect(byId.get('credit-loan-share')!.changed).toBe('2026-12-02');
		expect(byId.get('industrial-value-added-growth')!.changed).toBe('2026-11-26');
		for (const f of file.figures) expect(f.changed >= '2026-11-26', f.id).toBe(true);
	});
});
