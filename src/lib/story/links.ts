/**
 * Links to chapters and steps: `/growth` opens a chapter; a step opens from its own page
 * (`/growth/high-tech-growth`, `/press-conference` for a step of the opening) or from a hash
 * (`/growth#high-tech-growth`, `/#press-conference`). Anything else opens at a sensible place.
 */
import type { ChapterId, StoryChapterId } from '$lib/data/vocab';
import { STORY_CHAPTERS } from './vocabulary';
import type { Locale } from '$lib/format';
import { inEdition, stepPath } from './steps';

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
	const own = steps.find((s) => s.slug === paged && s.chapter === (chapter ?? 'opening'));
	if (own) return { step: own.slug, chapter };
	// A chapter id in the hash (the no-script menu links to /growth#growth) opens that chapter.
	const hashChapter = STORY_CHAPTERS.find((c) => c === slug);
	const opened = hashChapter ?? chapter;
	return opened ? { chapter: opened } : {};
}

/**
 * A step's address for people outside this page (a phone in the room, a colleague): its own page
 * (`/financing/credit-loans`, which previews as that step), on the deployed site when the build
 * knew it (SITE_URL, as canonical links), else on this host, and none for a file opened from disk
 * whose build did not know the site: its file:// address opens nowhere else. `pagePath` is the
 * step's page on this host, with the base path if any; `locale` the edition (its pages are under /en
 * in English).
 */
export function publicLink(
	step: Linkable,
	where: { siteUrl: string; fromFile: boolean; pagePath: string; href: string; locale?: Locale }
): string | null {
	if (where.siteUrl) return `${where.siteUrl}${inEdition(where.locale ?? 'zh-CN', stepPath(step))}`;
	if (where.fromFile) return null;
	return new URL(where.pagePath, where.href).href;
}
