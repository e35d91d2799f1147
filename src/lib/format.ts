/**
 * The one formatter of figures for readers: 6.4%, 455万个, 55788亿元, 超过20%, 近41万件,
 * 550多万条, 5个以上, 三个重点 (and 5.5788 trillion yuan, over 20%, in English). It keeps the
 * source's unit unless asked for another; how each language writes a number, its magnitudes and
 * its qualifiers is the language's (`$lib/languages`). Magnitudes (万/亿/万亿, million…) are
 * chosen here, not by ICU (whose versions disagree); the digits are written as Intl.NumberFormat
 * writes them.
 */
import { roundWith, toBase } from './data/derive.ts';
import { QUALIFIERS, UNITS, type Qualifier, type Unit } from './data/vocab.ts';
import { languageOf, SOURCE_LOCALE, type Locale, type NumberStyle } from './languages/index.ts';

export { LOCALES, type Locale } from './languages/index.ts';

/** What the formatter needs of a figure. */
export interface Formattable {
	value: number;
	unit: Unit;
	qualifier: Qualifier;
	month?: number | undefined;
	numerals?: 'hanzi' | 'implicit' | undefined;
}

export interface FormatOptions {
	/** Express the value in another unit of the same base (亿元 for a 万亿元 figure). */
	unit?: Unit;
	/** Choose 万/亿/万亿 (million/billion/trillion in English) by magnitude. */
	compact?: boolean;
	/** Most decimal places shown; rounding never overstates a bound and marks an exact value 约. */
	digits?: number;
	/** Leave out the qualifier (for a chart that marks it another way). Default: shown. */
	qualifier?: boolean;
	/** Leave out the unit (for an axis whose title gives it). Default: shown. */
	unitShown?: boolean;
}

/** Powers of ten that have a name, for a magnitude ruler: 万, 亿, 万亿 in Chinese. */
export const magnitudeTicks = (locale: Locale) => languageOf(locale).numbers.ticks;

// Charts format the same few numbers (axis ticks) on every step, so each result is kept.
const formatted = new Map<string, string>();
/**
 * Digits and grouping, as Intl.NumberFormat writes them (a unit test holds the two together) but
 * without it: the first use of Intl loads ICU's number data, which takes a tenth of a second on a
 * slow phone, in the middle of a scroll. Chinese copy writes 55788, not 55,788, as the source does.
 */
export function formatNumber(value: number, locale: Locale, maxDigits = 3): string {
	// -0 has its own key: it is written with its sign, and `${-0}` is '0'.
	const key = `${locale}:${maxDigits}:${Object.is(value, -0) ? '-0' : value}`;
	const done = formatted.get(key);
	if (done !== undefined) return done;
	const text = writeDecimal(value, Math.max(0, maxDigits), languageOf(locale).numbers.group);
	if (formatted.size < 2000) formatted.set(key, text);
	return text;
}

/**
 * The shortest decimal that reads back as `value` (what ICU starts from), rounded half away from
 * zero to at most `maxDigits` places, trailing zeros dropped, the integer part grouped by thousands
 * with `separator`. Negative values keep their sign even when they round to 0, as Intl's do.
 */
function writeDecimal(value: number, maxDigits: number, separator: string): string {
	if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : '-∞';
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	// All the digits and where the point goes, from the shortest representation (1.5e-7, 1e21 too).
	const [mantissa = '0', exponent = '0'] = Math.abs(value).toString().split('e');
	const [whole = '0', part = ''] = mantissa.split('.');
	let digits = whole + part;
	let point = whole.length + Number(exponent);
	if (point < 1) {
		digits = '0'.repeat(1 - point) + digits;
		point = 1;
	}
	digits = digits.padEnd(point, '0');
	// Keep the integer part and `maxDigits` decimals; round up on a 5 or more after them.
	let kept = digits.slice(0, point + maxDigits);
	if ((digits[point + maxDigits] ?? '0') >= '5') kept = increment(kept);
	const integer = kept.slice(0, kept.length - Math.min(maxDigits, digits.length - point));
	const fraction = kept.slice(integer.length).replace(/0+$/, '');
	const grouped = (integer.replace(/^0+(?=\d)/, '') || '0').replace(/\B(?=(\d{3})+$)/g, separator);
	return sign + grouped + (fraction ? `.${fraction}` : '');
}

