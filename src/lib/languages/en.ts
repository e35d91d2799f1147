/**
 * English: an edition under `/en`. Figures re-expressed in their base unit with a magnitude word
 * (million, billion, trillion, yuan), every digit of the source kept; the source's qualifiers in
 * words (超过 “over”, 多 “more than”, 以上 “… or more”); punctuation as English sets it.
 */
import type { Qualifier } from '../data/vocab.ts';
import type { Language } from './types.ts';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** The source's qualifiers in English, before the number (以上 goes after it). */
const QUALIFIERS: Record<Qualifier, string> = {
	exact: '',
	超过: 'over ',
	超: 'over ',
	突破: 'over ',
	多: 'more than ',
	余: 'more than ',
	以上: '',
	近: 'nearly ',
	约: 'about ',
	不到: 'under '
};

export const en = {
	code: 'en',
	lang: 'en',
	ogLocale: 'en_GB',
	prefix: 'en',
	numbers: {
		group: ',',
		smallNumbers: [
			'zero',
			'one',
			'two',
			'three',
			'four',
			'five',
			'six',
			'seven',
			'eight',
			'nine',
			'ten'
		],
		implicitOne: false,
		magnitudes: [
			{ scale: 1e12, word: 'trillion' },
			{ scale: 1e9, word: 'billion' },
			{ scale: 1e6, word: 'million' }
		],
		magnitudeAs: 'word',
		unitWords: { '%': '%', 个百分点: ' percentage points', 元: ' yuan', 年: ' years' },
		ticks: [
			{ value: 1e3, label: 'thousand' },
			{ value: 1e6, label: 'million' },
			{ value: 1e9, label: 'billion' },
			{ value: 1e12, label: 'trillion' }
		],
		months: MONTHS,
		// 以上 includes the number itself: "5 or more", which reads in a label as in a sentence.
		qualified: (n: string, unit: string, q: Qualifier) =>
			q === '以上' ? `${n}${unit} or more` : `${QUALIFIERS[q]}${n}${unit}`,
		dayOfMonth: (day: number, month: number) => `${day} ${MONTHS[month - 1]}`,
		date: (year: number, month: number, day: number) => `${day} ${MONTHS[month - 1]} ${year}`
	},
	typography: {
		misplacedPunctuation: null,
		script: /[A-Za-z]/,
		phrase: (first: string, second: string) => `${first} ${second}`,
		labelled: (label: string, value: string) => `${label}: ${value}`,
		spaced: (label: string, value: string) => `${label}: ${value}`,
		titleSeparator: ' | '
	},
	fonts: {
		// A Latin face first (a Chinese face draws ’ and “ ” at full width); the registry adds the
		// source language's list after it, for the Chinese an English file quotes.
		files: "'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans'",
		images: [
			{
				family: 'Noto Sans',
				package: '@fontsource/noto-sans',
				weights: { regular: '400.css', bold: '700.css' },
				slices: /-latin-\d+-normal\.woff2$/,
				file: (weight: 'regular' | 'bold') => `latin-${weight}.ttf`
			}
		]
	}
} as const satisfies Language;
