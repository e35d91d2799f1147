import type { ParamMatcher } from '@sveltejs/kit';
import { SLUG } from '$lib/data/vocab';
import { STORY_CHAPTERS } from '$lib/story/vocabulary';

/**
 * A step's slug, as the second part of a step's page (`/financing/credit-loans`), or the only one
 * for a step of the opening (`/press-conference`). Never a chapter's id, which is a page of its
 * own. Whether the step exists, in that chapter, the page's load decides (an unknown one is a 404).
 */
export const match = ((param: string) =>
	SLUG.test(param) && !STORY_CHAPTERS.includes(param)) satisfies ParamMatcher;
