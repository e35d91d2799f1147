/**
 * Turns the raw files of `data/` into the typed dataset, or fails with every problem found, each
 * naming the file, the figure and the field. Runs when the site builds (the Vite plugin in
 * `dataset-plugin.ts`) and in unit tests.
 */
import * as v from 'valibot';
import { compute, combineDirections, roundDerived, unitProblem } from './derive.ts';
import { checkRegister } from './claims.ts';
import { checkHistory } from './history.ts';
import { findStatement } from './excerpt.ts';
import { formatFigure } from '../format.ts';
import { readable, sentenceOf, splitParts } from './source-text.ts';
import type { Dataset, Figure } from './dataset.ts';
import { FigureFileSchema, RawFigureSchema, SourcesFileSchema, type RawFigure } from './schema.ts';
import {
	PART_OF_WHOLE_KINDS,
	PARTS,
	PERIODS,
	QUALIFIERS,
	UNITS,
	type PartId,
	type Qualifier
} from './vocab.ts';

export interface DataFile<T = unknown> {
	/** Path shown in messages, relative to the project (data/figures/growth.json). */
	path: string;
	content: T;
}

export interface DataFiles {
	sources: DataFile;
	sourceText: DataFile<string>;
	figures: DataFile[];
	/** The claims register: who said what (`data/claims.json`). */
	claims: DataFile;
	/** When each edition was published and last updated (`data/dates.json`). */
	dates: DataFile;
	/** Every correction of a published version (`data/corrections.json`). */
	corrections: DataFile;
}

export interface Problem {
	file: string;
	/** The entry at fault: a figure, a claim or speaker of the register, or a correction. */
	figure?: string | undefined;
	entry?: 'figure' | 'claim' | 'correction' | undefined;
	field?: string | undefined;
	message: string;
}

export const describeProblem = (p: Problem) =>
	[
		p.file,
		p.figure !== undefined ? `${p.entry ?? 'figure'} ${p.figure}` : '',
		p.field ? `field "${p.field}"` : ''
	]
		.filter(Boolean)
		.join(', ') + `: ${p.message}`;

