/**
 * Reads the numbers a Chinese excerpt states, with their units and qualifiers, so that every
 * figure can be checked against the words of the source: 超过360万家, 550多万条, 5个以上, 三个重点.
 */
import type { Qualifier, Unit } from './vocab.ts';

export interface StatedNumber {
	/** The text matched, for error messages. */
	text: string;
	value: number;
	unit: Unit;
	qualifier: Qualifier;
	/** How the source writes the number: digits, Chinese numerals, or none at all (亿元以上). */
	numerals: 'digits' | 'hanzi' | 'implicit';
	/** Set for dates (7月18日): the value is the day. */
	month?: number;
}

const HANZI_DIGITS: Record<string, number> = {
	一: 1,
	二: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9,
	十: 10
};

// Longest units first, so 万亿元 is not read as 亿元 and 个百分点 not as 个.
const UNIT_PATTERN = '个百分点|万亿元|亿元|万元|万个|万家|万件|万条|亿台|个|家|项|款|年|类|大|级|%';
const NUMBER = String.raw`(\d+(?:\.\d+)?)|([一二三四五六七八九十])`;
const STATED = new RegExp(
	String.raw`(超过|超|突破|近)?(?:${NUMBER})(多|余)?(${UNIT_PATTERN})(以上)?`,
	'gu'
);
// Chinese writes "one hundred million yuan or more" as 亿元以上, with no 1.
const IMPLICIT_ONE = /(?<![\d万一二三四五六七八九十])(亿元|万元)以上/gu;
const DATE = /(\d{1,2})月(\d{1,2})日/gu;

/** Every number stated in `excerpt`, in order of appearance. */
export const statedNumbers = (excerpt: string): StatedNumber[] =>
	statedNumbersAt(excerpt).map(({ at: _at, ...n }) => n);

/** Every number stated in `excerpt`, with where its words begin in it. */
function statedNumbersAt(excerpt: string): (StatedNumber & { at: number })[] {
	const found: (StatedNumber & { at: number })[] = [];
	for (const m of excerpt.matchAll(DATE)) {
		found.push({
			at: m.index,
			text: m[0],
			value: Number(m[2]),
			month: Number(m[1]),
			unit: '日',
			qualifier: 'exact',
			numerals: 'digits'
		});
	}
	for (const m of excerpt.matchAll(STATED)) {
		const [text, prefix, digits, hanzi, infix, unit, suffix] = m;
		found.push({
			at: m.index,
			text,
			value: digits !== undefined ? Number(digits) : HANZI_DIGITS[hanzi as string]!,
			unit: unit as Unit,
			qualifier: (prefix ?? infix ?? suffix ?? 'exact') as Qualifier,
			numerals: digits !== undefined ? 'digits' : 'hanzi'
		});
	}
	for (const m of excerpt.matchAll(IMPLICIT_ONE)) {
		found.push({
			at: m.index,
			text: m[0],
			value: 1,
			unit: m[1] as Unit,
			qualifier: '以上',
			numerals: 'implicit'
		});
	}
	return found.sort((a, b) => a.at - b.at);
}

/** What a figure states, to be found in the source's words. */
interface Statable {
	value: number;
	unit: string;
	qualifier: string;
	month?: number | undefined;
	numerals?: 'hanzi' | 'implicit' | undefined;
}

/** The number in the excerpt that states the figure, or undefined if none does. */
export function findStatement(excerpt: string, figure: Statable): StatedNumber | undefined {
	const found = statementAt(excerpt, figure);
	if (!found) return undefined;
	const { at: _at, ...n } = found;
	return n;
}

/** As `findStatement`, with where the words that state the figure begin in the excerpt. */
export function statementAt(
	excerpt: string,
	figure: Statable
): (StatedNumber & { at: number }) | undefined {
	return statedNumbersAt(excerpt).find(
		(n) =>
			Math.abs(n.value - figure.value) < 1e-9 &&
			n.unit === figure.unit &&
			n.qualifier === figure.qualifier &&
			n.month === figure.month &&
			n.numerals === (figure.numerals ?? 'digits')
	);
}
