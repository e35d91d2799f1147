import type { ParamMatcher } from '@sveltejs/kit';
import { STORY_CHAPTERS } from '$lib/story/vocabulary';

/** Only the story's chapters (not its opening) are pages; anything else is a 404. */
export const match = ((param: string) => STORY_CHAPTERS.includes(param)) satisfies ParamMatcher;
