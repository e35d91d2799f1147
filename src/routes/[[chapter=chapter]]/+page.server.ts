import dataset from 'virtual:dataset';
import content from '$content/zh-CN';
import { STORY_CHAPTERS } from '$lib/data/vocab';
import { buildStory } from '$lib/story/resolve';
import type { EntryGenerator, PageServerLoad } from './$types';

// Built once per build: every page carries the whole story, opened at its chapter.
const story = buildStory(content, dataset);

// '/' is prerendered as the route's page without a chapter; these are the chapter pages.
export const entries: EntryGenerator = () => STORY_CHAPTERS.map((chapter) => ({ chapter }));

// Where the site is deployed (https://example.org), for canonical and social links; optional.
const siteUrl = (process.env.SITE_URL ?? '').replace(/\/+$/, '');

export const load: PageServerLoad = ({ params }) => ({
	story,
	siteUrl,
	chapter: (params.chapter ?? null) as (typeof STORY_CHAPTERS)[number] | null
});
