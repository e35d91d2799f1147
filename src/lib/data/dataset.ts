/**
 * The resolved dataset: what `buildDataset` returns and the story reads. Every field of a figure
 * is validated; derived figures carry their inputs and formula, and their value is computed.
 */
import type { History } from './history.ts';
import type { Claim, RawFigure, SourcePart, Speaker } from './schema.ts';
import type { Op, PartId, Qualifier } from './vocab.ts';

export interface Figure extends Pick<
	RawFigure,
	'id' | 'label' | 'unit' | 'kind' | 'period' | 'chapter' | 'month' | 'numerals'
> {
	value: number;
	qualifier: Qualifier;
	/** Where the source states it; null for derived figures. */
	source: { part: PartId; excerpt: string } | null;
	/** How it was computed; null for figures stated in the source. */
	derivation: { op: Op; inputs: [string, string]; digits: number; raw: number } | null;
}

export interface Dataset {
	/** The source's date, YYYY-MM-DD: every year the story shows comes from it. */
	date: string;
	/** In file order: each source part's figures, then the derived ones. */
	figures: Figure[];
	parts: SourcePart[];
	/** The sentence of the source (up to its 。, line breaks rejoined) that states each figure. */
	sentences: Record<string, string>;
	/** The claims register: who is quoted, and every quotation and attribution the copy makes. */
	speakers: Speaker[];
	claims: Claim[];
	/** When each edition was published and last updated, and every correction since. */
	history: History;
}

/** Looks figures up by id; a missing id is a programming error and throws, naming it. */
export function indexFigures(figures: readonly Figure[]) {
	const byId = new Map(figures.map((f) => [f.id, f]));
	return (id: string): Figure => {
		const figure = byId.get(id);
		if (!figure) throw new Error(`Unknown figure id "${id}"`);
		return figure;
	};
}