export class DatasetError extends Error {
	constructor(readonly problems: Problem[]) {
		super(
			`The dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
				problems.map((p) => `  - ${describeProblem(p)}`).join('\n')
		);
		this.name = 'DatasetError';
	}
}

const fieldOf = (issue: v.BaseIssue<unknown>, skip: number) =>
	(issue.path ?? [])
		.slice(skip)
		.map((item) => String(item.key))
		.join('.');

const REF = /\{([^{}|]+)(?:\|[^{}]*)?\}/g;

/** Figure ids referred to as {id} in a text. */
export const refsIn = (text: string) => [...text.matchAll(REF)].map((m) => m[1]!.trim());

interface Entry {
	file: string;
	part: PartId | undefined;
	raw: RawFigure;
}

/** Validates and resolves the dataset; throws a DatasetError listing every problem. */
export function buildDataset(files: DataFiles): Dataset {
	const problems: Problem[] = [];
	const report = (
		file: string,
		figure: string | undefined,
		field: string | undefined,
		message: string
	) =>
		problems.push({
			file,
			figure: figure === undefined ? undefined : JSON.stringify(figure),
			field,
			message
		});

	const sources = v.safeParse(SourcesFileSchema, files.sources.content);
	if (!sources.success) {
		for (const issue of sources.issues)
			report(files.sources.path, undefined, fieldOf(issue, 0), issue.message);
	}
	// Each report's own text, so that a figure's excerpt and sentence are found in its own report.
	const split = splitParts(files.sourceText.content, sources.success ? sources.output.parts : []);
	for (const p of split.problems) {
		const i = sources.success ? sources.output.parts.findIndex((part) => part.id === p.id) : -1;
		report(files.sources.path, undefined, `parts.${i}.begins`, `part ${p.id}: ${p.message}`);
	}
	const partTexts = split.texts;

	// Field-level checks, file by file. `seen` keeps the ids of figures that failed them too, so a
	// derived figure using one is not reported a second time.
	const entries: Entry[] = [];
	const seen = new Set<string>();
	for (const file of files.figures) {
		const parsed = v.safeParse(FigureFileSchema, file.content);
		if (!parsed.success) {
			for (const issue of parsed.issues)
				report(file.path, undefined, fieldOf(issue, 0), issue.message);
			continue;
		}
		parsed.output.figures.forEach((item, index) => {
			const id =
				typeof item === 'object' &&
				item !== null &&
				typeof (item as { id?: unknown }).id === 'string'
					? (item as { id: string }).id
					: undefined;
			if (id !== undefined) seen.add(id);
			const result = v.safeParse(RawFigureSchema, item);
			if (!result.success) {
				for (const issue of result.issues) {
					report(file.path, id ?? `#${index + 1} (no id)`, fieldOf(issue, 0), issue.message);
				}
				return;
			}
			entries.push({
				file: file.path,
				part: parsed.output.part as PartId | undefined,
				raw: result.output
			});
		});
	}

	// Figures in the order of the source's parts, derived-only files last.
	const partRank = (e: Entry) => (e.part ? PARTS.indexOf(e.part) : PARTS.length);
	entries.sort((a, b) => partRank(a) - partRank(b));

	// Ids are unique across files.
	const byId = new Map<string, Entry>();
	for (const entry of entries) {
		const twin = byId.get(entry.raw.id);
		if (twin) {
			report(entry.file, entry.raw.id, 'id', `duplicate id, already used in ${twin.file}`);
		} else {
			byId.set(entry.raw.id, entry);
		}
	}

	const sourceText = files.sourceText.content;
	const resolved = new Map<string, Figure>();
	const sentences: Record<string, string> = {};

	// Source figures: stated in the source, with a value that its excerpt states.
	for (const { file, part, raw } of byId.values()) {
		if (raw.derived) continue;
		const bad = (field: string, message: string) => report(file, raw.id, field, message);
		if (raw.value === undefined) bad('value', 'missing (a figure from the source needs its value)');
		if (raw.qualifier === undefined)
			bad('qualifier', 'missing (use "exact" when the source states the number plainly)');
		else if (QUALIFIERS[raw.qualifier as Qualifier].derivedOnly) {
			bad(
				'qualifier',
				`"${raw.qualifier}" is only for derived figures; the source never writes it`
			);
		}
		if (raw.excerpt === undefined)
			bad('excerpt', 'missing (a few characters of the source around the number)');
		if (part === undefined) bad('part', 'the file has no "part", so this figure has no source');
		if (
			raw.value === undefined ||
			raw.qualifier === undefined ||
			raw.excerpt === undefined ||
			!part
		)
			continue;

		const figure: Figure = {
			id: raw.id,
			label: raw.label,
			value: raw.value,
			unit: raw.unit,
			qualifier: raw.qualifier as Qualifier,
			kind: raw.kind,
			period: raw.period,
			chapter: raw.chapter,
			...(raw.month !== undefined && { month: raw.month }),
			...(raw.numerals !== undefined && { numerals: raw.numerals }),
			source: { part, excerpt: raw.excerpt },
			derivation: null
		};
		if (checkValue(figure, bad)) resolved.set(raw.id, figure);

		const partText = partTexts.get(part);
		if (partText === undefined) continue; // the parts could not be told apart, reported above
		if (!partText.includes(readable(raw.excerpt))) {
			const elsewhere = readable(sourceText).includes(readable(raw.excerpt));
			bad(
				'excerpt',
				elsewhere
					? `in ${files.sourceText.path}, but not in its part ${part}: ${JSON.stringify(raw.excerpt)}`
					: `not found in ${files.sourceText.path}: ${JSON.stringify(raw.excerpt)}`
			);
		} else if (!findStatement(readable(raw.excerpt), figure)) {
			bad(
				'value',
				`the excerpt ${JSON.stringify(raw.excerpt)} does not state ${describeStated(figure)}`
			);
		} else {
			// The period is claimed by the sentence that states the figure, up to its 。.
			const sentence = sentenceOf(partText, raw.excerpt)!;
			sentences[raw.id] = sentence;
			const words: readonly string[] = PERIODS[raw.period];
			if (words.length > 0 && !words.some((w) => sentence.includes(w))) {
				bad(
					'period',
					`"${raw.period}" needs ${words.map((w) => `“${w}”`).join(' or ')} in the figure's sentence, which has none: ${sentence}`
				);
			}
		}
	}

	// Derived figures, in dependency order; a cycle or a missing input is an error.
	const pending = [...byId.values()].filter((e) => e.raw.derived);
	for (const { file, raw } of pending) {
		const derivation = raw.derived!;
		const bad = (field: string, message: string) => report(file, raw.id, field, message);
		for (const field of ['value', 'qualifier', 'excerpt'] as const) {
			if (raw[field] !== undefined) bad(field, 'a derived figure is computed: remove this field');
		}
		derivation.inputs.forEach((input, i) => {
			if (!seen.has(input)) bad(`derived.inputs.${i}`, `unknown figure id "${input}"`);
		});
	}
	let progress = true;
	const waiting = new Set(
		pending.filter(({ raw }) => raw.derived!.inputs.every((i) => byId.has(i)))
	);
	while (progress && waiting.size > 0) {
		progress = false;
		for (const entry of waiting) {
			const { file, raw } = entry;
			const derivation = raw.derived!;
			const [a, b] = derivation.inputs.map((i) => resolved.get(i));
			const ready = derivation.inputs.every((i) => resolved.has(i) || !waiting.has(byId.get(i)!));
			if (!ready) continue;
			waiting.delete(entry);
			progress = true;
			if (!a || !b) continue; // an input failed its own checks, already reported
			const bad = (field: string, message: string) => report(file, raw.id, field, message);
			const unitError = unitProblem(derivation.op, a, b, raw.unit);
			if (unitError) {
				bad('derived.op', unitError);
				continue;
			}
			// A derived figure covers a period one of its inputs covers, or none; a value a year
			// earlier (from a growth rate or a change in points) covers the year-earlier period.
			const yearEarlier =
				derivation.op === 'previous-from-growth' ||
				(derivation.op === 'difference' && b.unit === '个百分点');
			const periods = new Set([a.period, b.period, 'none', ...(yearEarlier ? ['prior-year'] : [])]);
			if (!periods.has(raw.period)) {
				bad(
					'period',
					`"${raw.period}" is not a period of its inputs (${a.id}: ${a.period}, ${b.id}: ${b.period})`
				);
			}
			const raw_ = compute(derivation.op, a, b, raw.unit);
			const direction = combineDirections(derivation.op, a.qualifier, b.qualifier);
			const { value, qualifier } = roundDerived(
				raw_,
				derivation.digits,
				direction,
				derivation.qualifier
			);
			const figure: Figure = {
				id: raw.id,
				label: raw.label,
				value,
				unit: raw.unit,
				qualifier,
				kind: raw.kind,
				period: raw.period,
				chapter: raw.chapter,
				source: null,
				derivation: {
					op: derivation.op,
					inputs: [a.id, b.id],
					digits: derivation.digits,
					raw: raw_
				}
			};
			if (checkValue(figure, bad)) resolved.set(raw.id, figure);
		}
	}
	for (const { file, raw } of waiting) {
		report(file, raw.id, 'derived.inputs', 'the inputs depend on this figure in a cycle');
	}

	// Labels may refer to other figures ({id}); each must exist.
	for (const { file, raw } of byId.values()) {
		for (const ref of refsIn(raw.label)) {
			if (!byId.has(ref) || ref === raw.id)
				report(file, raw.id, 'label', `refers to unknown figure {${ref}}`);
		}
	}

	// The source's date is one the source states (国新办7月18日召开新闻发布会).
	const date = sources.success ? sources.output.date : '';
	if (sources.success) {
		const [, month, day] = date.split('-').map(Number);
		const stated = [...resolved.values()].some(
			(f) => f.kind === 'date' && f.month === month && f.value === day
		);
		if (!stated) {
			report(files.sources.path, undefined, 'date', `no date figure states ${month}月${day}日`);
		}
	}

	// The claims register, held to the same source; quoted words may hold figure references.
	const register = checkRegister(
		files.claims.content,
		partTexts,
		(words) => {
			const unknown = refsIn(words).filter((id) => !resolved.has(id));
			if (unknown.length > 0) return { error: `refers to unknown figure {${unknown[0]}}` };
			return words.replace(REF, (_, id: string) => formatFigure(resolved.get(id.trim())!));
		},
		(claim, field, message) =>
			problems.push({
				file: files.claims.path,
				figure: claim === undefined ? undefined : JSON.stringify(claim),
				entry: 'claim',
				field,
				message
			})
	);

	// The story's dates and its corrections, which may name figures.
	const history = checkHistory(files.dates, files.corrections, seen, problems);

	if (problems.length > 0 || !history) throw new DatasetError(problems);

	const order = [...byId.keys()];
	return {
		date,
		figures: order.map((id) => resolved.get(id)!),
		parts: sources.success ? (sources.output.parts as Dataset['parts']) : [],
		sentences,
		speakers: register.speakers,
		claims: register.claims,
		history
	};
}

