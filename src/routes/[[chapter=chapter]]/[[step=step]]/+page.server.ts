import { error } from '@sveltejs/kit';
import { STORY_CHAPTERS, type StoryChapterId } from '$lib/data/vocab';
import { previewAlt } from '$lib/server/images/index';
import { story } from '$lib/server/story';
import { forBrowser } from '$lib/story/context';
import { pageMeta } from '$lib/story/meta';
import { allSteps } from '$lib/story/resolve';
import type { PageFacts } from '$lib/story/types';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every page carries the whole story, opened at its chapter, or at its step.

const steps = allSteps(story);

// '/' is prerendered as the route's page without a chapter; these are the chapter pages and the
// step pages (`/financing/credit-loans`; `/press-conference` for a step of the opening).
export const entries: EntryGenerator = () => [
	...STORY_CHAPTERS.map((chapter) => ({ chapter })),
	...steps.map((s) =>
		s.chapter === 'opening' ? { step: s.slug } : { chapter: s.chapter, step: s.slug }
	)
];

// Where the site is deployed (https://example.org), for canonical and social links; optional.
const siteUrl = (process.env.SITE_URL ?? '').replace(/\/+$/, '');

export const load: PageServerLoad = ({ params }) => {
	const chapter = (params.chapter ?? null) as StoryChapterId | null;
	const step = params.step ? steps.find((s) => s.slug === params.step) : null;
	// A step's page is under its own chapter only (the opening's, under none).
	if (step === undefined || (step && step.chapter !== (chapter ?? 'opening')))
		error(404, `No step ${params.step} in ${chapter ?? 'the opening'}`);
	const opensAt =
		step?.slug ??
		(chapter ? story.chapters.find((c) => c.id === chapter)!.steps[0]! : steps[0]!).slug;
	const meta = pageMeta(story, chapter, step);
	// What the browser needs (the page's load renders the article from the whole story), as one
	// JSON text: the page carries it as a string, which the browser reads at once and parses
	// quickly, instead of a script's object literal of some 55 KB to compile and run.
	const facts: PageFacts = { story: forBrowser(story), opensAt };
	return {
		facts: JSON.stringify(facts),
		siteUrl,
		chapter,
		step: step?.slug ?? null,
		meta: { ...meta, imageAlt: previewAlt(meta.image) }
	};
};
