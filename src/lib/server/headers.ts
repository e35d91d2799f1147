/**
 * The build's `_headers` file (the format of Netlify and Cloudflare Pages): each step's embed may
 * be framed by any site, and no other page by any. A page's `<meta>` policy cannot say
 * `frame-ancestors`; a host's header can. One rule matches each path, never two: hosts differ in
 * how they merge rules that overlap, so there is no catch-all rule for the embeds to override.
 * The README gives the same for nginx and for an object store behind a CDN.
 */
import { STORY_CHAPTERS } from '$lib/story/vocabulary';
import { LOCALES } from '$lib/languages';
import { editionPrefix } from '$lib/story/address';

const FRAMEABLE = ['Content-Security-Policy: frame-ancestors *'];
const UNFRAMEABLE = ['X-Frame-Options: DENY', "Content-Security-Policy: frame-ancestors 'none'"];

/** The rules for one edition's pages under `prefix` (`` or `/en`). */
const edition = (prefix: string, chapters: readonly string[]) => [
	// The front page (`/`, or `/en/` served from en/index.html) and every page one level down: a
	// chapter, a step of the opening, `en`, `404`, the one-file editions.
	[prefix ? `${prefix}/` : '/', UNFRAMEABLE],
	[`${prefix}/:page`, UNFRAMEABLE],
	// A chapter's steps.
	...chapters.map((c) => [`${prefix}/${c}/*`, UNFRAMEABLE] as const),
	[`${prefix}/embed/*`, FRAMEABLE]
];

export function headersFile(chapters: readonly string[] = STORY_CHAPTERS): string {
	const rules = LOCALES.flatMap((l) => edition(editionPrefix(l), chapters)) as [string, string[]][];
	return (
		'# Each step’s embed may be framed by any site; no other page may be framed.\n' +
		rules.map(([path, headers]) => `${path}\n${headers.map((h) => `  ${h}\n`).join('')}`).join('')
	);
}