function describeStated(f: Figure) {
	const q = `, qualifier ${f.qualifier}`;
	const date = f.month !== undefined ? ` of month ${f.month}` : '';
	const numerals = { hanzi: ' in Chinese numerals', implicit: ' with no number written' };
	return `${f.value}${date} ${f.unit}${q}${f.numerals ? numerals[f.numerals] : ''}`;
}

/** Value rules that depend on the kind; reports and returns false when one fails. */
function checkValue(f: Figure, bad: (field: string, message: string) => void): boolean {
	let ok = true;
	const fail = (field: string, message: string) => {
		ok = false;
		bad(field, message);
	};
	if (PART_OF_WHOLE_KINDS.includes(f.kind) && f.unit === '%' && (f.value < 0 || f.value > 100)) {
		fail('value', `a ${f.kind} is part of a whole and must be between 0 and 100, got ${f.value}`);
	}
	if (
		['count', 'amount', 'average', 'duration', 'threshold', 'target'].includes(f.kind) &&
		f.value < 0
	) {
		fail('value', `a ${f.kind} cannot be negative, got ${f.value}`);
	}
	if (
		f.kind === 'count' &&
		UNITS[f.unit].scale === 1 &&
		f.unit !== '%' &&
		!Number.isInteger(f.value)
	) {
		fail('value', `a count in ${f.unit} must be a whole number, got ${f.value}`);
	}
	const isDate = f.kind === 'date';
	if (isDate !== (f.unit === '日')) fail('unit', 'a date has the unit 日, and only a date has it');
	if (isDate !== (f.month !== undefined))
		fail('month', isDate ? 'a date needs its month' : 'only a date has a month');
	if (isDate && (!Number.isInteger(f.value) || f.value < 1 || f.value > 31)) {
		fail('value', `a date's value is its day, 1–31, got ${f.value}`);
	}
	if (f.numerals === 'implicit' && f.value !== 1) {
		fail('numerals', `only 1 goes unwritten (亿元以上), got ${f.value}`);
	}
	if (f.numerals === 'hanzi' && (!Number.isInteger(f.value) || f.value < 1 || f.value > 10)) {
		fail('numerals', `Chinese numerals are used for whole numbers 1–10, got ${f.value}`);
	}
	return ok;
}
