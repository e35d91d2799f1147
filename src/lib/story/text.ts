/**
 * Parses content text into tokens: plain text, **strong** text and `{figure-id|options}`
 * references, which are formatted by `formatFigure`. No HTML is ever read from content: the
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
	[...text.matchAll(PIECE)].filter((m) => m[1] !== undefined).map((m) => parseReference(m[1]!));

/** Splits a text into tokens, formatting each reference with `format`. */
export function tokenize(text: string, format: (ref: Reference) => string): Token[] {
	const tokens: Token[] = [];
	let last = 0;
	for (const m of text.matchAll(PIECE)) {
		if (m.index > last) tokens.push({ t: 'text', v: text.slice(last, m.index) });
		if (m[1] !== undefined) {
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

/** Tokens as plain text, for alt text, titles and notes. */
export const plain = (tokens: Token[]) => tokens.map((t) => t.v).join('');
