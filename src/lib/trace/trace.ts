/**
 * Where a figure comes from, as its source panel tells it: for a figure the source states, its
 * sentence in the source with the words that state it marked, and the report; for a figure the
 * story derives, its formula and its inputs, each traceable in turn; for both, the period as the
 * source gives it (or that it gives none) and what its qualifier means. Pure: the panel draws it,
 * the tests read it.
 */
import type { MarkedSentences } from '$lib/data/sentences';
import { QUALIFIERS } from '$lib/data/vocab';
import { periodWords, UNSTATED } from '$lib/story/vocabulary';
import type { BrowserStory, UiKey } from '$lib/story/types';

/** What the panel reads of the story. */
export type TraceStory = Pick<BrowserStory, 'figures' | 'ui' | 'year' | 'reports'>;

export interface Trace {
	id: string;
	/** What the figure measures, and the figure as the story shows it. */
	label: string;
	text: string;
	/** A figure the source states: its sentence, cut around the words that state it. */
	sentence: { before: string; mark: string; after: string } | null;
	/** The report that states it, with its publisher. */
	report: string | null;
	/** The period as the story names it; null where the source gives none. */
	period: string | null;
	/** The source's own words for the period, for a figure it states. */
	periodWords: string | null;
	/** The period names a year, which the source never writes (it says 今年). */
	yearSupplied: boolean;
	/** The source's qualifier (null when the number is exact), and what it means. */
	qualifier: { word: string | null; meaning: string };
	/** A figure the story derives: its formula, and its inputs. */
	formula: string | null;
	inputs: { id: string; label: string; text: string }[];
}

/** What a qualifier says about the true value. */
function meaningOf(qualifier: keyof typeof QUALIFIERS, ui: Record<UiKey, string>): string {
	if (qualifier === '以上') return ui.traceAtLeast;
	const direction = QUALIFIERS[qualifier].direction;
	return direction === 'above'
		? ui.traceAbove
		: direction === 'below'
			? ui.traceBelow
			: direction === 'approx'
				? ui.traceApprox
				: ui.traceExact;
}

/** The figure's trace, or null for an id the story does not have. */
export function traceOf(id: string, story: TraceStory, sentences: MarkedSentences): Trace | null {
	const f = story.figures[id];
	if (!f) return null;
	const marked = f.source ? sentences[id] : undefined;
	const sentence = marked
		? {
				before: marked[0].slice(0, marked[1]),
				mark: marked[0].slice(marked[1], marked[1] + marked[2]),
				after: marked[0].slice(marked[1] + marked[2])
			}
		: null;
	const words = periodWords(f.period);
	return {
		id,
		label: f.label,
		text: f.text,
		sentence,
		report: f.source ? (story.reports[f.source.part] ?? null) : null,
		period: f.period === UNSTATED ? null : f.periodLabel,
		periodWords: f.source && words.length > 0 ? words.join(story.ui.listSeparator) : null,
		yearSupplied: f.period !== UNSTATED && f.periodLabel.includes(String(story.year)),
		qualifier: {
			word: f.qualifier === 'exact' ? null : f.qualifier,
			meaning: meaningOf(f.qualifier, story.ui)
		},
		formula: f.derivation ? f.formula : null,
		inputs: (f.derivation?.inputs ?? []).flatMap((input) => {
			const g = story.figures[input];
			return g ? [{ id: input, label: g.label, text: g.text }] : [];
		})
	};
}
