/**
 * Every address the site has, in one place: a page's, a chapter's, a step's, a figure's, a
 * poster's, an embed's, an oEmbed document's, a preview image's, a data file's, a feed's and the
 * one-file editions'. Each edition's are named from its language's prefix (`$lib/languages`): the
 * default language's at the site's root (`/growth`, `/figures/<step>.svg`, `og/<step>.png`,
 * `story.html`), another's under its prefix (`/en/growth`, `/figures/en/<step>.svg`,
 * `og/en-<step>.png`, `story.en.html`). Paths here are without the base path; `$lib/story/pages`
 * adds it where a page links. No imports of Kit's: the unit tests and the build's scripts use it.
 * Each language's prefix comes from `$lib/languages/editions`, not the whole registry: every page
 * loads this module first.
 */
import type { ChapterId, StoryChapterId } from '$lib/data/vocab';
import { OPENING } from './opening';
import type { Locale } from '$lib/languages';
import { DEFAULT_EDITION, editionOf, nextEdition } from '$lib/languages/editions';

interface Linkable {
	slug: string;
	chapter: ChapterId;
}

/** The route's `lang` parameter of an edition: its prefix, none for the default language. */
export const langParam = (locale: Locale): string | undefined =>
	editionOf(locale).prefix || undefined;

/** Where an edition's pages live: `` for the default language, `/en` for English. */
export const editionPrefix = (locale: Locale): string => {
	const prefix = editionOf(locale).prefix;
	return prefix ? `/${prefix}` : '';
};

/** A page's path in an edition: `/` and `/growth` in Chinese are `/en` and `/en/growth`. */
export const inEdition = (locale: Locale, path: string): string => {
	const prefix = editionPrefix(locale);
	return prefix ? `${prefix}${path === '/' ? '' : path}` : path;
};

/**
 * A step's own page: `/<chapter>/<step>` (`/financing/credit-loans`), or `/<step>` for a step of
 * the opening, which belongs to the front page.
 */
export const stepPath = (step: Linkable): string =>
	step.chapter === OPENING ? `/${step.slug}` : `/${step.chapter}/${step.slug}`;

/** A chapter's page: `/growth`. */
export const chapterPath = (chapter: StoryChapterId): string => `/${chapter}`;

/** A page of an edition: the story, a chapter's page, or a step's own page (`step` without `chapter` for the opening's). */
export const pagePath = (locale: Locale, chapter?: StoryChapterId, step?: string): string =>
	inEdition(locale, `/${[chapter, step].filter(Boolean).join('/')}`);

/**
 * The story route's `page` parameter (`/[[lang]]/[...page]`): a page's path in its edition without
 * the slashes around it: '' (the front page), `<chapter>`, `<opening-step>`, `<chapter>/<step>`.
 */
export const pageParam = (chapter?: string, step?: string): string =>
	[chapter, step].filter(Boolean).join('/');

/** The chapter and step a `page` parameter names (a lone step slug is a step of the opening). */
export function pageOfParam(
	page: string | undefined,
	isChapter: (name: string) => boolean
): { chapter?: string; step?: string } {
	const [first, second] = (page ?? '').split('/');
	if (!first) return {};
	if (second) return { chapter: first, step: second };
	return isChapter(first) ? { chapter: first } : { step: first };
}

/** A step's page, or a chapter's (the story's for the opening), in an edition. */
export const stepPagePath = (locale: Locale, step: Linkable): string =>
	inEdition(locale, stepPath(step));

/** The page of a chapter in an edition, or of the story for the opening. */
export const chapterPagePath = (locale: Locale, chapter: ChapterId): string =>
	pagePath(locale, chapter === OPENING ? undefined : chapter);

/** An edition's Atom feed: `/updates.xml`, `/en/updates.xml`. */
export const feedPath = (locale: Locale): string => inEdition(locale, '/updates.xml');

/** A step's embed page (`/embed/credit-loans`; `/en/embed/credit-loans` in English). */
export const embedPath = (slug: string, locale: Locale): string =>
	inEdition(locale, `/embed/${slug}`);

/** The embeds' one script, named by the hash of its text (the same in every edition). */
export const embedScriptPath = (hash: string): string => `/embed/live.${hash}.js`;

/** A step's oEmbed document (`/oembed/credit-loans.json`; under /en in English). */
export const oembedPath = (slug: string, locale: Locale): string =>
	inEdition(locale, `/oembed/${slug}.json`);

/** A page's preview image's name: `<step>` in the default language, `<prefix>-<step>` in another. */
export const previewName = (locale: Locale, name: string): string => {
	const prefix = editionOf(locale).prefix;
	return prefix ? `${prefix}-${name}` : name;
};

/** A preview image's path, by its name: `/og/en-credit-loans.png`. */
export const previewPath = (name: string): string => `/og/${name}.png`;

/** Every figure of the story, to download (the dataset's, the same in each edition). */
export const ALL_FIGURES = { csv: '/data/figures.csv', json: '/data/figures.json' } as const;

/** The one-file edition of a language, in the build's folder: `story.html`, `story.en.html`. */
export const singleFileName = (locale: Locale): string => {
	const prefix = editionOf(locale).prefix;
	return prefix ? `story.${prefix}.html` : 'story.html';
};

export type FileKind = 'csv' | 'svg' | 'png' | 'poster';

export interface StepFile {
	kind: FileKind;
	/** The file's address, as `at` makes it from its path on the site. */
	href: string;
	/** The name it is saved under. */
	name: string;
}

