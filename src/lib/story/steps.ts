/**
 * The story's steps in reading order. Its own module, so that the page can list the steps without
 * bringing in the resolver (which formats figures, and only runs at build time).
 */
import type { StepView, StoryView } from './types';

export const allSteps = (story: Pick<StoryView, 'opening' | 'chapters'>): StepView[] => [
	...story.opening.steps,
	...story.chapters.flatMap((c) => c.steps)
];
