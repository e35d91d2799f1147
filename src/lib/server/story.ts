/**
 * The story as the build renders it: resolved once from each edition's content and the dataset,
 * with the scene layouts registered for server rendering (the sticky scene, and every still figure).
 */
import dataset from 'virtual:dataset';
import editions from 'virtual:story-copy';
import { withLines } from '$lib/copy/locate';
import { LOCALES, SOURCE_LOCALE, type Locale } from '$lib/languages';
import * as layouts from '$lib/scenes/layouts';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { allSteps, buildStory } from '$lib/story/resolve';
import type { StoryView } from '$lib/story/types';
import { langParam } from '$lib/story/address';

/**
 * Each edition, one for every language of the registry (`$lib/languages`). Its words come from the
 * story's copy files; a problem the build finds in them names the file and the line.
 */
export const stories = Object.fromEntries(
	LOCALES.map((locale) => {
		const edition = editions[locale];
		if (!edition)
			throw new Error(`The story has no copy for the language ${locale} (copy/${locale}.aml)`);
		return [locale, withLines(edition, (content) => buildStory(content, dataset))];
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