/**
 * The site's path of each of a step's files in an edition: its figures as CSV (the dataset's, the
 * same in each edition), its chart as SVG and PNG and its share poster, in the edition's words
 * (`/figures/en/…`, `/posters/en/…`).
 */
export function stepFilePaths(slug: string, locale: Locale): Record<FileKind, string> {
	const prefix = editionOf(locale).prefix;
	const dir = prefix ? `${prefix}/` : '';
	return {
		csv: `/data/${slug}.csv`,
		svg: `/figures/${dir}${slug}.svg`,
		png: `/figures/${dir}${slug}.png`,
		poster: `/posters/${dir}${slug}.png`
	};
}

/**
 * A step's files in an edition, each at the address `at` gives its path (with the base path, or
 * on the deployed site), and the name it is saved under: the step's slug, `-en` for an English
 * picture.
 */
export function stepFiles(slug: string, locale: Locale, at: (path: string) => string): StepFile[] {
	const paths = stepFilePaths(slug, locale);
	const prefix = editionOf(locale).prefix;
	const tag = prefix ? `-${prefix}` : '';
	const names: Record<FileKind, string> = {
		csv: `${slug}.csv`,
		svg: `${slug}${tag}.svg`,
		png: `${slug}${tag}.png`,
		poster: `${slug}${tag}-poster.png`
	};
	return (Object.keys(paths) as FileKind[]).map((kind) => ({
		kind,
		href: at(paths[kind]),
		name: names[kind]
	}));
}

/**
 * A step's address for people outside this page (a phone in the room, a colleague): its own page
 * (`/financing/credit-loans`, which previews as that step), on the deployed site when the build
 * knew it (SITE_URL, as canonical links), else on this host, and none for a file opened from disk
 * whose build did not know the site: its file:// address opens nowhere else. `pagePath` is the
 * step's page on this host, with the base path if any; `locale` the edition.
 */
export function publicLink(
	step: Linkable,
	where: { siteUrl: string; fromFile: boolean; pagePath: string; href: string; locale?: Locale }
): string | null {
	if (where.siteUrl)
		return `${where.siteUrl}${inEdition(where.locale ?? DEFAULT_EDITION.code, stepPath(step))}`;
	if (where.fromFile) return null;
	return new URL(where.pagePath, where.href).href;
}

/** Reading, presenting, or the presenter's own window: a mode a link opens the page in. */
export type PageMode = 'read' | 'present' | 'presenter';

/**
 * The links a story page makes as the reader moves (its address bar, its menu, its share and
 * download controls), in its edition. `at` adds the base path; `fromFile` says whether the page
 * was opened from disk (the one-file edition: links keep the file and change only the hash),
 * `pathname` where it is. Both are asked each time: the page learns them once it has started.
 */
export function pageLinks(where: {
	locale: Locale;
	siteUrl: string;
	at: (path: string) => string;
	fromFile: () => boolean;
	pathname: () => string;
}) {
	const { locale, siteUrl, at } = where;
	/** The page of a chapter, or of the story for the opening; with the base path if any. */
	const chapterPage = (chapter: ChapterId) => at(chapterPagePath(locale, chapter));
	/** A step's own page (`/financing/credit-loans`, `/press-conference`), with the base path. */
	const stepPage = (step: Linkable) => at(stepPagePath(locale, step));
	/** The link to a step in a mode: its chapter's page, the mode in the query, the step in the hash. */
	const link = (step: Linkable, as: PageMode = 'read') => {
		const query = as === 'read' ? '' : `?${as}`;
		// A file has no chapter pages: only the query and hash change.
		return where.fromFile()
			? `${where.pathname()}${query}#${step.slug}`
			: `${chapterPage(step.chapter)}${query}#${step.slug}`;
	};
	return {
		chapterPage,
		stepPage,
		link,
		/**
		 * The step in the next language's edition, in the same mode: its chapter's page there, or
		 * that language's one-file edition beside this one (story.html, story.en.html).
		 */
		otherEdition(step: Linkable, mode: PageMode) {
			const hash = `${mode === 'read' ? '' : `?${mode}`}#${step.slug}`;
			const other = nextEdition(locale);
			const href = where.fromFile()
				? singleFileName(other.code)
				: at(chapterPagePath(other.code, step.chapter));
			return { href: `${href}${hash}`, lang: other.lang };
		},
		/**
		 * A step's link for people outside this page, absolute, reading mode: its own page, on the
		 * deployed site when the build knew its address (a file opened from disk too), or none (a
		 * file that does not know).
		 */
		publicLink: (step: Linkable, href: string) =>
			publicLink(step, {
				siteUrl,
				fromFile: where.fromFile(),
				pagePath: stepPage(step),
				href,
				locale
			}),
		/**
		 * A step's files to take away (its figures as CSV, its chart as SVG and PNG): on this site,
		 * or on the deployed one from a copy opened from disk (none if the build did not know it).
		 */
		takeAway(slug: string) {
			const fromFile = where.fromFile();
			if (fromFile && !siteUrl) return null;
			// The charts in the edition's language; the figures as the dataset has them.
			const { csv, svg, png } = stepFilePaths(slug, locale);
			const on = (path: string) => (fromFile ? `${siteUrl}${path}` : at(path));
			return { csv: on(csv), svg: on(svg), png: on(png) };
		}
	};
}
