/**
 * The one schema of the dataset files in `data/figures/*.json`. The raw types are inferred from it;
 * the resolved `Figure` type in `dataset.ts` is built from these.
 *
 * The story's own words (its chapters, source parts and periods) come from its vocabulary file,
 * so the schemas that name them are made for a story by `storySchemas`. Field-level rules live here; rules that span fields or files (a source figure needs a value and
 * an excerpt, ids are unique, derived inputs exist) live in `validate.ts`.
 */
import * as v from 'valibot';
import { KINDS, OPS, QUALIFIER_NAMES, SLUG, UNIT_NAMES } from './vocab.ts';
import type { StoryVocabulary } from './story-vocabulary.ts';

const list = (names: readonly string[]) => names.join(', ');

const picklist = <T extends readonly string[]>(names: T, what: string) =>
	v.picklist(
		names as unknown as readonly [T[number], ...T[number][]],
		(issue) => `unknown ${what} ${JSON.stringify(issue.input)} (known: ${list(names)})`
	);

/** One message for the three ways an object can fail: not an object, a missing field, an unknown one. */
export const objectMessage = (issue: v.BaseIssue<unknown>) =>
	issue.expected === 'never'
		? 'unknown field'
		: issue.path?.length
			? 'missing'
			: 'must be an object';

const text = (what: string) =>
	v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} must not be empty`));

export const DerivationSchema = v.strictObject(
	{
		op: picklist(OPS, 'formula'),
		inputs: v.pipe(
			v.array(v.pipe(v.string('each input must be a figure id'), v.regex(SLUG, 'not a figure id'))),
			v.length(2, 'a formula takes exactly two inputs')
		),
		/** Decimal places to round to; negative rounds to tens (−1), hundreds (−2). */
		digits: v.pipe(
			v.number('digits must be a number'),
			v.integer('digits must be a whole number'),
			v.minValue(-4),
			v.maxValue(4)
		),
		/** Only 约 may be asked for: it weakens the computed bound, never strengthens it. */
		qualifier: v.optional(v.literal('约', 'only 约 may override a derived qualifier'))
	},
	objectMessage
);

/** Someone the source quotes or reports: a person, a meeting, a document. */
export const SpeakerSchema = v.strictObject(
	{
		id: v.pipe(v.string('id must be text'), v.regex(SLUG, 'id must be lowercase ASCII words')),
		/** As the source names them: 谢少锋, 会议, 《指导意见》. */
		name: text('name'),
		/** Their title, exactly as the source writes it before the name (工业和信息化部总工程师). */
		role: v.optional(text('role')),
		/** What a reader should know about how the source names them. */
		note: v.optional(text('note'))
	},
	objectMessage
);

/**
 * The schemas that name the story's own words: a figure's chapter and period, a file's or a
 * claim's source part. Their messages list the story's words, in its vocabulary's order.
 */
export const storySchemas = (vocab: StoryVocabulary) => ({
	RawFigureSchema: rawFigureSchema(vocab),
	...sourcesSchemas(vocab.parts),
	ClaimSchema: claimSchema(vocab.parts)
});

const rawFigureSchema = (vocab: StoryVocabulary) =>
	v.strictObject(
		{
			id: v.pipe(
				v.string('id must be text'),
				v.regex(SLUG, 'id must be lowercase ASCII words joined by hyphens')
			),
			label: text('label'),
			value: v.optional(
				v.pipe(v.number('value must be a number'), v.finite('value must be finite'))
			),
			unit: picklist(UNIT_NAMES, 'unit'),
			qualifier: v.optional(picklist(QUALIFIER_NAMES, 'qualifier')),
			kind: picklist(KINDS, 'kind'),
			period: picklist(Object.keys(vocab.periods), 'period'),
			chapter: picklist(vocab.chapters, 'chapter'),
			excerpt: v.optional(text('excerpt')),
			/** Month of a date figure; its value is the day. */
			month: v.optional(
				v.pipe(v.number(), v.integer('month must be whole'), v.minValue(1), v.maxValue(12))
			),
			/**
			 * The source writes this number in Chinese numerals (三个重点), or writes no number at all
			 * (亿元以上 is one hundred million yuan or more): shown as the source writes it.
			 */
			numerals: v.optional(picklist(['hanzi', 'implicit'] as const, 'numerals')),
			derived: v.optional(DerivationSchema)
		},
		objectMessage
	);

/** A file of figures, and the sources file: each names parts of the source. */
function sourcesSchemas(parts: readonly string[]) {
	const FigureFileSchema = v.strictObject(
		{
			/** The part of the source text every figure in this file comes from; absent for derived-only files. */
			part: v.optional(picklist(parts, 'source part')),
			figures: v.array(v.unknown(), 'figures must be a list')
		},
		objectMessage
	);

	const SourcePartSchema = v.strictObject(
		{
			id: picklist(parts, 'source part'),
			/** The words the part begins with in the source file, to tell where each report starts. */
			begins: text('begins'),
			title: text('title'),
			publisher: text('publisher'),
			description: text('description')
		},
		objectMessage
	);

	const SourcesFileSchema = v.strictObject(
		{
			file: text('file'),
			/**
			 * The source's date, YYYY-MM-DD: the press conference its reports come from. The reports
			 * write no year (今年); every year the story shows is derived from this one.
			 */
			date: v.pipe(v.string('date must be text'), v.isoDate('date must be written YYYY-MM-DD')),
			parts: v.array(SourcePartSchema, 'parts must be a list')
		},
		objectMessage
	);
	return { FigureFileSchema, SourcePartSchema, SourcesFileSchema };
}

/**
 * One entry of the claims register: words in quotation marks, or a statement the copy attributes
 * to someone, with the passage of the source that says who said it.
 */
const claimSchema = (parts: readonly string[]) =>
	v.strictObject(
		{
			id: v.pipe(v.string('id must be text'), v.regex(SLUG, 'id must be lowercase ASCII words')),
			/**
			 * quote: words quoted verbatim (a part of the source's words is fine); paraphrase: what
			 * someone said, in the story's words; term: a name or phrase the source uses (“小巨人”);
			 * coinage: the story's own word, marked as such, with a note.
			 */
			kind: picklist(['quote', 'paraphrase', 'term', 'coinage'] as const, 'kind'),
			part: v.optional(picklist(parts, 'source part')),
			/** A speaker id, or null where the source attributes the words to no one. */
			speaker: v.nullable(
				v.pipe(v.string('speaker must be a speaker id'), v.regex(SLUG, 'not a speaker id'))
			),
			/** The quoted words (figure references allowed: {id}), without the quotation marks. */
			words: v.optional(text('words')),
			/** The source passage that holds the words and says whose they are. */
			passage: v.optional(text('passage')),
			note: v.optional(text('note'))
		},
		objectMessage
	);

export const ClaimsFileSchema = v.strictObject(
	{
		speakers: v.array(v.unknown(), 'speakers must be a list'),
		claims: v.array(v.unknown(), 'claims must be a list')
	},
	objectMessage
);

export type StorySchemas = ReturnType<typeof storySchemas>;
export type RawFigure = v.InferOutput<StorySchemas['RawFigureSchema']>;
export type Derivation = v.InferOutput<typeof DerivationSchema>;
export type SourcePart = v.InferOutput<StorySchemas['SourcePartSchema']>;
export type Speaker = v.InferOutput<typeof SpeakerSchema>;
export type Claim = v.InferOutput<StorySchemas['ClaimSchema']>;
export type SourcesFile = v.InferOutput<StorySchemas['SourcesFileSchema']>;
