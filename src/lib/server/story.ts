/**
 * The story as the build renders it: resolved once from each edition's content and the dataset,
 * with the scene layouts registered for server rendering (the sticky scene, and every still figure).
 */
import dataset from 'virtual:dataset';
import editions from 'virtual:story-copy';
import { withLines } from '$lib/copy/locate';
import type { Locale } from '$lib/format';
import * as layouts from '$lib/scenes/layouts';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { allSteps, buildStory } from '$lib/story/resolve';
import type { StoryView } from '$lib/story/types';

/**
 * Each edition: the Chinese one, and the English one at /en. Its words come from the story's copy
 * files; a problem the build finds in them names the file and the line.
 */
export const stories: Record<Locale, StoryView> = {
	'zh-CN': withLines(editions['zh-CN'], (content) => buildStory(content, dataset)),
	en: withLines(editions.en, (content) => buildStory(content, dataset))
};
/** The Chinese edition: the story's own language, which files and data are named in. */
export const story = stories['zh-CN'];
provideLayouts(layouts);

/** Every step's slug, in reading order: the files each step has (its figure, its data). */
export const stepSlugs = allSteps(story).map((s) => s.slug);
