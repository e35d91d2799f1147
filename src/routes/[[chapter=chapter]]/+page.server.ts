import { STORY_CHAPTERS } from '$lib/data/vocab';
import * as layouts from '$lib/scenes/layouts';
import { story } from '$lib/server/story';
import { forBrowser, sceneContext } from '$lib/story/context';
import { allSteps } from '$lib/story/resolve';
import type { InitialScene, PageFacts } from '$lib/story/types';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every page carries the whole story, opened at its chapter.

/** The size the graphic is rendered at before the browser has measured it. */
const FIRST_SIZE = { width: 640, height: 420 };

// '/' is prerendered as the route's page without a chapter; these are the chapter pages.
export const entries: EntryGenerator = () => STORY_CHAPTERS.map((chapter) => ({ chapter }));

// Where the site is deployed (https://example.org), for canonical and social links; optional.
const siteUrl = (process.env.SITE_URL ?? '').replace(/\/+$/, '');

export const load: PageServerLoad = ({ params }) => {
	const chapter = (params.chapter ?? null) as (typeof STORY_CHAPTERS)[number] | null;
	const first = chapter
		? story.chapters.find((c) => c.id === chapter)!.steps[0]!
		: allSteps(story)[0]!;
	// The scene a page opens on, laid out here, so the browser can draw it before loading layouts.
	const initial: InitialScene = {
		slug: first.slug,
		marks: layouts.layoutScene(first.scene, sceneContext(story), FIRST_SIZE),
		...FIRST_SIZE
	};
	// What the browser needs (the page's load renders the article from the whole story), as one
	// JSON text: the page carries it as a string, which the browser reads at once and parses
	// quickly, instead of a script's object literal of some 55 KB to compile and run.
	const facts: PageFacts = { story: forBrowser(story), initial };
	return { facts: JSON.stringify(facts), siteUrl, chapter };
};
