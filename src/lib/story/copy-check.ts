/**
 * The rules that hold the story's words to the source as figures are held: every quotation is a
 * registered quote or term, every attribution is tied to a register entry naming the same speaker,
 * every period the copy names is one its figures' sentences give, and Chinese punctuation is full
 * width. `buildStory` runs them on every string of copy; a broken rule fails the build.
 */
import type { Dataset } from '$lib/data/dataset';
import { readable } from '$lib/data/source-text';
import { SCENE_TYPES, sceneFigureIds } from '$lib/scenes/spec';
import { languageOf, SOURCE_LANGUAGE } from '$lib/languages';
import type { CopyString } from './copy';
import { CHINESE, copyFacts, translated, type CopyFacts, type CopyLanguage } from './copy-language';
import { checkCopy, copySentences, REF } from './copy-sentence';
import { parseOther } from './text';
import type { Content } from './types';

export { CHINESE, copyFacts, translated, type CopyFacts, type CopyLanguage } from './copy-language';
export { checkCopy } from './copy-sentence';

/**
 * Where a sentence that gives a figure the story derives must say that it is the story's own
 * estimate: every string of a step, a chapter and the story's head, alt texts and notes included.
 */
const ESTIMATE_FIELDS =
	/^(?:meta\.description|opening\.dek|(?:opening|chapters\[\d+\])\.(?:steps\[\d+\]\.)?(?:title|headline|description|intro\[\d+\]|text\[\d+\]|caption|alt|notes|chartNote))$/;

/** Fields of another edition that hold Chinese, which the page marks as such. */
const ORIGINAL_PATH = /(\.zh|^ui\.otherLanguage(Name)?)$/;

/**
 * Every string of a locale's copy (`copy`, from `copyStrings`) and of the dataset a reader sees,
 * held to the source and the register: the rules of `checkCopy`, full-width punctuation, and the
 * items of a list of someone's words verbatim in its entry's passage. Problems name where each is.
 */
export function checkStoryCopy(copy: CopyString[], content: Content, dataset: Dataset): string[] {
	const facts = copyFacts(dataset);
	const tr = content.translation;
	const language = tr ? translated(tr) : CHINESE;
	const check = copyStringCheck(content, facts, language);
	return [
		...copy.flatMap(check),
		...dataStringProblems(dataset, facts),
		...listProblems(content, facts)
	];
}

/** The problems of one string of an edition's copy, named as the build names its field. */
function copyStringCheck(
	content: Content,
	facts: CopyFacts,
	language: CopyLanguage
): (string: CopyString) => string[] {
	// The edition's own punctuation rule (full width in Chinese), if its language has one.
	const misplaced = languageOf(content.locale).typography.misplacedPunctuation;
	const sceneOf = new Map(
		[...content.opening.steps, ...content.chapters.flatMap((c) => c.steps)].map((st) => [
			st.slug,
			SCENE_TYPES.includes(st.scene.type) ? sceneFigureIds(st.scene) : []
		])
	);
	return ({ path, text, slug }) => {
		const problems = estimateProblems(path, text, facts, language);
		// Names of periods and of the interface, and the glossary's definitions, claim no period.
		// So do a translation's quotations, names and reports (the source's words, translated).
		const vocabulary =
			/^(periods|periodTags|kinds|formulas|ui|names|closing\.glossary|translation\.(quotes|terms|speakers|sources))\b/.test(
				path
			);
		// A step's string speaks of its scene's figures; a figure's label, of that figure.
		const label = /^(?:figureLabels|translation\.labels)\.(.+)$/.exec(path)?.[1];
		const sceneFigures = slug ? sceneOf.get(slug) : label ? [label] : undefined;
		const opts = { periods: !vocabulary, sceneFigures, own: label ? [label] : [], language };
		// Named as the build names a step's fields elsewhere: step pilot-fields: field "text.0".
		const field = /\.steps\[\d+\]\.(.+)$/.exec(path)?.[1]?.replace(/\[(\d+)\]/g, '.$1');
		const where = slug && field ? `step ${slug}: field "${field}"` : path;
		// Chinese in another edition (a glossary's term) is the source's own words, shown as such.
		const original = language !== CHINESE && ORIGINAL_PATH.test(path);
		if (!original) for (const p of checkCopy(text, facts, opts)) problems.push(`${where}: ${p}`);
		if (misplaced) {
			for (const bad of misplaced(text))
				problems.push(`${where}: half-width punctuation in Chinese text: ${bad}`);
		} else if (!original && SOURCE_LANGUAGE.typography.script.test(text)) {
			// Chinese in another edition only where the page marks it as Chinese (its `lang`).
			problems.push(`${where}: Chinese text outside a field shown as Chinese: ${text}`);
		}
		return problems;
	};
}

/** A figure the story derives is called its own estimate in every sentence that gives it. */
function estimateProblems(
	path: string,
	text: string,
	facts: CopyFacts,
	language: CopyLanguage
): string[] {
	const problems: string[] = [];
	if (!ESTIMATE_FIELDS.test(path)) return problems;
	for (const sentence of copySentences(text, language)) {
		const derived = [...sentence.matchAll(REF)]
			.map((m) => m[0].slice(1, -1))
			.filter((inner) => !parseOther(inner))
			.map((inner) => inner.split('|')[0]!.trim())
			.filter((id) => facts.figures.get(id)?.derivation);
		if (derived.length && !language.estimate.test(sentence.replace(REF, '')))
			problems.push(
				`${path}: gives {${derived[0]}}, the story's own estimate, without saying so (${language.estimate.source}): ${sentence}`
			);
	}
	return problems;
}

/** The dataset's own strings a reader sees: the source's words, in Chinese. */
function dataStringProblems(dataset: Dataset, facts: CopyFacts): string[] {
	const problems: string[] = [];
	const dataStrings = [
		...dataset.figures.map((f) => [`figure ${f.id}: label`, f.label] as const),
		...dataset.parts.flatMap((p) =>
			(['title', 'publisher', 'description'] as const).map(
				(k) => [`source ${p.id}: ${k}`, p[k]] as const
			)
		),
		...dataset.speakers.map((sp) => [`speaker ${sp.id}: note`, sp.note ?? ''] as const),
		...dataset.claims.map((c) => [`claim ${c.id}: note`, c.note ?? ''] as const)
	];
	for (const [where, text] of dataStrings) {
		for (const p of checkCopy(text, facts, { periods: false })) problems.push(`${where}: ${p}`);
		for (const bad of SOURCE_LANGUAGE.typography.misplacedPunctuation?.(text) ?? [])
			problems.push(`${where}: half-width punctuation in Chinese text: ${bad}`);
	}
	return problems;
}

/**
 * A list of someone's words holds them verbatim, as its register entry's passage has them (in
 * translation, it is ours: the passage is shown beside it).
 */
function listProblems(content: Content, facts: CopyFacts): string[] {
	const problems: string[] = [];
	for (const [key, list] of Object.entries(content.lists)) {
		if (list.claim === undefined) continue;
		const passage = facts.passages.get(list.claim);
		if (passage === undefined) {
			problems.push(`lists.${key}: no claim "${list.claim}" in data/claims.json`);
			continue;
		}
		if (content.translation) continue;
		list.items.forEach((item, i) => {
			if (!passage.includes(readable(item))) {
				problems.push(
					`lists.${key}.items[${i}]: not verbatim in the passage of ${list.claim}: ${item}`
				);
			}
		});
	}
	return problems;
}
