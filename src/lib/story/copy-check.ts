/**
 * The rules that hold the story's words to the source as figures are held: every quotation is a
 * registered quote or term, every attribution is tied to a register entry naming the same speaker,
 * every period the copy names is one its figures' sentences give, and Chinese punctuation is full
 * width. `buildStory` runs them on every string of copy; a broken rule fails the build.
 */
import type { Dataset, Figure } from '$lib/data/dataset';
import { ATTRIBUTION_VERB, escapeRegExp } from '$lib/data/claims';
import type { Claim, Speaker } from '$lib/data/schema';
import { readable } from '$lib/data/source-text';
import { SCENE_TYPES, sceneFigureIds } from '$lib/scenes/spec';
import { languageOf, SOURCE_LANGUAGE } from '$lib/languages';
import type { CopyString } from './copy';
import { parseOther } from './text';
import type { Content, Translation } from './types';
import { COPY_PERIOD_WORDS, periodWords } from './vocabulary';

/**
 * Where a sentence that gives a figure the story derives must say that it is the story's own
 * estimate: every string of a step, a chapter and the story's head, alt texts and notes included.
 */
const ESTIMATE_FIELDS =
	/^(?:meta\.description|opening\.dek|(?:opening|chapters\[\d+\])\.(?:steps\[\d+\]\.)?(?:title|headline|description|intro\[\d+\]|text\[\d+\]|caption|alt|notes|chartNote))$/;

/** Fields of another edition that hold Chinese, which the page marks as such. */
const ORIGINAL_PATH = /(\.zh|^ui\.otherLanguage(Name)?)$/;

/** What the checks need to know, built once from the dataset. */
export interface CopyFacts {
	claims: Map<string, Claim>;
	speakers: Map<string, Speaker>;
	figures: Map<string, Figure>;
	/** The source sentence (readable) of each figure stated in the source. */
	sentences: Map<string, string>;
	/** Readable passages of claims. */
	passages: Map<string, string>;
}

export function copyFacts(dataset: Dataset): CopyFacts {
	return {
		claims: new Map(dataset.claims.map((c) => [c.id, c])),
		speakers: new Map(dataset.speakers.map((s) => [s.id, s])),
		figures: new Map(dataset.figures.map((f) => [f.id, f])),
		sentences: new Map(Object.entries(dataset.sentences)),
		passages: new Map(dataset.claims.map((c) => [c.id, c.passage ? readable(c.passage) : '']))
	};
}

const REF = /\{[^{}]+\}/g;

/**
 * How the rules read an edition's words: where its sentences end, which verbs attribute words to
 * someone, how it names speakers, writes registered terms and names periods.
 */
export interface CopyLanguage {
	/** Whether the character at `i` of `text` ends a sentence. */
	endsSentence: (text: string, i: number) => boolean;
	verb: RegExp;
	speakerName: (s: Speaker) => string;
	/** A registered term or coinage as this edition writes it inside quotation marks. */
	termOf: (c: Claim) => string | null;
	periodWords: [RegExp, string[]][];
	/** An opening word that ties a sentence to one before it: no description starts with one. */
	connective: RegExp;
	/** Words that say the source gives no period for a figure. */
	noPeriod: RegExp;
	/** Words that mark a figure as the story's own estimate. */
	estimate: RegExp;
}

/** The source's own language: the dataset's words as they are. */
export const CHINESE: CopyLanguage = {
	endsSentence: (text, i) => '。！？'.includes(text[i]!),
	verb: ATTRIBUTION_VERB,
	speakerName: (s) => s.name,
	termOf: (c) => c.words ?? null,
	// The story's period words as its Chinese copy writes them (its vocabulary says which).
	periodWords: COPY_PERIOD_WORDS,
	connective:
		/^(?:此外|另外|另一|同时|与此同时|而且|并且|但是|但|不过|然而|因此|所以|于是|这|那|此|其|它|该|接着|然后|随后|再看|还|也|又|同样|最后|首先|其次|回到|总之|对此|为此)/,
	noPeriod: /(?:没有|未)(?:写明|注明|说明|给出)[^。；]{0,12}?(?:时段|时期|起算|时间)/,
	estimate: /推算|倒推/
};

