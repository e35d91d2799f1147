/**
 * Languages are a registry (`src/lib/languages/`): the engine asks it and never names a language
 * itself, so that adding one is its file there, its entry in the registry and its copy. The
 * registry's rules, and every output name each edition had before it, are held here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_LOCALE,
	fileFonts,
	IMAGE_FACES,
	LANGUAGES,
	languageAt,
	languageOf,
	LOCALES,
	localeAt,
	nextLanguage,
	SOURCE_LOCALE
} from '$lib/languages';
import {
	DEFAULT_EDITION,
	EDITIONS,
	editionOf,
	isPrefix,
	nextEdition,
	SOURCE_EDITION
} from '$lib/languages/editions';
import { match } from '../../src/params/lang';

/** Every file under a folder. */
const filesIn = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesIn(path) : [path];
	});

/** Where the languages are named: their own files, and the story's copy (moving elsewhere). */
const OWN = ['src/lib/languages/'];

/**
 * Known, and owned by another part of the work: the dataset's history (`src/lib/data/`, which
 * this part does not touch) still defaults to the source's language by name.
 */
const KNOWN = [/^src\/lib\/data\/history\.ts: .*locale: Locale = 'zh-CN'/];

/** A language's code written as a literal, in quotes: 'en', "zh-CN". */
const LITERAL = /(['"])(?:en|zh-CN)\1/;

/**
 * The engine's code and markup. Not its stylesheets: a rule for a language's pages selects them
 * by `:lang()`, which is how CSS names a language (the page fonts of each edition, app.css).
 */
const CODE = /\.(?:ts|js|svelte|html)$/;

/** The lines of a text that name a language by its code, with their line numbers. */
export function languageLiterals(text: string): string[] {
	return text
		.split('\n')
		.flatMap((line, i) => (LITERAL.test(line) ? [`line ${i + 1}: ${line.trim()}`] : []));
}

describe('the engine names no language', () => {
	it('no file under src/ but the languages’ own has a language’s code as a literal', () => {
		const files = filesIn('src').filter(
			(f) => CODE.test(f) && !OWN.some((own) => f.startsWith(own))
		);
		expect(files.length).toBeGreaterThan(50);
		const found = files
			.flatMap((file) =>
				languageLiterals(readFileSync(file, 'utf8')).map((hit) => `${file}: ${hit}`)
			)
			.filter((hit) => !KNOWN.some((known) => known.test(hit)));
		expect(found).toEqual([]);
	});

	it('the check finds one planted, and leaves words and paths alone', () => {
		expect(languageLiterals("const other = locale === 'en' ? 'zh-CN' : 'en';")).toHaveLength(1);
		expect(languageLiterals('<span lang="zh-CN">原文</span>')).toHaveLength(1);
		expect(languageLiterals('stories.en; `en`; story.en.html; /en/growth; token')).toEqual([]);
		// Planted in a copy of a real file, the test above would fail.
		const page = readFileSync('src/lib/components/Head.svelte', 'utf8');
		expect(languageLiterals(page)).toEqual([]);
		expect(languageLiterals(`${page}\n{#if locale === 'en'}x{/if}`)).toHaveLength(1);
	});
});

describe('the registry', () => {
	it('has the default language first, at the root, and every other under its own prefix', () => {
		expect(LOCALES).toEqual(LANGUAGES.map((l) => l.code));
		expect(languageOf(DEFAULT_LOCALE).prefix).toBe('');
		expect(LANGUAGES.filter((l) => !l.prefix)).toHaveLength(1);
		const prefixes = LANGUAGES.map((l) => l.prefix);
		expect(new Set(prefixes).size).toBe(prefixes.length);
		expect(SOURCE_LOCALE).toBe(DEFAULT_LOCALE);
		for (const l of LANGUAGES) {
			expect(languageAt(l.prefix)).toBe(l);
			expect(localeAt(l.prefix || undefined)).toBe(l.code);
		}
		expect(languageAt(undefined)).toBe(languageOf(DEFAULT_LOCALE));
		expect(() => localeAt('xx')).toThrow(/No language/);
	});

	it('matches a route’s `lang` only for an edition under a prefix', () => {
		for (const l of LANGUAGES) expect(match(l.prefix)).toBe(!!l.prefix);
		expect(match('growth')).toBe(false);
		expect(match('EN')).toBe(false);
	});

	it('links each language to the next, round', () => {
		const seen = LOCALES.map((l) => nextLanguage(l).code);
		expect(new Set(seen).size).toBe(LOCALES.length);
		expect(nextLanguage(LOCALES.at(-1)!).code).toBe(LOCALES[0]);
	});

	it('gives each language’s files their fonts, the source language’s last, and images every face', () => {
		for (const l of LOCALES) {
			expect(fileFonts(l).startsWith(languageOf(l).fonts.files)).toBe(true);
			expect(fileFonts(l).endsWith(languageOf(SOURCE_LOCALE).fonts.files)).toBe(true);
		}
		expect(IMAGE_FACES.length).toBe(LANGUAGES.flatMap((l) => l.fonts.images).length);
		expect(IMAGE_FACES[0]).toBe(languageOf(SOURCE_LOCALE).fonts.images[0]);
	});

	it('has what every language must bring', () => {
		for (const l of LANGUAGES) {
			expect(l.lang, l.code).toBeTruthy();
			expect(l.ogLocale, l.code).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
			expect(l.prefix, l.code).toMatch(/^(?:[a-z]{2}(?:-[a-z]+)?)?$/);
			expect(l.numbers.smallNumbers, l.code).toHaveLength(11);
			expect(l.numbers.months, l.code).toHaveLength(12);
			expect(l.numbers.magnitudes.length, l.code).toBeGreaterThan(0);
			expect(l.fonts.images.length, l.code).toBeGreaterThan(0);
		}
	});
});

describe('the editions every page loads first', () => {
	it('are the registry’s languages: code, lang and prefix, the default and source first', () => {
		expect(EDITIONS).toEqual(LANGUAGES.map(({ code, lang, prefix }) => ({ code, lang, prefix })));
		expect(DEFAULT_EDITION.code).toBe(DEFAULT_LOCALE);
		expect(SOURCE_EDITION.code).toBe(SOURCE_LOCALE);
		for (const l of LOCALES) {
			expect(editionOf(l).prefix).toBe(languageOf(l).prefix);
			expect(nextEdition(l).code).toBe(nextLanguage(l).code);
		}
		for (const l of LANGUAGES) expect(isPrefix(l.prefix)).toBe(!!l.prefix);
	});
});
