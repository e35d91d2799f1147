/**
 * The story as the build renders it: resolved once from each edition's content and the dataset,
 * with the scene layouts registered for server rendering (the sticky scene, and every still figure).
 */
import dataset from 'virtual:dataset';
import zh from '$content/zh-CN';
import en from '$content/en';
import { LOCALES, SOURCE_LOCALE, type Locale } from '$lib/languages';
import * as layouts from '$lib/scenes/layouts';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { allSteps, buildStory } from '$lib/story/resolve';
import type { StoryView } from '$lib/story/types';
import { langParam } from '$lib/story/address';

// Each language's content (a language of the registry without content fails here, naming it).
const contents = [zh, en];

/** Each edition, one for every language of the registry (`$lib/languages`). */
export const stories = Object.fromEntries(
	LOCALES.map((locale) => {
		const content = contents.find((c) => c.locale === locale);
		if (!content) throw new Error(`No content for the language ${locale}`);
		return [locale, buildStory(content, dataset)];
	})
) as Record<Locale, StoryView>;
/** The edition in the source's language, which files and data are named in. */
export const story = stories[SOURCE_LOCALE];
provideLayouts(layouts);

/** Every step's slug, in reading order: the files each step has (its figure, its data). */
export const stepSlugs = allSteps(story).map((s) => s.slug);

/**
 * Every step's file in every edition, for a route under `[[lang]]` (`/figures/[[lang]]/[slug].svg`):
 * an edition's `lang` is its prefix, none for the default language.
 */
export const stepEntriesInEachEdition = () =>
	LOCALES.flatMap((locale) => stepSlugs.map((slug) => ({ lang: langParam(locale), slug })));