/** An edition in translation: its own names, terms, verbs and period words. */
export const translated = (tr: Translation): CopyLanguage => ({
	// A full stop, ! or ? before a space or the end (not the point of 6.4, which is a reference).
	endsSentence: (text, i) => '.!?'.includes(text[i]!) && /^[\s”’)]*(\s|$)/.test(text.slice(i + 1)),
	verb: tr.attributionVerbs,
	speakerName: (s) => tr.speakers[s.id]?.name ?? s.name,
	termOf: (c) => tr.terms[c.id] ?? null,
	periodWords: tr.periodWords,
	connective: tr.connectives,
	noPeriod: tr.noPeriod,
	estimate: tr.estimate
});

/** The copy cut into sentences where `language` ends them, a reference never cut. */
function copySentences(text: string, language: CopyLanguage): string[] {
	const out: string[] = [];
	let current = '';
	for (const piece of text.split(/(\{[^{}]+\})/)) {
		if (piece.startsWith('{')) {
			current += piece;
			continue;
		}
		for (let i = 0; i < piece.length; i++) {
			current += piece[i];
			if (language.endsSentence(piece, i)) {
				out.push(current);
				current = '';
			}
		}
	}
	if (current.trim()) out.push(current);
	return out;
}

/** Ids of figures referred to in a text, and for derived ones their inputs, all the way down. */
function figuresBehind(ids: string[], facts: CopyFacts): Figure[] {
	const seen = new Map<string, Figure>();
	const visit = (id: string) => {
		const f = facts.figures.get(id);
		if (!f || seen.has(id)) return;
		seen.set(id, f);
		for (const input of f.derivation?.inputs ?? []) visit(input);
	};
	ids.forEach(visit);
	return [...seen.values()];
}

interface Where {
	/** Figures a sentence with no reference of its own speaks of: the step's scene. */
	sceneFigures?: string[];
	/** Figures every sentence speaks of, references or not: a label's own figure. */
	own?: string[];
	/** Leave out the period rule (names of periods, labels of the interface). */
	periods?: boolean;
	/** The edition's language; Chinese unless given. */
	language?: CopyLanguage;
}

