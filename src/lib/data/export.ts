/**
 * The figures to take away: `/data/figures.csv`, `/data/figures.json` and a CSV per scene. Their
 * columns are an export schema of their own, for readers' spreadsheets and scripts, documented in
 * the README — not the dataset's input schema (`schema.ts`), which may change without notice.
 */
import * as v from 'valibot';
import type { FigureView, StoryView } from '$lib/story/types';
import type { Dataset } from './dataset';
import { figureChanged } from './history';
import { KINDS, QUALIFIERS, SLUG } from './vocab';

/**
 * The export format's version: changed whenever a column is added, renamed, removed or changes
 * meaning. 2 added `changed`.
 */
export const EXPORT_VERSION = 2;

const word = v.string();
/** A chapter, a period, a source part: the story's own ids, validated against it at build. */
const storyId = v.pipe(v.string(), v.regex(SLUG));
export const ExportFigureSchema = v.strictObject({
	id: v.pipe(v.string(), v.regex(SLUG)),
	chapter: storyId,
	label: v.pipe(v.string(), v.minLength(1)),
	value: v.pipe(v.number(), v.finite()),
	unit: word,
	month: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
	qualifier: word,
	bound: v.picklist(['exact', 'above', 'below', 'approx']),
	text: v.pipe(v.string(), v.minLength(1)),
	period: storyId,
	period_label: word,
	kind: v.picklist(KINDS),
	formula: v.nullable(v.pipe(v.string(), v.minLength(1))),
	source_part: v.nullable(storyId),
	source_title: v.nullable(v.string()),
	source_excerpt: v.nullable(v.pipe(v.string(), v.minLength(1))),
	changed: v.pipe(v.string(), v.isoDate())
});
export type ExportFigure = v.InferOutput<typeof ExportFigureSchema>;

export const ExportFileSchema = v.strictObject({
	version: v.literal(EXPORT_VERSION),
	title: v.string(),
	date: v.pipe(v.string(), v.isoDate()),
	figures: v.array(ExportFigureSchema)
});
export type ExportFile = v.InferOutput<typeof ExportFileSchema>;

/** The columns, in order: the CSV's header and the JSON objects' keys. */
export const EXPORT_COLUMNS = Object.keys(ExportFigureSchema.entries) as (keyof ExportFigure)[];

/** `changed`: the day the figure last changed (see `figureChanged`). */
export function exportFigure(
	f: FigureView,
	story: Pick<StoryView, 'sources'>,
	changed: string
): ExportFigure {
	return {
		id: f.id,
		chapter: f.chapter,
		label: f.label,
		value: f.value,
		unit: f.unit,
		month: f.month ?? null,
		qualifier: f.qualifier === 'exact' ? '' : f.qualifier,
		bound: QUALIFIERS[f.qualifier].direction,
		text: f.text,
		period: f.period,
		period_label: f.periodLabel,
		kind: f.kind,
		formula: f.formula,
		source_part: f.source?.part ?? null,
		source_title: f.source
			? (story.sources.find((s) => s.id === f.source!.part)?.title ?? null)
			: null,
		source_excerpt: f.source?.excerpt ?? null,
		changed
	};
}

/**
 * The figures `ids` names, in that order (every figure: as the closing table lists them); dated
 * with the source's date, each with the day it last changed.
 */
export function exportFile(
	story: Pick<StoryView, 'figures' | 'sources' | 'meta'>,
	dataset: Pick<Dataset, 'date' | 'history'>,
	ids: readonly string[]
): ExportFile {
	return {
		version: EXPORT_VERSION,
		title: story.meta.title,
		date: dataset.date,
		figures: ids.map((id) =>
			exportFigure(story.figures[id]!, story, figureChanged(dataset.history, id))
		)
	};
}

/**
 * A text cell a spreadsheet would run as a formula: one that starts with = + - or @, or with a tab
 * or a carriage return (OWASP's list). It is written with a leading apostrophe, which makes a
 * spreadsheet take it as text. Number cells are written as numbers: -0.5 stays -0.5.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;
const neutral = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
const field = (value: string | number | null) => {
	const text = value === null ? '' : typeof value === 'number' ? String(value) : neutral(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * Figures as CSV: UTF-8 with a byte-order mark (without it, Excel reads the Chinese as another
 * encoding), CRLF line ends, a header row of the export's column names, no text cell a spreadsheet
 * would run as a formula.
 */
export function toCsv(figures: readonly ExportFigure[]): string {
	const rows = [EXPORT_COLUMNS, ...figures.map((f) => EXPORT_COLUMNS.map((c) => f[c]))];
	return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
