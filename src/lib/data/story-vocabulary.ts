/**
 * A story's own vocabulary, which the engine does not know: its chapters in reading order (and
 * which one is the opening, before the first chapter), the parts of its source text, and the
 * periods its figures cover, each with the words that must be in a figure's sentence for the
 * period to be claimed. The story keeps it in its folder (`stories/<story>/vocab.json`); the
 * dataset is validated against it, and the site reads it through `$lib/story/vocabulary`.
 */
import * as v from 'valibot';
import { DatasetError, fieldOf, type DataFile, type Problem } from './problems.ts';
import { objectMessage } from './schema.ts';
import { SLUG } from './vocab.ts';

const id = (what: string) =>
	v.pipe(v.string(`${what} must be text`), v.regex(SLUG, `${what} must be lowercase ASCII words`));
const ids = (what: string) =>
	v.pipe(v.array(id(what), `${what}s must be a list`), v.minLength(1, `no ${what}s`));
const words = v.array(
	v.pipe(v.string('a word must be text'), v.minLength(1, 'a word must not be empty'))
);

export const StoryVocabularySchema = v.strictObject(
	{
		/** Every chapter a figure may belong to, in reading order. */
		chapters: ids('chapter id'),
		/** The chapter whose figures set the scene on the front page, before the story's chapters. */
		openingChapter: id('opening chapter'),
		/** The parts of the source text (a report each), in the order the source gives them. */
		parts: ids('part id'),
		/** Each period, with the source's words for it, any one of which its sentence must hold. */
		periods: v.record(id('period id'), words),
		/** The period of a figure whose sentence gives none: it has no words. */
		unstated: id('period id'),
		/** The period a year earlier, which a value derived from a growth rate or a change covers. */
		yearEarlier: id('period id'),
		/**
		 * Period words as the story's copy writes them (a regular expression) and the forms, any of
		 * which the source sentence must hold: the copy may write a period as the source does not.
		 */
		copyPeriodWords: v.array(
			v.strictObject({ copy: v.pipe(v.string(), v.minLength(1)), source: words }, objectMessage)
		)
	},
	objectMessage
);
export type StoryVocabulary = v.InferOutput<typeof StoryVocabularySchema>;

/** The story's vocabulary from its file; throws a DatasetError naming the file and the field. */
export function parseVocabulary(file: DataFile): StoryVocabulary {
	const parsed = v.safeParse(StoryVocabularySchema, file.content);
	if (!parsed.success) {
		throw new DatasetError(
			parsed.issues.map((issue) => ({
				file: file.path,
				field: fieldOf(issue, 0),
				message: issue.message
			}))
		);
	}
	const vocab = parsed.output;
	const problems: Problem[] = [];
	const bad = (field: string, message: string) =>
		problems.push({ file: file.path, field, message });
	if (!vocab.chapters.includes(vocab.openingChapter))
		bad('openingChapter', `"${vocab.openingChapter}" is not one of the chapters`);
	for (const field of ['unstated', 'yearEarlier'] as const) {
		if (!(vocab[field] in vocab.periods)) bad(field, `"${vocab[field]}" is not one of the periods`);
	}
	if (vocab.periods[vocab.unstated]?.length)
		bad('unstated', 'the period of a sentence that gives none has no words');
	for (const [i, { copy }] of vocab.copyPeriodWords.entries()) {
		try {
			new RegExp(copy);
		} catch {
			bad(`copyPeriodWords.${i}.copy`, `not a regular expression: ${copy}`);
		}
	}
	if (problems.length > 0) throw new DatasetError(problems);
	return vocab;
}
