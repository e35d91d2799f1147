/**
 * An edition's dates and corrections, from the story's history (`data/dates.json`,
 * `data/corrections.json`, validated with the dataset): what the opening, the closing, each step,
 * the page's metadata, the sitemap and the feed say about when the story was published and what
 * it has corrected since.
 */
import { lastChanged, type History } from '$lib/data/history';
import { formatDate, type Locale } from '$lib/format';
import type { CorrectionView, DatesView, DateView, RichText, Token } from './types';

export function editionHistory(
	history: History,
	locale: Locale,
	rich: (text: RichText, where: string) => Token[]
) {
	const day = (iso: string): DateView => ({ iso, text: formatDate(iso, locale) });
	const own = history.dates[locale];
	const dates: DatesView = {
		published: day(own.published),
		// A correction on the day of publication is a change, but no later update to show.
		modified: own.modified && own.modified > own.published ? day(own.modified) : null,
		lastChanged: lastChanged(own)
	};
	const corrections: CorrectionView[] = history.corrections
		.filter((c) => c.editions.includes(locale))
		.map((c) => {
			const words = c.text[locale]!;
			const where = (field: string) =>
				`${history.correctionsFile}, correction "${c.id}", field "text.${locale}.${field}"`;
			return {
				id: c.id,
				date: day(c.date),
				steps: c.steps,
				figures: c.figures,
				wrong: rich(words.wrong, where('wrong')),
				now: rich(words.now, where('now')),
				why: rich(words.why, where('why'))
			};
		});
	return {
		dates,
		corrections,
		/** The corrections a step shows: those naming it, or a figure it shows. */
		on: (slug: string, figureIds: Iterable<string>) => {
			const shown = new Set(figureIds);
			return corrections.filter(
				(c) => c.steps.includes(slug) || c.figures.some((f) => shown.has(f))
			);
		},
		/** Every step a correction names that the story does not have, as a problem. */
		unknownSteps: (slugs: ReadonlySet<string>) =>
			history.corrections.flatMap((c) =>
				c.steps.flatMap((slug, i) =>
					slugs.has(slug)
						? []
						: [
								`${history.correctionsFile}, correction "${c.id}", field "steps.${i}": no step "${slug}" in the story`
							]
				)
			)
	};
}
