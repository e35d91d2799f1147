import type { ParamMatcher } from '@sveltejs/kit';
import { STORY_CHAPTERS } from '$lib/data/vocab';

/** Only the four chapter ids are pages; anything else is a 404. */
export const match = ((param: string): param is (typeof STORY_CHAPTERS)[number] =>
	(STORY_CHAPTERS as readonly string[]).includes(param)) satisfies ParamMatcher;
