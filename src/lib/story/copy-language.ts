/**
 * What the copy rules know of an edition's language (where sentences end, which verbs attribute
 * words, how speakers and terms are written) and of the dataset (claims, speakers, figures, the
 * source's sentences), built once for a check of every string.
 */
import type { Dataset, Figure } from '$lib/data/dataset';
import { ATTRIBUTION_VERB } from '$lib/data/claims';
import type { Claim, Speaker } from '$lib/data/schema';
import { readable } from '$lib/data/source-text';
import type { Translation } from './types';
import { COPY_PERIOD_WORDS } from './vocabulary';

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
