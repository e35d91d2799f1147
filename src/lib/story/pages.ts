/**
 * The story's pages in each edition, with the base path: the Chinese at the root (`/`, `/growth`,
 * `/financing/credit-loans`), the English under /en (`/en`, `/en/growth`). Two routes draw them
 * with one page component (see $lib/components/StoryPage.svelte).
 */
import { resolve } from '$app/paths';
import type { StoryChapterId } from '$lib/data/vocab';
import type { Locale } from '$lib/format';

/** A page of an edition: the story, a chapter's page, or a step's own page. */
export function storyPage(locale: Locale, chapter?: StoryChapterId, step?: string): string {
	return locale === 'en'
		? resolve('/en/[[chapter=chapter]]/[[step=step]]', { chapter, step })
		: resolve('/[[chapter=chapter]]/[[step=step]]', { chapter, step });
}