/** A string of decimal digits plus one in its last place: '0999' → '1000', '99' → '100'. */
function increment(digits: string): string {
	const out = digits.split('');
	for (let i = out.length - 1; i >= 0; i--) {
		if (out[i] !== '9') {
			out[i] = String(Number(out[i]) + 1);
			return out.join('');
		}
		out[i] = '0';
	}
	return `1${out.join('')}`;
}

/** The value rounded for display so that a bound stays a bound: 超过 rounds down, 近 up. */
function displayValue(value: number, qualifier: Qualifier, digits: number | undefined) {
	if (digits === undefined) return { shown: value, qualifier };
	const direction = QUALIFIERS[qualifier].direction;
	const fn = direction === 'above' ? Math.floor : direction === 'below' ? Math.ceil : Math.round;
	const shown = roundWith(value, digits, fn);
	const changed = Math.abs(shown - value) > 1e-9 * Math.max(1, Math.abs(value));
	return { shown, qualifier: changed && direction === 'exact' ? ('约' as const) : qualifier };
}

/**
 * Splits a value in `unit` into a number and the unit text to write after it, and the magnitude
 * word to write after the number in a language that writes one.
 */
function express(
	f: Formattable,
	words: NumberStyle,
	opts: FormatOptions
): { number: number; unitText: string; magnitudeWord?: string } {
	const spec = UNITS[f.unit];
	if (opts.unit && opts.unit !== f.unit) {
		const target = UNITS[opts.unit];
		if (target.base !== spec.base) {
			throw new Error(`Cannot express ${f.unit} in ${opts.unit}: different base units`);
		}
		return express({ ...f, value: toBase(f) / target.scale, unit: opts.unit }, words, {
			...opts,
			unit: undefined
		});
	}
	const base = toBase(f);
	const m = words.magnitudes.find((m) => Math.abs(base) >= m.scale);
	if (words.magnitudeAs === 'word') {
		const unitText = words.unitWords?.[spec.base] ?? '';
		if (m && spec.base !== '%') return { number: base / m.scale, unitText, magnitudeWord: m.word };
		return { number: base, unitText };
	}
	if (opts.compact && spec.base !== '%') {
		return m
			? { number: base / m.scale, unitText: m.word + spec.base }
			: { number: base, unitText: spec.base };
	}
	return { number: f.value, unitText: f.unit };
}

/** A figure as reader-facing text in `locale`. */
export function formatFigure(
	f: Formattable,
	locale: Locale = SOURCE_LOCALE,
	opts: FormatOptions = {}
): string {
	const words = languageOf(locale).numbers;
	if (f.unit === '日') {
		if (f.month === undefined) throw new Error('A date needs its month');
		return words.dayOfMonth(f.value, f.month);
	}
	const { number, unitText, magnitudeWord } = express(f, words, opts);
	const { shown, qualifier } = displayValue(number, f.qualifier, opts.digits);
	const q = opts.qualifier === false ? 'exact' : qualifier;
	const unit = opts.unitShown === false ? '' : unitText;
	// A magnitude word keeps every digit of the source (55788亿元 is 5.5788 trillion, not 5.579):
	// only `digits` may round, and then the qualifier says so.
	const n =
		f.numerals === 'hanzi' && Number.isInteger(shown) && shown >= 0 && shown <= 10
			? words.smallNumbers[shown]!
			: f.numerals === 'implicit' && shown === 1 && words.implicitOne
				? ''
				: formatNumber(shown, locale, magnitudeWord ? 12 : 3) +
					(magnitudeWord ? ` ${magnitudeWord}` : '');
	return words.qualified(n, unit, q);
}

/** A day (YYYY-MM-DD) as `locale` writes it: 2026年12月2日, 2 December 2026. */
export function formatDate(iso: string, locale: Locale = SOURCE_LOCALE): string {
	const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
	return languageOf(locale).numbers.date(year, month, day);
}
