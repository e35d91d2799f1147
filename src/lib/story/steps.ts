/**
 * The story's steps in reading order. Its own module, so that the page can list the steps without
 * bringing in the resolver (which formats figures, and only runs at build time).
 */
import type { ChapterId } from '$lib/data/vocab';
import type { Locale } from '$lib/format';
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

/**
 * A step's own page: `/<chapter>/<step>` (`/financing/credit-loans`), or `/<step>` for a step of
 * the opening, which belongs to the front page. Without the base path.
 */
export const stepPath = (step: Pick<StepView, 'slug' | 'chapter'>): string =>
	step.chapter === OPENING ? `/${step.slug}` : `/${step.chapter}/${step.slug}`;

/** Every figure's id, by chapter in reading order, then in dataset order. */
export const figuresInReadingOrder = (story: Pick<StoryView, 'figures' | 'figureOrder'>) =>
	[...story.figureOrder].sort(
		(a, b) =>
			CHAPTERS.indexOf(story.figures[a]!.chapter) - CHAPTERS.indexOf(story.figures[b]!.chapter)
	);

/** Where an edition's pages live: the Chinese at the root, the English under /en. */
const EDITION_PREFIX: Record<Locale, string> = { 'zh-CN': '', en: '/en' };

/** A page's path in an edition: `/` and `/growth` in Chinese are `/en` and `/en/growth`. */
export const inEdition = (locale: Locale, path: string): string =>
	EDITION_PREFIX[locale] ? `${EDITION_PREFIX[locale]}${path === '/' ? '' : path}` : path;

/** The one-file editions, side by side in the build's folder. */
export const SINGLE_FILES: Record<Locale, string> = { 'zh-CN': 'story.html', en: 'story.en.html' };
