/**
 * The story's steps in reading order. Its own module, so that the page can list the steps without
 * bringing in the resolver (which formats figures, and only runs at build time).
 */
import type { ChapterId } from '$lib/data/vocab';
import type { StepView, StoryView } from './types';
import { CHAPTERS, OPENING } from './vocabulary';

export const allSteps = (story: Pick<StoryView, 'opening' | 'chapters'>): StepView[] => [
	...story.opening.steps,
	...story.chapters.flatMap((c) => c.steps)
];

/** The steps a reader or presenter may show after this one: the next, then the one before. */
export function nearSteps(steps: StepView[], slug: string): StepView[] {
	const i = steps.findIndex((s) => s.slug === slug);
	return i < 0 ? [] : [steps[i + 1], steps[i - 1]].filter((s): s is StepView => !!s);
}

/** A chapter's name as the reader sees it; the opening has the interface's word for it. */
export const chapterNameOf = (
	story: Pick<StoryView, 'ui' | 'chapters'>,
	chapter: ChapterId
): string =>
	chapter === OPENING
		? story.ui.opening
		: (story.chapters.find((c) => c.id === chapter)?.name ?? '');

/** Every figure's id, by chapter in reading order, then in dataset order. */
export const figuresInReadingOrder = (story: Pick<StoryView, 'figures' | 'figureOrder'>) =>
	[...story.figureOrder].sort(
		(a, b) =>
			CHAPTERS.indexOf(story.figures[a]!.chapter) - CHAPTERS.indexOf(story.figures[b]!.chapter)
	);
