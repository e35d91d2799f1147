/**
 * Every string of a locale's content that a reader or presenter sees, with where it is: the input
 * of the copy rules in `copy-check.ts` and of the tests that read all the copy.
 */
import type { Content } from './types';

export interface CopyString {
	/** Where the string is, as a path into the content: `chapters[0].steps[2].text[0]`. */
	path: string;
	text: string;
	/** The step the string belongs to, if any. */
	slug?: string;
}

/** Keys that hold settings and identifiers, not copy. */
const NOT_COPY = new Set([
	'scene',
	'slug',
	'id',
	'keyFigure',
	'locale',
	'lang',
	'periodWords',
	'attributionVerbs',
	// The English term list: its Chinese terms are keys, not copy.
	'renderings'
]);

export function copyStrings(content: Content): CopyString[] {
	const out: CopyString[] = [];
	const walk = (value: unknown, path: string, slug: string | undefined) => {
		if (typeof value === 'string') {
			out.push(slug === undefined ? { path, text: value } : { path, text: value, slug });
		} else if (Array.isArray(value)) {
			value.forEach((v, i) => walk(v, `${path}[${i}]`, slug));
		} else if (value && typeof value === 'object') {
			const own = (value as { slug?: unknown }).slug;
			const step = typeof own === 'string' && 'scene' in value ? own : slug;
			for (const [k, v] of Object.entries(value)) {
				if (!NOT_COPY.has(k)) walk(v, path ? `${path}.${k}` : k, step);
			}
		}
	};
	walk(content, '', undefined);
	return out;
}
