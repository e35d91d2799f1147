/**
 * Addresses with the base path, as a page links them: the story's pages in each edition (`/`,
 * `/growth`, `/financing/credit-loans`; `/en`, `/en/growth` in English, one route draws them all
 * with one page component, see $lib/components/StoryPage.svelte), and any other path of the site.
 * The paths themselves are made in $lib/story/address.
 */
import { resolve } from '$app/paths';
import type { StoryChapterId } from '$lib/data/vocab';
import type { Locale } from '$lib/languages';
import { pagePath } from './address';

/** A path of this site with the base path, as a page links it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a path of this site's pages and files
export const onSite = (path: string): string => resolve(path as any);

/** A page of an edition: the story, a chapter's page, or a step's own page. */
export const storyPage = (locale: Locale, chapter?: StoryChapterId, step?: string): string =>
	onSite(pagePath(locale, chapter, step));
