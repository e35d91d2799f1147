/**
 * The story as the build renders it: resolved once from the content and the dataset, with the
 * scene layouts registered for server rendering (the sticky scene, and every still figure).
 */
import dataset from 'virtual:dataset';
import content from '$content/zh-CN';
import * as layouts from '$lib/scenes/layouts';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { allSteps, buildStory } from '$lib/story/resolve';

export const story = buildStory(content, dataset);
provideLayouts(layouts);

/** Every step's slug, in reading order: the files each step has (its figure, its data). */
export const stepSlugs = allSteps(story).map((s) => s.slug);
