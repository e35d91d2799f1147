/**
 * The export format, on the fixture story's dataset: CSV that a CSV library reads back exactly,
 * JSON that its schema accepts, every qualifier and its bound, a derived figure's formula, and the
 * day each figure last changed (with the history of tests/engine/fixture-history.ts).
 */
import { parse } from 'csv-parse/sync';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	EXPORT_COLUMNS,
	exportFile,
	ExportFileSchema,
	FORMULA_START,
	toCsv
} from '$lib/data/export';
import { buildDataset } from '$lib/data/validate';
import { buildStory } from '$lib/story/resolve';
import { figuresInReadingOrder } from '$lib/story/steps';
import { fixtureDataset, fixtureEdition } from './fixture';
import { withHistory } from './fixture-history';

const content = fixtureEdition('zh-CN').content;
const dataset = fixtureDataset();
const story = buildStory(content, dataset);
const file = exportFile(story, dataset, figuresInReadingOrder(story));

describe('the export format', () => {
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
});

describe('what the export says of each figure', () => {
	it('keeps every qualifier and says which way it bounds the number', () => {
		const byId = new Map(file.figures.map((f) => [f.id, f]));
		expect(byId.get('park-share')).toMatchObject({
			qualifier: '超过',
			bound: 'above',
			text: '超过38%'
		});
		expect(byId.get('canteen-count')).toMatchObject({ qualifier: '以上', text: '30个以上' });
		expect(byId.get('canteen-count')!.bound).toBe('above');
		expect(byId.get('canteen-share')).toMatchObject({
			qualifier: '约',
			bound: 'approx',
			text: '约58.3%'
		});
		expect(byId.get('gdp-growth')).toMatchObject({ qualifier: '', bound: 'exact', text: '5.2%' });
		for (const f of file.figures) {
			if (f.qualifier) expect(f.text, f.id).toContain(f.qualifier);
			expect(f.bound === 'exact', f.id).toBe(f.qualifier === '');
		}
	});

	it('gives a derived figure its formula and none to a figure the source states', () => {
		const byId = new Map(file.figures.map((f) => [f.id, f]));
		expect(byId.get('canteen-share')!.formula).toBe(story.figures['canteen-share']!.formula);
		expect(byId.get('canteen-share')!.formula).toBeTruthy();
		expect(byId.get('canteen-share')!.source_excerpt).toBeNull();
		expect(byId.get('gdp-growth')!.formula).toBeNull();
		expect(byId.get('gdp-growth')!.source_excerpt).toBe('全年地区生产总值同比增长5.2%');
	});

	it('gives the day each figure last changed: its last correction, else the publication', () => {
		expect(file.version).toBe(2);
		expect(EXPORT_COLUMNS.at(-1)).toBe('changed');
		// Never corrected: every figure changed on the day the edition was published.
		for (const f of file.figures) expect(f.changed, f.id).toBe('2030-03-20');
		const corrected = buildDataset(withHistory());
		const later = exportFile(story, corrected, figuresInReadingOrder(story));
		const byId = new Map(later.figures.map((f) => [f.id, f]));
		// Its qualifier was corrected in both editions; a step's correction and a correction of
		// the English edition only change no figure of the dataset.
		expect(byId.get('canteen-count')!.changed).toBe('2030-03-25');
		expect(byId.get('park-share')!.changed).toBe('2030-03-20');
		expect(byId.get('resident-income')!.changed).toBe('2030-03-20');
		for (const f of later.figures)
			if (f.id !== 'canteen-count') expect(f.changed, f.id).toBe('2030-03-20');
	});
});
