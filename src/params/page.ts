import type { ParamMatcher } from '@sveltejs/kit';
import { match as isChapter } from './chapter';
import { match as isStep } from './step';

/**
 * A story page's place in its edition, after the edition's prefix: nothing (the front page), a
 * chapter (`<chapter>`), a step of the opening (`<step>`) or a chapter's step
 * (`<chapter>/<step>`). One rest parameter rather than two optional ones: after an optional
 * `lang` that is absent, Kit does not match a chapter alone (`/growth`) against
 * `[[lang]]/[[chapter]]/[[step]]`. Whether the step exists, in that chapter, the page's load
 * decides (an unknown one is a 404).
 */
export const match = ((param: string) => {
	if (param === '') return true;
	const parts = param.split('/');
	if (parts.length === 1) return isChapter(parts[0]!) || isStep(parts[0]!);
	return parts.length === 2 && isChapter(parts[0]!) && isStep(parts[1]!);
}) satisfies ParamMatcher;
