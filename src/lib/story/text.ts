/**
 * Parses content text into tokens: plain text, **strong** text, `{figure-id|options}` references,
 * which are formatted by `formatFigure`, and references to the claims register: `{q:claim-id}`
 * (the quoted words, in quotation marks), `{by:claim-id}` (the speaker's name; `{by:id|role}`
 * with their title) and `{year}` (the source's year). No HTML is ever read from content: the
 * tokens are rendered as text nodes, so a stray `<` in copy stays a `<`.
 */
import type { FormatOptions } from '$lib/format';
import { UNIT_NAMES, type Unit } from '$lib/data/vocab';
import type { Token } from './types';

const PIECE = /\{([^{}]+)\}|\*\*([^*]+)\*\*/g;

export interface Reference {
	id: string;
	options: FormatOptions;
}

/** A reference to the claims register, or to the source's year. */
export type OtherReference =
	{ kind: 'quote'; id: string } | { kind: 'speaker'; id: string; role: boolean } | { kind: 'year' };

/** Reads `q:id`, `by:id`, `by:id|role` or `year`; undefined for a figure reference. */
export function parseOther(inner: string): OtherReference | undefined {
	const text = inner.trim();
	if (text === 'year') return { kind: 'year' };
	const m = /^(q|by):([^|]+)(?:\|(.*))?$/.exec(text);
	if (!m) return undefined;
	const [, kind, id = '', option] = m;
	if (kind === 'q') {
		if (option !== undefined) throw new Error(`a quotation takes no option: {${text}}`);
		return { kind: 'quote', id: id.trim() };
	}
	if (option !== undefined && option.trim() !== 'role') {
		throw new Error(`unknown option "${option.trim()}" in {${text}}`);
	}
	return { kind: 'speaker', id: id.trim(), role: option !== undefined };
}

/** Reads `id|plain,bare,compact,d=1,u=亿元`; throws on an unknown option, naming it. */
export function parseReference(inner: string): Reference {
	const [id = '', optionText] = inner.split('|').map((s) => s.trim());
	const options: FormatOptions = {};
	for (const option of optionText ? optionText.split(',').map((s) => s.trim()) : []) {
		if (option === 'plain') options.qualifier = false;
		else if (option === 'bare') options.unitShown = false;
		else if (option === 'compact') options.compact = true;
		else if (/^d=-?\d$/.test(option)) options.digits = Number(option.slice(2));
		else if (option.startsWith('u=') && UNIT_NAMES.includes(option.slice(2) as Unit)) {
			options.unit = option.slice(2) as Unit;
		} else throw new Error(`unknown option "${option}" in {${inner}}`);
	}
	return { id, options };
}

/** Every figure reference in a text. */
export const referencesIn = (text: string): Reference[] =>
	[...text.matchAll(PIECE)]
		.filter((m) => m[1] !== undefined && !parseOther(m[1]))
		.map((m) => parseReference(m[1]!));

/** Every reference to the claims register (and to the year) in a text. */
export const otherReferencesIn = (text: string): OtherReference[] =>
	[...text.matchAll(PIECE)].flatMap((m) => {
		const ref = m[1] !== undefined ? parseOther(m[1]) : undefined;
		return ref ? [ref] : [];
	});

/**
 * Splits a text into tokens, formatting each figure reference with `format` and writing each
 * other reference with `other`; without `other`, such a reference is an error.
 */
export function tokenize(
	text: string,
	format: (ref: Reference) => string,
	other?: (ref: OtherReference) => Token[]
): Token[] {
	const tokens: Token[] = [];
	let last = 0;
	for (const m of text.matchAll(PIECE)) {
		if (m.index > last) tokens.push({ t: 'text', v: text.slice(last, m.index) });
		const otherRef = m[1] !== undefined ? parseOther(m[1]) : undefined;
		if (otherRef) {
			if (!other) throw new Error(`{${m[1]}} is not allowed here`);
			tokens.push(...other(otherRef));
		} else if (m[1] !== undefined) {
			const ref = parseReference(m[1]);
			tokens.push({ t: 'fig', v: format(ref), id: ref.id });
		} else {
			tokens.push({ t: 'strong', v: m[2]! });
		}
		last = m.index + m[0].length;
	}
	if (last < text.length) tokens.push({ t: 'text', v: text.slice(last) });
	return tokens;
}

/**
 * Tokens as plain text: what a title, a description, a card or an alt text carries alone. A
 * translated quotation's mark (a † linked to the original, on the page) becomes its words: “…”
 * (our translation).
 */
export const plain = (tokens: Token[]) =>
	tokens.map((t) => (t.t === 'tr' ? ` (${t.label})` : t.v)).join('');
