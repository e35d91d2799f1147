/**
 * The claims register (`data/claims.json`): who said what, held to the source as figures are. Every
 * quotation and attribution in the copy refers to an entry here; an entry is checked against the
 * source text: quoted words verbatim, and the passage that says whose they are.
 */
import * as v from 'valibot';
import { readable, sentences } from './source-text.ts';
import {
	ClaimsFileSchema,
	SpeakerSchema,
	type Claim,
	type Speaker,
	type StorySchemas
} from './schema.ts';

/**
 * Verbs that attribute words to someone. 说明, 说法 and 说话人 are not. Copy keeps 表示 and 介绍
 * for attribution only (a chart 代表 a value; a qualifier 指 a bound; a note 讲解 a chart), so the
 * check needs no guessing.
 */
export const ATTRIBUTION_VERB =
	/说(?!明|法|话人)|表示|指出|认为|介绍|谈到|概括|评价|强调|要求|提出/;

export interface Register {
	speakers: Speaker[];
	claims: Claim[];
}

interface Reporter {
	(id: string | undefined, field: string | undefined, message: string): void;
}

/** `s` matched literally inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `passage` attributes `words` to `speaker`: the words are inside quotation marks that the
 * speaker's name and a verb close or open (“……”谢少锋表示; 谢少锋说：“……”), or they follow the
 * speaker's name and a verb in one sentence (谢少锋介绍，……).
 */
export function attributes(passage: string, words: string, speaker: Speaker): boolean {
	const p = readable(passage);
	const w = readable(words);
	const name = escapeRegExp(speaker.name);
	const role = speaker.role ? `(?:${escapeRegExp(readable(speaker.role))})?` : '';
	const verb = ATTRIBUTION_VERB.source;
	const said = `${role}${name}(?:在[^，。“”]{0,12})?(?:${verb})`;
	for (let at = p.indexOf(w); at >= 0; at = p.indexOf(w, at + 1)) {
		const open = p.lastIndexOf('“', at);
		const close = p.indexOf('”', at + w.length);
		const quoted =
			open >= 0 &&
			close >= 0 &&
			!p.slice(open + 1, at).includes('”') &&
			!p.slice(at + w.length, close).includes('“');
		if (quoted) {
			if (new RegExp(`^${said}`).test(p.slice(close + 1))) return true;
			if (new RegExp(`${said}[：，]?$`).test(p.slice(0, open))) return true;
		}
		const sentence = sentences(p).find((s) => s.at <= at && at < s.at + s.text.length);
		if (sentence && new RegExp(said).test(p.slice(sentence.at, at))) return true;
	}
	return false;
}

/**
 * Validates the register against the source's parts (`claimSchema` names the story's parts).
 * `render` writes a claim's words as a reader sees them (figure references formatted) or returns
 * an error message.
 */
export function checkRegister(
	content: unknown,
	parts: Map<string, string>,
	claimSchema: StorySchemas['ClaimSchema'],
	render: (words: string) => string | { error: string },
	report: Reporter
): Register {
	const file = v.safeParse(ClaimsFileSchema, content);
	if (!file.success) {
		for (const issue of file.issues)
			report(undefined, issue.path?.[0]?.key as string, issue.message);
		return { speakers: [], claims: [] };
	}
	const whole = [...parts.values()].join('');
	const speakers = checkSpeakers(file.output.speakers, whole, report);
	const claims: Claim[] = [];
	const ids = new Set<string>();
	file.output.claims.forEach((item, i) => {
		const parsed = v.safeParse(claimSchema, item);
		const id = (item as { id?: string })?.id ?? `#${i + 1} (no id)`;
		if (!parsed.success) {
			for (const issue of parsed.issues)
				report(id, issue.path?.map((p) => p.key).join('.'), issue.message);
			return;
		}
		const c = parsed.output;
		const bad = (field: string, message: string) => report(c.id, field, message);
		if (ids.has(c.id)) bad('id', 'duplicate claim id');
		ids.add(c.id);
		checkClaim(c, { speakers, parts, whole, render }, bad);
		claims.push(c);
	});
	return { speakers: [...speakers.values()], claims };
}

