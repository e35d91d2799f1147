/**
 * The rules one string of copy is held to, sentence by sentence: quotation marks hold registered
 * terms, attributions are tied to register entries naming the same speaker, and every period a
 * sentence names is one its figures' sentences give.
 */
import type { Figure } from '$lib/data/dataset';
import { escapeRegExp } from '$lib/data/claims';
import type { Claim } from '$lib/data/schema';
import { CHINESE, type CopyFacts, type CopyLanguage } from './copy-language';
import { parseOther } from './text';
import { periodWords } from './vocabulary';

export const REF = /\{[^{}]+\}/g;

/** The copy cut into sentences where `language` ends them, a reference never cut. */
export function copySentences(text: string, language: CopyLanguage): string[] {
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
	const language = where.language ?? CHINESE;
	// Quotation marks: a {q:} reference draws its own; any other pair must hold a registered term.
	const bare = text.replace(/\{q:[^{}]*\}/g, '');
	const problems = quotationProblems(text, bare, facts, language);
	if (language !== CHINESE && bare.includes('"'))
		problems.push(`straight quotation mark in “${text}”: quote with {q:id}, or a term in “ ”`);
	for (const sentence of copySentences(text, language)) {
		const found = refs(sentence);
		const entries = claimsOf(found, facts, problems);
		// What the copy says in its own words: references and registered terms in their marks out.
		const outside = sentence.replace(REF, '').replace(/“[^“”]*”/g, '“”');
		problems.push(...attributionProblems(sentence, outside, found, entries, facts, language));
		if (where.periods === false) continue;
		problems.push(...periodProblems(sentence, outside, found, entries, facts, where, language));
	}
	return problems;
}

/** A reference of a sentence: its inner text, and what it refers to if not a figure. */
type Found = { inner: string; other: ReturnType<typeof parseOther> | undefined };

const refs = (s: string): Found[] =>
	[...s.matchAll(REF)].map((m) => {
		const inner = m[0].slice(1, -1);
		try {
			return { inner, other: parseOther(inner) };
		} catch {
			return { inner, other: undefined };
		}
	});

/** Each pair of quotation marks (outside {q:} references) holds a registered term or coinage. */
function quotationProblems(
	text: string,
	bare: string,
	facts: CopyFacts,
	language: CopyLanguage
): string[] {
	const problems: string[] = [];
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
	return problems;
}

/** The register's entries a sentence refers to, its references' mistakes added to `problems`. */
function claimsOf(found: Found[], facts: CopyFacts, problems: string[]): Claim[] {
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
	return entries;
}

/**
 * The speakers a sentence names: as the subject of a verb (陶青这样概括, 谢少锋在当天的发布会上说),
 * or by a {by:} reference; a name that is the object of a sentence (围绕《指导意见》) names no speaker.
 */
function namedSpeakers(
	outside: string,
	found: Found[],
	facts: CopyFacts,
	language: CopyLanguage
): Set<string> {
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
	return named;
}

/** Words attributed to someone are tied to register entries, whose speakers the sentence names. */
function attributionProblems(
	sentence: string,
	outside: string,
	found: Found[],
	entries: Claim[],
	facts: CopyFacts,
	language: CopyLanguage
): string[] {
	const problems: string[] = [];
	const named = namedSpeakers(outside, found, facts, language);
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
	return problems;
}

/** Every period a sentence names is one that its figures' or claims' source words give. */
function periodProblems(
	sentence: string,
	outside: string,
	found: Found[],
	entries: Claim[],
	facts: CopyFacts,
	where: Where,
	language: CopyLanguage
): string[] {
	const problems: string[] = [];
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
	return problems;
}
