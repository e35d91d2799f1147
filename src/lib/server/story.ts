/**
 * The story as the build renders it: resolved once from each edition's content and the dataset,
 * with the scene layouts registered for server rendering (the sticky scene, and every still figure).
 */
import dataset from 'virtual:dataset';
import zh from '$content/zh-CN';
import en from '$content/en';
import type { Locale } from '$lib/format';
import * as layouts from '$lib/scenes/layouts';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { allSteps, buildStory } from '$lib/story/resolve';
import type { StoryView } from '$lib/story/types';

/** Each edition: the Chinese one, and the English one at /en. */
export const stories: Record<Locale, StoryView> = {
	'zh-CN': buildStory(zh, dataset),
	en: buildStory(en, dataset)
};
/** The Chinese edition: the story's own language, which files and data are named in. */
export const story = stories['zh-CN'];
provideLayouts(layouts);

/** Every step's slug, in reading order: the files each step has (its figure, its data). */
export const stepSlugs = allSteps(story).map((s) => s.slug);
