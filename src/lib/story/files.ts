/**
 * A step's files to take away: its figures as CSV (the dataset's, the same in each edition), its
 * chart as SVG and PNG, and its share poster, in the edition's words. Each with the name it is
 * saved under: the step's slug, `-en` for an English picture.
 */
import type { Locale } from '$lib/format';
import { inEdition } from './steps';

export type FileKind = 'csv' | 'svg' | 'png' | 'poster';

export interface StepFile {
	kind: FileKind;
	/** The file's address, as `at` makes it from its path on the site. */
	href: string;
	/** The name it is saved under. */
	name: string;
}

/** The site's path of each of a step's files, in an edition. */
export function stepFilePaths(slug: string, locale: Locale): Record<FileKind, string> {
	const en = locale === 'en' ? 'en/' : '';
	return {
		csv: `/data/${slug}.csv`,
		svg: `/figures/${en}${slug}.svg`,
		png: `/figures/${en}${slug}.png`,
		poster: `/posters/${en}${slug}.png`
	};
}

/**
 * A step's files in an edition, each at the address `at` gives its path (with the base path, or
 * on the deployed site).
 */
export function stepFiles(slug: string, locale: Locale, at: (path: string) => string): StepFile[] {
	const paths = stepFilePaths(slug, locale);
	const tag = locale === 'en' ? '-en' : '';
	const names: Record<FileKind, string> = {
		csv: `${slug}.csv`,
		svg: `${slug}${tag}.svg`,
		png: `${slug}${tag}.png`,
		poster: `${slug}${tag}-poster.png`
	};
	return (Object.keys(paths) as FileKind[]).map((kind) => ({
		kind,
		href: at(paths[kind]),
		name: names[kind]
	}));
}

/** A step's embed page (`/embed/credit-loans`; `/en/embed/credit-loans` in English). */
export const embedPath = (slug: string, locale: Locale) => inEdition(locale, `/embed/${slug}`);

/** A step's oEmbed document (`/oembed/credit-loans.json`; under /en in English). */
export const oembedPath = (slug: string, locale: Locale) =>
	inEdition(locale, `/oembed/${slug}.json`);
