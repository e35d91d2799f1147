/**
 * The registry's languages as a page's first load needs them: each one's code, `lang` and prefix,
 * the default first. The build bakes them in from the registry (`__LANGUAGES__`, see
 * vite.config.ts), so that the addresses a page makes and the router's `lang` matcher do not bring
 * every language's number words, rules and fonts into the code every page loads first.
 */
import type { Locale } from './index.ts';

/** A language as an address needs it. */
export interface Edition {
	readonly code: Locale;
	readonly lang: string;
	readonly prefix: string;
}

/** Every language's edition, the default first. */
export const EDITIONS = __LANGUAGES__ as readonly Edition[];

/** The default language's edition, at the site's root. */
export const DEFAULT_EDITION = EDITIONS[0]!;

/**
 * The source's language (the dataset's, the quotations' originals): the registry's first, as
 * `$lib/languages` has it. What a page marks as such (`lang`) on any edition.
 */
export const SOURCE_EDITION = EDITIONS[0]!;

/** A language's edition, by its code. */
export const editionOf = (code: Locale): Edition => EDITIONS.find((e) => e.code === code)!;

/** The edition after this one, the first after the last: the menu's link to another edition. */
export function nextEdition(code: Locale): Edition {
	const i = EDITIONS.findIndex((e) => e.code === code);
	return EDITIONS[(i + 1) % EDITIONS.length]!;
}

/** Whether an address's first part is an edition's prefix (the default's has none). */
export const isPrefix = (param: string): boolean =>
	EDITIONS.some((e) => e.prefix !== '' && e.prefix === param);
