/**
 * The rules of the strings that travel alone: a page's title and description, read in a tab, a
 * bookmark, a search result or under a shared link, with nothing of the story around them. A
 * step's headline names its claim (its key figure with the qualifier, and the period where the
 * source gives one) and is the only one of its words; a description names the key figure with its
 * qualifier and the period as the source gives it, or says that it gives none, and never opens
 * from something before it (此外, “That remark…”). `buildStory` runs them; a broken rule fails the
 * build, naming the step and the field.
 */
import type { Dataset, Figure } from '$lib/data/dataset';
import { periodWords } from '$lib/story/vocabulary';
import type { CopyLanguage } from './copy-check';
import { parseOther, parseReference } from './text';
import type { Content, RichText } from './types';

const REF = /\{([^{}]+)\}/g;

/** The figure references of a text that print a figure whole: with its qualifier and unit. */
const wholeFigures = (text: RichText): string[] =>
	[...text.matchAll(REF)].flatMap((m) => {
		if (parseOther(m[1]!)) return [];
		const { id, options } = parseReference(m[1]!);
		return options.qualifier === false || options.unitShown === false ? [] : [id];
	});

/** The text a reader sees of `text` outside its references (a period word is never inside one). */
const words = (text: RichText) => text.replace(REF, ' ');

/** Whether `text` names the period of `figure` as the source gives it, in `language`. */
function namesPeriod(text: RichText, figure: Figure, language: CopyLanguage): boolean {
	const source = periodWords(figure.period);
	if (source.length === 0) return language.noPeriod.test(words(text));
	return language.periodWords.some(
		([re, forms]) =>
			forms.some((form) => source.some((w) => w.includes(form) || form.includes(w))) &&
			new RegExp(re.source, re.flags.replace('g', '')).test(words(text))
	);
}

/** What is wrong with a string that travels alone, about `key` (a figure id, or none). */
function aloneProblems(
	text: RichText,
	key: Figure | undefined,
	language: CopyLanguage,
	{ period = true, opening = true, noneSaid = true } = {}
): string[] {
	const problems: string[] = [];
	if (!text.trim()) return ['is empty'];
	if (opening && language.connective.test(text.trimStart()))
		problems.push(`opens from something before it (“${language.connective.exec(text)![0]}”)`);
	if (!key) return problems;
	if (!wholeFigures(text).includes(key.id))
		problems.push(`does not give its key figure {${key.id}} with its qualifier and unit`);
	// A date is its own time; every other figure is read with its period, or with none said (a
	// title names the period where the source gives one, and is too short to say it gives none).
	const source = periodWords(key.period);
	const none = source.length === 0;
	if (period && key.kind !== 'date' && (noneSaid || !none) && !namesPeriod(text, key, language))
		problems.push(
			source.length
				? `does not name the period of {${key.id}} as the source gives it (${source.join('、')})`
				: `does not say that the source gives no period for {${key.id}}`
		);
	return problems;
}

/** A step's or a chapter's headline and description, each standing alone, named for `where`. */
function headlineProblems(
	where: string,
	{ headline, description }: { headline: RichText; description: RichText },
	key: Figure | undefined,
	language: CopyLanguage
): string[] {
	return [
		...aloneProblems(headline, key, language, { opening: false, noneSaid: false }).map(
			(p) => `${where}: field "headline": ${p}`
		),
		...aloneProblems(description, key, language).map((p) => `${where}: field "description": ${p}`)
	];
}

/** The rules above, for every step, every chapter and the story. Problems name where each is. */
export function checkAlone(content: Content, dataset: Dataset, language: CopyLanguage): string[] {
	const figures = new Map(dataset.figures.map((f) => [f.id, f]));
	const problems: string[] = [];
	const steps = [...content.opening.steps, ...content.chapters.flatMap((c) => c.steps)];
	const headlines = new Map<string, string>();
	for (const step of steps) {
		const where = `step ${step.slug}`;
		const key = step.keyFigure ? figures.get(step.keyFigure) : undefined;
		if (step.keyFigure && !key)
			problems.push(`${where}: field "keyFigure": unknown figure ${step.keyFigure}`);
		const seen = headlines.get(step.headline.trim());
		if (seen) problems.push(`${where}: field "headline": the same as step ${seen}'s`);
		headlines.set(step.headline.trim(), step.slug);
		problems.push(...headlineProblems(where, step, key, language));
	}
	for (const chapter of content.chapters) {
		const key = figures.get(chapter.keyFigure);
		problems.push(...headlineProblems(`chapter ${chapter.id}`, chapter, key, language));
	}
	const first = figures.get(content.chapters[0]?.keyFigure ?? '');
	for (const p of aloneProblems(content.meta.description, first, language))
		problems.push(`meta: field "description": ${p}`);
	return problems;
}
