/**
 * Links to chapters and steps: `/growth` opens a chapter, `/growth#high-tech-growth` a step,
 * `/#press-conference` a step of the opening. Anything else opens at a sensible place.
 */
import { STORY_CHAPTERS, type StoryChapterId } from '$lib/data/vocab';

interface Linkable {
	slug: string;
	chapter: StoryChapterId | 'opening';
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
	const name = location.pathname.replace(/^\/+|\/+$/g, '').split('/')[0] ?? '';
	const chapter = (STORY_CHAPTERS as readonly string[]).includes(name)
		? (name as StoryChapterId)
		: undefined;
	const slug = slugOfHash(location.hash);
	const step = slug ? steps.find((s) => s.slug === slug) : undefined;
	if (step) return { step: step.slug, chapter };
	// A chapter id in the hash (the no-script menu links to /growth#growth) opens that chapter.
	const hashChapter = STORY_CHAPTERS.find((c) => c === slug);
	const opened = hashChapter ?? chapter;
	return opened ? { chapter: opened } : {};
}

/**
 * A step's address for people outside this page (a phone in the room, a colleague): on the deployed
 * site when the build knew it (SITE_URL, as canonical links), else the page's own address, and none
 * for a file opened from disk whose build did not know the site: its file:// address opens nowhere
 * else. `pagePath` is the step's page on the site (`/financing`, or `/` for the opening).
 */
export function publicLink(
	step: Linkable,
	where: { siteUrl: string; fromFile: boolean; pagePath: string; href: string }
): string | null {
	if (where.siteUrl) {
		const page = step.chapter === 'opening' ? '/' : `/${step.chapter}`;
		return `${where.siteUrl}${page}#${step.slug}`;
	}
	if (where.fromFile) return null;
	return new URL(`${where.pagePath}#${step.slug}`, where.href).href;
}
