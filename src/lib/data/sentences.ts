/**
 * Each stated figure's sentence in the source, with the words that state the figure marked: what
 * the source panel shows (see $lib/trace). Computed at build time from the validated dataset, so
 * the mark is where the build found the figure stated.
 */
import type { Dataset } from './dataset.ts';
import { statementAt } from './excerpt.ts';
import { readable } from './source-text.ts';

/** By figure id: the sentence (readable: lines rejoined, punctuation full width), where the words
 * stating the figure begin in it, and how long they are. */
export type MarkedSentences = Record<string, [sentence: string, at: number, length: number]>;

export function markedSentences(dataset: Pick<Dataset, 'figures' | 'sentences'>): MarkedSentences {
	const out: MarkedSentences = {};
	for (const f of dataset.figures) {
		const sentence = dataset.sentences[f.id];
		if (!f.source || sentence === undefined) continue;
		const excerpt = readable(f.source.excerpt);
		const start = sentence.indexOf(excerpt);
		const stated = start < 0 ? undefined : statementAt(excerpt, f);
		// The dataset's validation found both; not finding them here is a bug, not bad data.
		if (!stated) throw new Error(`figure ${f.id}: its statement is not in its sentence`);
		out[f.id] = [sentence, start + stated.at, stated.text.length];
	}
	return out;
}