/** The register's speakers, by id: each named in the source, with the title it gives them. */
function checkSpeakers(items: unknown[], whole: string, report: Reporter) {
	const speakers = new Map<string, Speaker>();
	items.forEach((item, i) => {
		const parsed = v.safeParse(SpeakerSchema, item);
		const id = (item as { id?: string })?.id ?? `speaker #${i + 1}`;
		if (!parsed.success) {
			for (const issue of parsed.issues)
				report(id, issue.path?.map((p) => p.key).join('.'), issue.message);
			return;
		}
		const s = parsed.output;
		if (speakers.has(s.id)) report(s.id, 'id', 'duplicate speaker id');
		if (!whole.includes(readable(s.name))) report(s.id, 'name', 'not in the source text');
		if (s.role && !whole.includes(readable(s.role + s.name))) {
			report(s.id, 'role', `the source never writes “${s.role}${s.name}”`);
		}
		speakers.set(s.id, s);
	});
	return speakers;
}

type Bad = (field: string, message: string) => void;
type ClaimField = 'words' | 'passage' | 'part' | 'note';

/** One claim: its speaker, its words, and what its kind needs of the source. */
function checkClaim(
	c: Claim,
	known: {
		speakers: Map<string, Speaker>;
		parts: Map<string, string>;
		whole: string;
		render: (words: string) => string | { error: string };
	},
	bad: Bad
): void {
	const speaker = c.speaker === null ? null : known.speakers.get(c.speaker);
	if (speaker === undefined) bad('speaker', `unknown speaker "${c.speaker}"`);
	const partText = c.part ? known.parts.get(c.part) : undefined;
	const needs = (field: ClaimField) => {
		if (c[field] === undefined) bad(field, `missing (a ${c.kind} needs it)`);
		return c[field] !== undefined;
	};
	let words: string | undefined;
	if (c.kind !== 'paraphrase' && needs('words')) {
		const shown = known.render(c.words!);
		if (typeof shown === 'object') bad('words', shown.error);
		else words = shown;
	} else if (c.kind === 'paraphrase' && c.words !== undefined) {
		bad('words', 'a paraphrase quotes no words: make it a quote, or remove them');
	}
	if (c.kind === 'coinage') {
		needs('note');
		// A single character (约) is in the source inside other words (签约): only longer ones tell.
		if (words !== undefined && [...words].length > 1 && known.whole.includes(readable(words))) {
			bad('kind', 'these words are in the source: register them as a term');
		}
		return;
	}
	if (!needs('part') || !partText) return;
	checkPassage(c, { words, speaker, partText }, needs, bad);
}

/** A claim held to its part of the source: its passage, and the words the passage attributes. */
function checkPassage(
	c: Claim,
	{
		words,
		speaker,
		partText
	}: { words: string | undefined; speaker: Speaker | null | undefined; partText: string },
	needs: (field: ClaimField) => boolean,
	bad: Bad
): void {
	const passage = c.passage ? readable(c.passage) : undefined;
	if (passage !== undefined && !partText.includes(passage)) {
		bad('passage', `not in the source's ${c.part} part (compared with line breaks rejoined)`);
	}
	if (c.kind === 'term') {
		if (words !== undefined && !partText.includes(readable(words))) {
			bad('words', `“${words}” is not in the source's ${c.part} part`);
		}
	} else if (needs('passage') && passage !== undefined && partText.includes(passage)) {
		if (c.kind === 'paraphrase' && speaker === null) {
			bad('speaker', 'a paraphrase says whose words it gives: name the speaker');
		}
		if (speaker && !passage.includes(readable(speaker.name))) {
			bad('passage', `does not name the speaker ${speaker.name}`);
		}
		if (c.kind === 'quote' && words !== undefined) {
			if (!passage.includes(readable(words))) {
				bad('words', `not verbatim in the passage: “${words}”`);
			} else if (speaker && !attributes(passage, words, speaker)) {
				bad(
					'speaker',
					`the passage does not attribute “${words}” to ${speaker.name}: the words must be in quotation marks closed or opened by the name and a verb, or follow “${speaker.name}表示/说/介绍…” in one sentence`
				);
			}
		}
	}
}
