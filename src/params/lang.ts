import type { ParamMatcher } from '@sveltejs/kit';
import { isPrefix } from '$lib/languages/editions';

/**
 * An edition's prefix, as the first part of its addresses (`/en`, `/en/growth`): a language of the
 * registry other than the default, whose edition is at the site's root. Anything else is not one.
 */
export const match = ((param: string) => isPrefix(param)) satisfies ParamMatcher;
