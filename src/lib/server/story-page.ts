/**
 * What every story page loads when it is built, in every edition (the route
 * `/[[lang]]/[...page]` calls it).
 */
import { error } from '@sveltejs/kit';
import type { StoryChapterId } from '$lib/data/vocab';
import { OPENING, STORY_CHAPTERS } from '$lib/story/vocabulary';
import { previewAlt } from '$lib/server/images/index';
import { LOCALES, localeAt, SOURCE_LOCALE, type Locale } from '$lib/languages';
import { stories } from '$lib/server/story';
import { forBrowser } from '$lib/story/context';
import { pageMeta } from '$lib/story/meta';
import { allSteps } from '$lib/story/resolve';
import {
	chapterPath,
	inEdition,
	langParam,
	oembedPath,
	pageOfParam,
	pageParam,
	stepPath
} from '$lib/story/address';
import { match as isChapter } from '../../params/chapter';
import type { PageFacts } from '$lib/story/types';

// Every page carries the whole story, opened at its chapter, or at its step, in one edition: the
// default language's at the root, each other's under its prefix (`/en`), with the same chapters
// and steps.

// The steps, the same in each edition: one list of pages for all.
const pages = allSteps(stories[SOURCE_LOCALE]);

// Each edition's front page (`/`, `/en`), its chapter pages and its step pages
// (`/financing/credit-loans`; `/press-conference` for a step of the opening), the same in each
// edition. An edition's `lang` is its prefix, none for the default language.
export const storyEntries = () =>
	LOCALES.flatMap((locale) => {
		const lang = langParam(locale);
		return [
			{ lang, page: pageParam() },
			...STORY_CHAPTERS.map((chapter) => ({ lang, page: pageParam(chapter) })),
			...pages.map((s) => ({
				lang,
				page: pageParam(s.chapter === OPENING ? undefined : s.chapter, s.slug)
			}))
		];
	});

// Where the site is deployed (https://example.org), for canonical and social links; optional.
const siteUrl = (process.env.SITE_URL ?? '').replace(/\/+$/, '');

/** A story page's data in an edition: the story, where it opens, its head, its other editions. */
export function loadStoryPage(params: { lang?: string; page?: string }) {
	const locale = localeAt(params.lang);
	const place = pageOfParam(params.page, isChapter);
	const story = stories[locale];
	// The edition's own steps: the same slugs, in its words.
	const steps = allSteps(story);
	const chapter = (place.chapter ?? null) as StoryChapterId | null;
	const step = place.step ? steps.find((s) => s.slug === place.step) : null;
	// A step's page is under its own chapter only (the opening's, under none).
	if (step === undefined || (step && step.chapter !== (chapter ?? OPENING)))
		error(404, `No step ${place.step} in ${chapter ?? 'the opening'}`);
	const opensAt =
		step?.slug ??
		(chapter ? story.chapters.find((c) => c.id === chapter)!.steps[0]! : steps[0]!).slug;
	const meta = pageMeta(story, chapter, step);
	// What the browser needs (the page's load renders the article from the whole story), as one
	// JSON text: the page carries it as a string, which the browser reads at once and parses
	// quickly, instead of a script's object literal of some 55 KB to compile and run.
	const facts: PageFacts = { story: forBrowser(story), opensAt };
	// The same page in each edition, for the `hreflang` links.
	const here = step ? stepPath(step) : chapter ? chapterPath(chapter) : '/';
	const editions = Object.fromEntries(LOCALES.map((l) => [l, inEdition(l, here)])) as Record<
		Locale,
		string
	>;
	return {
		facts: JSON.stringify(facts),
		// A step's oEmbed document, for consumers that find embeds from a link (absolute: only when
		// the build knows the site's address).
		oembed:
			step && siteUrl
				? { href: `${siteUrl}${oembedPath(step.slug, locale)}`, title: step.title }
				: null,
		locale,
		editions,
		siteUrl,
		chapter,
		step: step?.slug ?? null,
		meta: { ...meta, imageAlt: previewAlt(meta.image) }
	};
}
