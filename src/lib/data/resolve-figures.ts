/**
 * The figures resolved: each one the source states, checked against the sentence of its own
 * report that states it, and each derived one computed from its inputs, in dependency order.
 * Steps of `buildDataset`; problems are reported, naming the file, the figure and the field.
 */
import { compute, combineDirections, roundDerived, unitProblem } from './derive.ts';
import { findStatement } from './excerpt.ts';
import { readable, sentenceOf } from './source-text.ts';
import type { Figure } from './dataset.ts';
import type { Entry } from './parse-figures.ts';
import type { Report } from './problems.ts';
import type { StoryVocabulary } from './story-vocabulary.ts';
import { PART_OF_WHOLE_KINDS, QUALIFIERS, UNITS, type Qualifier } from './vocab.ts';

type Bad = (field: string, message: string) => void;

export interface Resolving {
	vocab: StoryVocabulary;
	/** Each source part's text, by part id. */
	partTexts: Map<string, string>;
	sourceText: { path: string; content: string };
	report: Report;
	/** The figures resolved so far, by id. */
	resolved: Map<string, Figure>;
}

/**
 * Source figures: stated in the source, with a value that its excerpt states, and a period its
 * sentence names. Returns each one's sentence (up to its 。), by id.
 */
export function resolveSourceFigures(entries: Iterable<Entry>, r: Resolving) {
	const sentences: Record<string, string> = {};
	for (const { file, part, raw } of entries) {
		if (raw.derived) continue;
		const bad: Bad = (field, message) => r.report(file, raw.id, field, message);
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
		if (checkValue(figure, bad)) r.resolved.set(raw.id, figure);
		const sentence = checkExcerpt(figure, raw.excerpt, r, bad);
		if (sentence !== undefined) sentences[raw.id] = sentence;
	}
	return sentences;
}

/**
 * The excerpt is in the figure's own part and states its value; the period is claimed by the
 * sentence that states the figure, up to its 。. Returns that sentence, once the excerpt is found.
 */
function checkExcerpt(figure: Figure, excerpt: string, r: Resolving, bad: Bad) {
	const part = figure.source!.part;
	const partText = r.partTexts.get(part);
	if (partText === undefined) return undefined; // the parts could not be told apart, reported above
	if (!partText.includes(readable(excerpt))) {
		const elsewhere = readable(r.sourceText.content).includes(readable(excerpt));
		bad(
			'excerpt',
			elsewhere
				? `in ${r.sourceText.path}, but not in its part ${part}: ${JSON.stringify(excerpt)}`
				: `not found in ${r.sourceText.path}: ${JSON.stringify(excerpt)}`
		);
		return undefined;
	}
	if (!findStatement(readable(excerpt), figure)) {
		bad('value', `the excerpt ${JSON.stringify(excerpt)} does not state ${describeStated(figure)}`);
		return undefined;
	}
	const sentence = sentenceOf(partText, excerpt)!;
	const words: readonly string[] = r.vocab.periods[figure.period] ?? [];
	if (words.length > 0 && !words.some((w) => sentence.includes(w))) {
		bad(
			'period',
			`"${figure.period}" needs ${words.map((w) => `“${w}”`).join(' or ')} in the figure's sentence, which has none: ${sentence}`
		);
	}
	return sentence;
}

/**
 * Derived figures, in dependency order; a cycle or a missing input is an error. `seen` holds
 * every id written in a file of figures, valid or not.
 */
export function resolveDerivedFigures(
	byId: Map<string, Entry>,
	seen: Set<string>,
	r: Resolving
): void {
	const pending = [...byId.values()].filter((e) => e.raw.derived);
	for (const { file, raw } of pending) {
		const bad: Bad = (field, message) => r.report(file, raw.id, field, message);
		for (const field of ['value', 'qualifier', 'excerpt'] as const) {
			if (raw[field] !== undefined) bad(field, 'a derived figure is computed: remove this field');
		}
		raw.derived!.inputs.forEach((input, i) => {
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
			const inputs = entry.raw.derived!.inputs;
			const ready = inputs.every((i) => r.resolved.has(i) || !waiting.has(byId.get(i)!));
			if (!ready) continue;
			waiting.delete(entry);
			progress = true;
			resolveDerived(entry, r);
		}
	}
	for (const { file, raw } of waiting) {
		r.report(file, raw.id, 'derived.inputs', 'the inputs depend on this figure in a cycle');
	}
}

/** One derived figure, once its inputs are resolved (or have failed their own checks). */
function resolveDerived({ file, raw }: Entry, r: Resolving): void {
	const derivation = raw.derived!;
	const [a, b] = derivation.inputs.map((i) => r.resolved.get(i));
	if (!a || !b) return; // an input failed its own checks, already reported
	const bad: Bad = (field, message) => r.report(file, raw.id, field, message);
	const unitError = unitProblem(derivation.op, a, b, raw.unit);
	if (unitError) {
		bad('derived.op', unitError);
		return;
	}
	// A derived figure covers a period one of its inputs covers, or none; a value a year
	// earlier (from a growth rate or a change in points) covers the year-earlier period.
	const yearEarlier =
		derivation.op === 'previous-from-growth' ||
		(derivation.op === 'difference' && b.unit === '个百分点');
	const periods = new Set([
		a.period,
		b.period,
		r.vocab.unstated,
		...(yearEarlier ? [r.vocab.yearEarlier] : [])
	]);
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
		derivation: { op: derivation.op, inputs: [a.id, b.id], digits: derivation.digits, raw: raw_ }
	};
	if (checkValue(figure, bad)) r.resolved.set(raw.id, figure);
}

function describeStated(f: Figure) {
	const q = `, qualifier ${f.qualifier}`;
	const date = f.month !== undefined ? ` of month ${f.month}` : '';
	const numerals = { hanzi: ' in Chinese numerals', implicit: ' with no number written' };
	return `${f.value}${date} ${f.unit}${q}${f.numerals ? numerals[f.numerals] : ''}`;
}

/** Value rules that depend on the kind; reports and returns false when one fails. */
function checkValue(f: Figure, bad: Bad): boolean {
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
