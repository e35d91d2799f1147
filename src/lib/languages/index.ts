/**
 * The languages the site is written in. The first is the default: its edition is at the site's
 * root, and it is the source's language (the dataset's words, the quotations' originals). Every
 * other edition lives under its language's prefix (`/en`). The engine asks this registry; it never
 * names a language itself.
 *
 * Adding a language: its file here (see `./types.ts` for what it brings), its entry below, and its
 * copy and interface strings.
 */
import { en } from './en.ts';
import type { ImageFace, Language } from './types.ts';
import { zhCN } from './zh-CN.ts';

export type { Fonts, ImageFace, Language, NumberStyle, Typography } from './types.ts';

/** The registry: every language, the default first. */
const REGISTRY = [zhCN, en] as const;

/** A language's code: an edition's key (content, dates, corrections). */
export type Locale = (typeof REGISTRY)[number]['code'];

/** A language of the registry. */
export interface RegisteredLanguage extends Language {
	readonly code: Locale;
}

/** Every language, the default first. */
export const LANGUAGES: readonly RegisteredLanguage[] = REGISTRY;

/** Every language's code, the default first. */
export const LOCALES = LANGUAGES.map((l) => l.code) as [Locale, ...Locale[]];

/** The default language: its edition is at the site's root. */
export const DEFAULT_LANGUAGE: RegisteredLanguage = REGISTRY[0];
/** The source's language: the dataset's and the quotations', which other editions translate. */
export const SOURCE_LANGUAGE: RegisteredLanguage = REGISTRY[0];
export const DEFAULT_LOCALE: Locale = DEFAULT_LANGUAGE.code;
export const SOURCE_LOCALE: Locale = SOURCE_LANGUAGE.code;

const byCode = new Map<string, RegisteredLanguage>(LANGUAGES.map((l) => [l.code, l]));

/** A language by its code. */
export function languageOf(code: Locale): RegisteredLanguage {
	return byCode.get(code)!;
}

/** Whether a string is a language's code. */
export const isLocale = (code: string): code is Locale => byCode.has(code);

/** The language whose edition lives under `prefix` (none or '' for the default), if any. */
export const languageAt = (prefix: string | undefined): RegisteredLanguage | undefined =>
	LANGUAGES.find((l) => l.prefix === (prefix ?? ''));

/** The languages whose editions live under a prefix: all but the default. */
export const PREFIXED: readonly RegisteredLanguage[] = LANGUAGES.filter((l) => l.prefix);

/** The language after this one, the first after the last: the menu's link to another edition. */
export function nextLanguage(code: Locale): RegisteredLanguage {
	const i = LANGUAGES.findIndex((l) => l.code === code);
	return LANGUAGES[(i + 1) % LANGUAGES.length]!;
}

/**
 * The `font-family` of a file drawn in a language: its own faces, then the source language's,
 * which every edition quotes.
 */
export const fileFonts = (code: Locale): string => {
	const own = languageOf(code).fonts.files;
	return code === SOURCE_LOCALE ? own : `${own}, ${SOURCE_LANGUAGE.fonts.files}`;
};

/** Every face the build draws images with, the source language's first. */
export const IMAGE_FACES: readonly ImageFace[] = LANGUAGES.flatMap((l) => l.fonts.images);

/** The language of the edition under `prefix` (the route's `lang` parameter; none for the default). */
export function localeAt(prefix: string | undefined): Locale {
	const language = languageAt(prefix);
	if (!language) throw new Error(`No language lives under /${prefix}`);
	return language.code;
}
