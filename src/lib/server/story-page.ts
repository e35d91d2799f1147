/**
 * What every story page loads when it is built, in either edition (the routes `/[[chapter]]/[[step]]`
 * and `/en/[[chapter]]/[[step]]` call it).
 */
import { error } from '@sveltejs/kit';
import type { StoryChapterId } from '$lib/data/vocab';
import { OPENING, STORY_CHAPTERS } from '$lib/story/vocabulary';
import { previewAlt } from '$lib/server/images/index';
import type { Locale } from '$lib/format';
import { stories } from '$lib/server/story';
import { forBrowser } from '$lib/story/context';
import { pageMeta } from '$lib/story/meta';
import { allSteps } from '$lib/story/resolve';
import { inEdition, stepPath } from '$lib/story/steps';
import { oembedPath } from '$lib/story/files';
import type { PageFacts } from '$lib/story/types';

// Every page carries the whole story, opened at its chapter, or at its step, in one edition: the
// Chinese at the root, the English under /en, with the same chapters and steps.

// The steps, the same in each edition: one list of pages for both.
const pages = allSteps(stories['zh-CN']);

// '/' (and '/en') is prerendered as the route's page without a chapter; these are the chapter
// pages and the step pages (`/financing/credit-loans`; `/press-conference` for a step of the
// opening), the same in each edition.
export const storyEntries = () => [
	...STORY_CHAPTERS.map((chapter) => ({ chapter })),
	...pages.map((s) =>
		s.chapter === OPENING ? { step: s.slug } : { chapter: s.chapter, step: s.slug }
	)
];

// Where the site is deployed (https://example.org), for canonical and social links; optional.
const siteUrl = (process.env.SITE_URL ?? '').replace(/\/+$/, '');

/** A story page's data in an edition: the story, where it opens, its head, its other edition. */
export function loadStoryPage(locale: Locale, params: { chapter?: string; step?: string }) {
	const story = stories[locale];
	// The edition's own steps: the same slugs, in its words.
	const steps = allSteps(story);
	const chapter = (params.chapter ?? null) as StoryChapterId | null;
	const step = params.step ? steps.find((s) => s.slug === params.step) : null;
	// A step's page is under its own chapter only (the opening's, under none).
	if (step === undefined || (step && step.chapter !== (chapter ?? OPENING)))
		error(404, `No step ${params.step} in ${chapter ?? 'the opening'}`);
	const opensAt =
		step?.slug ??
		(chapter ? story.chapters.find((c) => c.id === chapter)!.steps[0]! : steps[0]!).slug;
	const meta = pageMeta(story, chapter, step);
	// What the browser needs (the page's load renders the article from the whole story), as one
	// JSON text: the page carries it as a string, which the browser reads at once and parses
	// quickly, instead of a script's object literal of some 55 KB to compile and run.
	const facts: PageFacts = { story: forBrowser(story), opensAt };
	// The same page in each edition, for the `hreflang` links.
	const here = step ? stepPath(step) : chapter ? `/${chapter}` : '/';
	const editions = {
		'zh-CN': inEdition('zh-CN', here),
		en: inEdition('en', here)
	} satisfies Record<Locale, string>;
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
