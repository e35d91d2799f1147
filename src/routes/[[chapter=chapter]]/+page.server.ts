import { STORY_CHAPTERS } from '$lib/data/vocab';
import { story } from '$lib/server/story';
import { forBrowser } from '$lib/story/context';
import { allSteps } from '$lib/story/resolve';
import type { PageFacts } from '$lib/story/types';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every page carries the whole story, opened at its chapter.

// '/' is prerendered as the route's page without a chapter; these are the chapter pages.
export const entries: EntryGenerator = () => STORY_CHAPTERS.map((chapter) => ({ chapter }));

// Where the site is deployed (https://example.org), for canonical and social links; optional.
const siteUrl = (process.env.SITE_URL ?? '').replace(/\/+$/, '');

export const load: PageServerLoad = ({ params }) => {
	const chapter = (params.chapter ?? null) as (typeof STORY_CHAPTERS)[number] | null;
	const first = chapter
		? story.chapters.find((c) => c.id === chapter)!.steps[0]!
		: allSteps(story)[0]!;
	// What the browser needs (the page's load renders the article from the whole story), as one
	// JSON text: the page carries it as a string, which the browser reads at once and parses
	// quickly, instead of a script's object literal of some 55 KB to compile and run.
	const facts: PageFacts = { story: forBrowser(story), opensAt: first.slug };
	return { facts: JSON.stringify(facts), siteUrl, chapter };
};
