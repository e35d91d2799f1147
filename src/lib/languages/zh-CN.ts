/**
 * Chinese (simplified, as written in mainland China): the source's language, the dataset's, and
 * the default edition's, at the site's root. Its rules are the source's: 55788亿元 with no digit
 * grouping, 万/亿/万亿 joined to the unit, qualifiers where Chinese puts them (超过20%, 550多万条,
 * 5个以上), and full-width punctuation wherever it touches Chinese.
 */
import type { Qualifier } from '../data/vocab.ts';
import type { Language } from './types.ts';

/** A Chinese character, Chinese punctuation or a Chinese quotation mark. */
const CJK = String.raw`[\p{Script=Han}“”‘’《》（），。、；：！？—]`;

/**
 * Chinese text: a Han character, CJK punctuation (。、「」) or a full-width form (，：（）). What
 * an edition in another language may hold only where its page marks it as Chinese.
 */
export const CHINESE_TEXT = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;

/** ASCII , : ; ( ) ! ? or " touching Chinese on either side. */
export const HALF_WIDTH_IN_CHINESE = new RegExp(
	String.raw`(?<=${CJK})[,:;()!?"]|[,:;()!?"](?=${CJK})`,
	'gu'
);

/** Half-width punctuation in Chinese text as a reader sees it, each with a little context. */
export function halfWidthIn(text: string): string[] {
	return [...text.matchAll(HALF_WIDTH_IN_CHINESE)].map(
		(m) => `“${text.slice(Math.max(0, m.index - 6), m.index + 7)}”`
	);
}

/** The font list of a file drawn in Chinese: the face the build renders with, then the page's. */
const FONT_LIST =
	"'Noto Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

/** A qualifier in its place: 超过20%, 550多万条, 5个以上. */
function qualified(n: string, unit: string, q: Qualifier): string {
	switch (q) {
		case 'exact':
			return `${n}${unit}`;
		case '多':
		case '余':
			return `${n}${q}${unit}`;
		case '以上':
			return `${n}${unit}${q}`;
		default:
			return `${q}${n}${unit}`;
	}
}

export const zhCN = {
	code: 'zh-CN',
	lang: 'zh-CN',
	ogLocale: 'zh_CN',
	prefix: '',
	numbers: {
		group: '',
		smallNumbers: ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'],
		implicitOne: true,
		magnitudes: [
			{ scale: 1e12, word: '万亿' },
			{ scale: 1e8, word: '亿' },
			{ scale: 1e4, word: '万' }
		],
		magnitudeAs: 'unit',
		unitWords: null,
		ticks: [
			{ value: 1e4, label: '万' },
			{ value: 1e8, label: '亿' },
			{ value: 1e12, label: '万亿' }
		],
		months: Array.from({ length: 12 }, (_, i) => `${i + 1}月`),
		qualified,
		dayOfMonth: (day: number, month: number) => `${month}月${day}日`,
		date: (year: number, month: number, day: number) => `${year}年${month}月${day}日`
	},
	typography: {
		misplacedPunctuation: halfWidthIn,
		script: CHINESE_TEXT,
		phrase: (first: string, second: string) => `${first}${second}`,
		labelled: (label: string, value: string) => `${label}${value}`,
		spaced: (label: string, value: string) => `${label} ${value}`,
		titleSeparator: '｜'
	},
	fonts: {
		files: FONT_LIST,
		images: [
			{
				family: 'Noto Sans SC',
				package: 'noto-sans-sc',
				weights: { regular: 'noto_sans_sc_regular/css.css', bold: 'noto_sans_sc_bold/css.css' },
				slices: 'merge',
				file: (weight: 'regular' | 'bold') => `${weight}.otf`
			}
		]
	}
} as const satisfies Language;
