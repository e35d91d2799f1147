/**
 * The story's vocabulary, as the build read and validated it from the story's folder (see
 * `$lib/data/story-vocabulary`): what the site needs of the story's own words, for the page, the
 * browser and the copy checks alike. The engine compares with these; it names none of them.
 */
import vocabulary from 'virtual:dataset/vocabulary';
import type { ChapterId, PartId, Period, StoryChapterId } from '$lib/data/vocab';

/** Every chapter a figure may belong to, in reading order, the opening included. */
export const CHAPTERS: readonly ChapterId[] = vocabulary.chapters;
/** The chapter of the front page: its steps belong to the story's own page, before the chapters. */
export const OPENING: ChapterId = vocabulary.openingChapter;
/** The chapters that have their own page and section, in reading order. */
export const STORY_CHAPTERS: readonly StoryChapterId[] = CHAPTERS.filter((c) => c !== OPENING);
/** The parts of the source text, in its order. */
export const PARTS: readonly PartId[] = vocabulary.parts;
/** Each period, with the words the source uses for it (none for the unstated period). */
export const PERIODS: Readonly<Record<Period, readonly string[]>> = vocabulary.periods;
/** The period of a figure whose sentence gives none: a chart or table then shows no period. */
export const UNSTATED: Period = vocabulary.unstated;
/** The source's words for a period: none for a period the story does not know. */
export const periodWords = (period: Period): readonly string[] => PERIODS[period] ?? [];
/**
 * Period words as the copy writes them, and the forms any of which a source sentence must hold
 * for the copy to name that period.
 */
export const COPY_PERIOD_WORDS: [RegExp, string[]][] = vocabulary.copyPeriodWords.map(
	({ copy, source }) => [new RegExp(copy, 'g'), source]
);
