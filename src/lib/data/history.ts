/**
 * The story's history: when each edition was published and last updated (`data/dates.json`), and
 * every correction of something a published version had wrong (`data/corrections.json`). Dates are
 * data, never the build's clock, so a rebuild changes none of them. Validated with the dataset:
 * bad input fails the build naming the file, the entry and the field. Whether a correction's steps
 * exist is checked when the story is built, which knows its steps.
 */
import * as v from 'valibot';
import { LOCALES, type Locale } from '../format.ts';
import { SLUG } from './vocab.ts';
import type { DataFile, Problem } from './problems.ts';

const isoDate = (what: string) =>
	v.pipe(v.string(`${what} must be text`), v.isoDate(`${what} must be written YYYY-MM-DD`));

const text = (what: string) =>
	v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} must not be empty`));

const objectMessage = (issue: v.BaseIssue<unknown>) =>
	issue.expected === 'never'
		? 'unknown field'
		: issue.path?.length
			? 'missing'
			: 'must be an object';

const EditionDatesSchema = v.strictObject(
	{
		/** The day the edition was first published. */
		published: isoDate('published'),
		/** The day of its latest change a reader would notice; absent until there is one. */
		modified: v.optional(isoDate('modified'))
	},
	objectMessage
);

export const DatesFileSchema = v.strictObject(
	{
		/** What the dates mean, for whoever edits the file. */
		about: v.optional(text('about')),
		editions: v.strictObject(
			Object.fromEntries(LOCALES.map((l) => [l, EditionDatesSchema])) as Record<
				Locale,
				typeof EditionDatesSchema
			>,
			objectMessage
		)
	},
	objectMessage
);

/** One correction's words in one edition; figure references ({id}) and {year} allowed. */
const CorrectionTextSchema = v.strictObject(
	{
		/** What a published version said. */
		wrong: text('wrong'),
		/** What the story says now. */
		now: text('now'),
		/** Why: what the source says. */
		why: text('why')
	},
	objectMessage
);

const slugs = (what: string) =>
	v.array(v.pipe(v.string(`each ${what} must be text`), v.regex(SLUG, `not a ${what}`)));

export const CorrectionSchema = v.strictObject(
	{
		/** Stable: the correction's anchor in the page and its entry's id in the feed. */
		id: v.pipe(v.string('id must be text'), v.regex(SLUG, 'id must be lowercase ASCII words')),
		date: isoDate('date'),
		/** The one edition that had it wrong; both when absent. */
		edition: v.optional(v.picklist(LOCALES, `edition must be one of ${LOCALES.join(', ')}`)),
		/** The steps whose text, title or chart had it wrong. */
		steps: v.optional(slugs('step slug')),
		/** The figures whose value, period, label or wording around them had it wrong. */
		figures: v.optional(slugs('figure id')),
		/** The words of each edition it applies to. */
		text: v.strictObject(
			Object.fromEntries(LOCALES.map((l) => [l, v.optional(CorrectionTextSchema)])) as Record<
				Locale,
				v.OptionalSchema<typeof CorrectionTextSchema, undefined>
			>,
			objectMessage
		)
	},
	objectMessage
);

export const CorrectionsFileSchema = v.strictObject(
	{
		about: v.optional(text('about')),
		corrections: v.array(v.unknown(), 'corrections must be a list')
	},
	objectMessage
);

export type EditionDates = v.InferOutput<typeof EditionDatesSchema>;
export type CorrectionText = v.InferOutput<typeof CorrectionTextSchema>;

export interface Correction {
	id: string;
	date: string;
	/** The editions that had it wrong. */
	editions: Locale[];
	steps: string[];
	figures: string[];
	text: Partial<Record<Locale, CorrectionText>>;
	/** Its place in the log, 0-based, for messages that name it. */
	index: number;
}

export interface History {
	dates: Record<Locale, EditionDates>;
	corrections: Correction[];
	/** Where the log is, for messages about its steps (checked when the story is built). */
	correctionsFile: string;
}

const fieldOf = (issue: v.BaseIssue<unknown>) =>
	(issue.path ?? []).map((item) => String(item.key)).join('.');

/**
 * Validates the two files: the figures a correction names must exist (`figureIds`), its date must
 * fall between its editions' publication and last update, and each edition it applies to needs
 * its words. Problems are pushed to `problems`; the result is null when there are any.
 */
export function checkHistory(
	datesFile: DataFile,
	correctionsFile: DataFile,
	figureIds: ReadonlySet<string>,
	problems: Problem[]
): History | null {
	const before = problems.length;
	const dates = v.safeParse(DatesFileSchema, datesFile.content);
	if (!dates.success)
		for (const issue of dates.issues)
			problems.push({ file: datesFile.path, field: fieldOf(issue), message: issue.message });
	else
		for (const locale of LOCALES) {
			const { published, modified } = dates.output.editions[locale];
			if (modified !== undefined && modified < published)
				problems.push({
					file: datesFile.path,
					field: `editions.${locale}.modified`,
					message: `${modified} is before the edition was published (${published})`
				});
		}

	const file = v.safeParse(CorrectionsFileSchema, correctionsFile.content);
	const corrections: Correction[] = [];
	if (!file.success)
		for (const issue of file.issues)
			problems.push({ file: correctionsFile.path, field: fieldOf(issue), message: issue.message });
	const seen = new Set<string>();
	(file.success ? file.output.corrections : []).forEach((item, index) => {
		const rawId = (item as { id?: unknown } | null)?.id;
		const name = typeof rawId === 'string' ? rawId : `#${index + 1} (no id)`;
		const bad = (field: string, message: string) =>
			problems.push({
				file: correctionsFile.path,
				figure: JSON.stringify(name),
				entry: 'correction',
				field,
				message
			});
		const parsed = v.safeParse(CorrectionSchema, item);
		if (!parsed.success) {
			for (const issue of parsed.issues) bad(fieldOf(issue), issue.message);
			return;
		}
		const c = parsed.output;
		if (seen.has(c.id)) bad('id', 'duplicate id');
		seen.add(c.id);
		const steps = c.steps ?? [];
		const figures = c.figures ?? [];
		if (steps.length === 0 && figures.length === 0)
			bad('steps', 'a correction names the steps or the figures it corrects');
		figures.forEach((id, i) => {
			if (!figureIds.has(id)) bad(`figures.${i}`, `unknown figure id "${id}"`);
		});
		const editions = c.edition ? [c.edition] : [...LOCALES];
		for (const locale of LOCALES) {
			if (editions.includes(locale) && !c.text[locale])
				bad(`text.${locale}`, `missing (the ${locale} edition had it wrong)`);
			if (!editions.includes(locale) && c.text[locale])
				bad(`text.${locale}`, `the ${locale} edition is not corrected (see "edition")`);
		}
		if (dates.success)
			for (const locale of editions) {
				const { published, modified } = dates.output.editions[locale];
				if (c.date < published)
					bad('date', `${c.date} is before the ${locale} edition was published (${published})`);
				else if (c.date > (modified ?? published))
					bad(
						'date',
						`${c.date} is after the ${locale} edition's last update in ${datesFile.path} (${modified ?? 'none'}): update "modified" there`
					);
			}
		corrections.push({ id: c.id, date: c.date, editions, steps, figures, text: c.text, index });
	});

	if (problems.length > before || !dates.success) return null;
	// Newest first, as a log is read; the file's order among corrections of one day.
	corrections.sort((a, b) => (a.date === b.date ? a.index - b.index : a.date < b.date ? 1 : -1));
	return { dates: dates.output.editions, corrections, correctionsFile: correctionsFile.path };
}

/** When an edition last changed: its last update, or its publication if it never has. */
export const lastChanged = (dates: EditionDates) => dates.modified ?? dates.published;

/**
 * The day a figure of the dataset last changed: the latest correction of it in the dataset's own
 * edition (Chinese), or the day that edition was published.
 */
export function figureChanged(history: History, id: string, locale: Locale = 'zh-CN'): string {
	const dates = history.corrections
		.filter((c) => c.editions.includes(locale) && c.figures.includes(id))
		.map((c) => c.date);
	return dates.reduce((a, b) => (b > a ? b : a), history.dates[locale].published);
}