/** Problems of one string of copy, as sentences for the build's error message. */
export function checkCopy(text: string, facts: CopyFacts, where: Where = {}): string[] {
	const problems: string[] = [];
	const language = where.language ?? CHINESE;
	const refs = (s: string) =>
		[...s.matchAll(REF)].map((m) => {
			const inner = m[0].slice(1, -1);
			try {
				return { inner, other: parseOther(inner) };
			} catch {
				return { inner, other: undefined };
			}
		});

	// Quotation marks: a {q:} reference draws its own; any other pair must hold a registered term.
	const bare = text.replace(/\{q:[^{}]*\}/g, '');
	const marks = [...bare.matchAll(/[“”]/g)];
	for (let i = 0; i < marks.length; i += 2) {
		const open = marks[i]!;
		const close = marks[i + 1];
		if (open[0] !== '“' || !close || close[0] !== '”') {
			problems.push(`unbalanced quotation marks in “${text}”`);
			break;
		}
		const inner = bare.slice(open.index + 1, close.index);
		const term = [...facts.claims.values()].find(
			(c) => (c.kind === 'term' || c.kind === 'coinage') && language.termOf(c) === inner
		);
		if (!term) {
			problems.push(
				`unregistered quotation “${inner}”: quote it with {q:id}, or register it in data/claims.json as a term (a phrase the source uses) or a coinage (the story's own)`
			);
		}
	}

	if (language !== CHINESE && bare.includes('"'))
		problems.push(`straight quotation mark in “${text}”: quote with {q:id}, or a term in “ ”`);

	for (const sentence of copySentences(text, language)) {
		const found = refs(sentence);
		const entries: Claim[] = [];
		for (const { inner, other } of found) {
			if (!other || other.kind === 'year') continue;
			const claim = facts.claims.get(other.id);
			if (!claim) {
				problems.push(`{${inner}}: no claim "${other.id}" in data/claims.json`);
				continue;
			}
			if (other.kind === 'quote' && claim.kind === 'paraphrase') {
				problems.push(`{${inner}}: "${claim.id}" is a paraphrase, with no words to quote`);
			}
			if (other.kind === 'speaker' && claim.speaker === null) {
				problems.push(`{${inner}}: the source gives no speaker for "${claim.id}"`);
			}
			entries.push(claim);
		}
		// What the copy says in its own words: references and registered terms in their marks out.
		const outside = sentence.replace(REF, '').replace(/“[^“”]*”/g, '“”');
		// A speaker named as the subject of a verb (陶青这样概括, 谢少锋在当天的发布会上说), or by a
		// {by:} reference; a name that is the object of a sentence (围绕《指导意见》) names no speaker.
		const named = new Set<string>();
		for (const s of facts.speakers.values()) {
			const subject = new RegExp(
				`${escapeRegExp(language.speakerName(s))}[^，。；：！？“”,.;:!?]{0,30}?(?:${language.verb.source})`
			);
			if (subject.test(outside)) named.add(s.id);
		}
		for (const { other } of found) {
			if (other?.kind === 'speaker') {
				const speaker = facts.claims.get(other.id)?.speaker;
				if (speaker) named.add(speaker);
			}
		}
		const speakersOf = new Set(entries.map((c) => c.speaker).filter((s) => s !== null));
		const verb = language.verb.exec(outside);
		if (verb) {
			if (entries.length === 0) {
				problems.push(
					`“${verb[0]}” attributes words to someone, but the sentence refers to no claim ({by:id} or {q:id}): ${sentence}`
				);
			} else if (speakersOf.size === 0) {
				problems.push(
					`“${verb[0]}” attributes words the source gives to no one (${entries.map((c) => c.id).join(', ')}): ${sentence}`
				);
			}
		}
		for (const id of named) {
			if (entries.length > 0 && !speakersOf.has(id)) {
				problems.push(
					`names ${facts.speakers.get(id)!.name}, but its claims are ${[...speakersOf].map((s) => facts.speakers.get(s)!.name).join(', ') || 'no one'}'s: ${sentence}`
				);
			}
		}
		for (const c of entries) {
			if (c.kind !== 'quote' || c.speaker === null) continue;
			if (!named.has(c.speaker)) {
				problems.push(
					`quotes ${facts.speakers.get(c.speaker)!.name} (${c.id}) without naming them in the sentence: ${sentence}`
				);
			}
		}

		if (where.periods === false) continue;
		const figureIds = found.filter((r) => !r.other).map((r) => r.inner.split('|')[0]!.trim());
		const ids = [
			...(where.own ?? []),
			...(figureIds.length > 0 || entries.length > 0 ? figureIds : (where.sceneFigures ?? []))
		];
		const behind = figuresBehind(ids, facts);
		const support = [
			...behind.map((f) => facts.sentences.get(f.id) ?? ''),
			// A figure's own period words (those of the year-earlier period, for a value which has
			// no sentence).
			...behind.flatMap((f) => periodWords(f.period)),
			...entries.map((c) => facts.passages.get(c.id) ?? '')
		].join('\n');
		for (const [re, forms] of language.periodWords) {
			const m = outside.match(re);
			if (m && !forms.some((form) => support.includes(form))) {
				problems.push(
					`names the period “${m[0]}”, which no figure or claim of its sentence has in the source: ${sentence}`
				);
			}
		}
	}

	return problems;
}

/**
 * Every string of a locale's copy (`copy`, from `copyStrings`) and of the dataset a reader sees,
 * held to the source and the register: the rules of `checkCopy`, full-width punctuation, and the
 * items of a list of someone's words verbatim in its entry's passage. Problems name where each is.
 */
export function checkStoryCopy(copy: CopyString[], content: Content, dataset: Dataset): string[] {
	const problems: string[] = [];
	const facts = copyFacts(dataset);
	const tr = content.translation;
	const language = tr ? translated(tr) : CHINESE;
	// The edition's own punctuation rule (full width in Chinese), if its language has one.
	const misplaced = languageOf(content.locale).typography.misplacedPunctuation;
	const sceneOf = new Map(
		[...content.opening.steps, ...content.chapters.flatMap((c) => c.steps)].map((st) => [
			st.slug,
			SCENE_TYPES.includes(st.scene.type) ? sceneFigureIds(st.scene) : []
		])
	);
	for (const { path, text, slug } of copy) {
		// A figure the story derives is called its own estimate in every sentence that gives it.
		if (ESTIMATE_FIELDS.test(path))
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
	}
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

	// A list of someone's words holds them verbatim, as its register entry's passage has them (in
	// translation, it is ours: the passage is shown beside it).
	for (const [key, list] of Object.entries(content.lists)) {
		if (list.claim === undefined) continue;
		const passage = facts.passages.get(list.claim);
		if (passage === undefined) {
			problems.push(`lists.${key}: no claim "${list.claim}" in data/claims.json`);
			continue;
		}
		if (tr) continue;
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
