/**
 * What a language brings to the engine, in one file per language (`zh-CN.ts`, `en.ts`): its code
 * and `lang`, where its pages live, how its numbers and dates are written, its punctuation, and
 * the fonts its images are drawn with. The engine asks the registry (`./index.ts`) and never tests
 * for a language by name. Imports only types, and relative ones: the dataset's checker loads this
 * folder outside Kit (vite.config.ts, the browser tests), where `$lib` means nothing.
 */
import type { Qualifier } from '../data/vocab.ts';

/** How a language writes figures, numbers and dates (see `$lib/format`, which applies them). */
export interface NumberStyle {
	/** Between groups of three digits: '' (55788, as the source writes it) or ',' (55,788). */
	readonly group: string;
	/** Zero to ten in words, for a figure the source writes in words (三个 → “three”). */
	readonly smallNumbers: readonly string[];
	/** A figure whose numeral the source leaves implicit (个 for one) is written without it. */
	readonly implicitOne: boolean;
	/** The named powers of ten, largest first: 万亿, 亿, 万; trillion, billion, million. */
	readonly magnitudes: readonly { readonly scale: number; readonly word: string }[];
	/**
	 * How a magnitude is written: `word`, after the number with a space, on every figure
	 * (5.5788 trillion yuan, every digit of the source kept); `unit`, joined to the unit, only where
	 * a compact figure is asked for (5.58万亿元; otherwise the figure keeps the source's unit).
	 */
	readonly magnitudeAs: 'word' | 'unit';
	/**
	 * The words for the dataset's base units (元 → ' yuan'), for a language that re-expresses every
	 * figure in its base unit; none for the source's language, which writes the source's units.
	 */
	readonly unitWords: Readonly<Partial<Record<string, string>>> | null;
	/** Powers of ten named on a magnitude ruler. */
	readonly ticks: readonly { readonly value: number; readonly label: string }[];
	/** The month names, January first (a calendar's title). */
	readonly months: readonly string[];
	/** A written number with its unit text and its qualifier, in the language's order. */
	qualified(n: string, unit: string, qualifier: Qualifier): string;
	/** A day of a month: 7月18日, 18 July. */
	dayOfMonth(day: number, month: number): string;
	/** A whole date: 2026年12月2日, 2 December 2026. */
	date(year: number, month: number, day: number): string;
}

/** A language's punctuation and how it joins words. */
export interface Typography {
	/**
	 * Where the language's own punctuation rule is broken in a text (half-width punctuation
	 * touching Chinese), each with a little context; none for a language without such a rule.
	 */
	readonly misplacedPunctuation: ((text: string) => string[]) | null;
	/** Text in the language's script: where another edition holds some, the page must mark it. */
	readonly script: RegExp;
	/** A number and its noun as one phrase: 31个省份, “31 provinces”. */
	phrase(first: string, second: string): string;
	/** A label and its value: 签约项目4918个, “Signed projects: 4,918”. */
	labelled(label: string, value: string): string;
	/** The same where the language sets the value off by a space: 贡献率 23.3%, “Rate: 23.3%”. */
	spaced(label: string, value: string): string;
	/** Between the site's name and the story's title, as images and embeds sign them. */
	readonly titleSeparator: string;
}

/** A face the build draws images with, from an npm package (never the machine's fonts). */
export interface ImageFace {
	/** Its family name, as the files inside the package name it. */
	readonly family: string;
	/** The package that holds it. */
	readonly package: string;
	/** Each weight's stylesheet in the package (its `@font-face` rules and their slices). */
	readonly weights: { readonly regular: string; readonly bold: string };
	/**
	 * `merge`: every slice that holds a character drawn, cut and merged into one file per weight
	 * (CJK faces come in a hundred slices); otherwise the one slice whose file name matches, cut.
	 */
	readonly slices: 'merge' | RegExp;
	/** The cut files' name (`regular.otf`, `latin-regular.ttf`), under the fonts' cache. */
	readonly file: (weight: 'regular' | 'bold') => string;
}

/** A language's fonts: the list a chart file asks for, and the faces images are drawn with. */
export interface Fonts {
	/** The `font-family` of a standalone SVG file, a poster or a card in this language. */
	readonly files: string;
	/** The faces the build renders this language's images with. */
	readonly images: readonly ImageFace[];
}

export interface Language {
	/** Its code: the edition's key everywhere (content, dates, corrections). */
	readonly code: string;
	/** Its `lang` attribute (and `hreflang`, `inLanguage`, the feed's `xml:lang`). */
	readonly lang: string;
	/** Its Open Graph locale (`og:locale`). */
	readonly ogLocale: string;
	/**
	 * Where its edition lives: '' for the default language, at the site's root; a folder name for
	 * the others. Every output of the edition is named from it (see `$lib/story/address`).
	 */
	readonly prefix: string;
	readonly numbers: NumberStyle;
	readonly typography: Typography;
	readonly fonts: Fonts;
}
