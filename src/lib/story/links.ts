/**
 * Links to chapters and steps: `/growth` opens a chapter; a step opens from its own page
 * (`/growth/high-tech-growth`, `/press-conference` for a step of the opening) or from a hash
 * (`/growth#high-tech-growth`, `/#press-conference`). Anything else opens at a sensible place.
 */
import type { ChapterId, StoryChapterId } from '$lib/data/vocab';
import { STORY_CHAPTERS } from './vocabulary';
import { OPENING } from './opening';

// A step's public address is made with every other address, in $lib/story/address.
export { publicLink } from './address';

interface Linkable {
	slug: string;
	chapter: ChapterId;
}

/** Reads a hash as a slug, or nothing if it is not one (malformed escapes, markup, anything odd). */
export function slugOfHash(hash: string): string | undefined {
	let text = hash.replace(/^#/, '');
	try {
		text = decodeURIComponent(text);
	} catch {
		return undefined;
	}
	return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text) ? text : undefined;
}

/** Where an address should open: a known step, else its chapter, else the top. */
export function targetOf(
	location: Pick<Location, 'pathname' | 'hash'>,
	steps: readonly Linkable[]
): { step?: string; chapter?: StoryChapterId } {
	const parts = location.pathname.replace(/^\/+|\/+$/g, '').split('/');
	const name = parts[0] ?? '';
	const chapter = (STORY_CHAPTERS as readonly string[]).includes(name)
		? (name as StoryChapterId)
		: undefined;
	const slug = slugOfHash(location.hash);
	const step = slug ? steps.find((s) => s.slug === slug) : undefined;
	if (step) return { step: step.slug, chapter };
	// A step's own page: `/growth/high-tech-growth`, or `/press-conference` for the opening's.
	const paged = chapter ? parts[1] : parts.length === 1 ? name : undefined;
	const own = steps.find((s) => s.slug === paged && s.chapter === (chapter ?? OPENING));
	if (own) return { step: own.slug, chapter };
	// A chapter id in the hash (the no-script menu links to /growth#growth) opens that chapter.
	const hashChapter = STORY_CHAPTERS.find((c) => c === slug);
	const opened = hashChapter ?? chapter;
	return opened ? { chapter: opened } : {};
}
