import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber, type FormatOptions, type Locale } from '$lib/format';
import type { Formattable } from '$lib/format';

const f = (
	value: number,
	unit: Formattable['unit'],
	qualifier: Formattable['qualifier'] = 'exact',
	extra = {}
) => ({ value, unit, qualifier, ...extra }) as Formattable;

describe('formatFigure in Chinese keeps the source’s unit and qualifier', () => {
	const cases: [string, Formattable, FormatOptions, string][] = [
		['a growth rate', f(6.4, '%'), {}, '6.4%'],
		['万 as the source writes it', f(455, '万个'), {}, '455万个'],
		['no grouping in Chinese', f(55788, '亿元'), {}, '55788亿元'],
		['超过 before the number', f(20, '%', '超过'), {}, '超过20%'],
		['近 before the number', f(41, '万件', '近'), {}, '近41万件'],
		['超 before the number', f(11.9, '亿台', '超'), {}, '超11.9亿台'],
		['突破 before the number', f(1.2, '万亿元', '突破'), {}, '突破1.2万亿元'],
		['多 between number and unit', f(550, '万条', '多'), {}, '550多万条'],
		['余 between number and unit', f(2400, '家', '余'), {}, '2400余家'],
		['以上 after the unit', f(5, '个', '以上'), {}, '5个以上'],
		['percentage points', f(3.4, '个百分点'), {}, '3.4个百分点'],
		[
			'Chinese numerals when the source uses them',
			f(3, '个', 'exact', { numerals: 'hanzi' }),
			{},
			'三个'
		],
		['a date', f(18, '日', 'exact', { month: 7 }), {}, '7月18日'],
		['another unit of the same base', f(1.2, '万亿元', '突破'), { unit: '亿元' }, '突破12000亿元'],
		['compact picks 万亿', f(12000, '亿元'), { compact: true }, '1.2万亿元'],
		[
			'compact picks 亿 (not ICU’s rounding to 12亿)',
			f(11.9, '亿台', '超'),
			{ compact: true },
			'超11.9亿台'
		],
		['compact picks 万', f(35294, '家'), { compact: true, digits: 1 }, '约3.5万家'],
		['compact keeps small numbers', f(4918, '个'), { compact: true }, '4918个'],
		['rounding a lower bound goes down', f(3.56, '万家', '超过'), { digits: 1 }, '超过3.5万家'],
		['rounding an upper bound goes up', f(3.41, '万元', '近'), { digits: 1 }, '近3.5万元'],
		['rounding an exact value says 约', f(5889.6, '亿元'), { digits: 0 }, '约5890亿元'],
		['rounding that changes nothing stays exact', f(25.7, '%'), { digits: 1 }, '25.7%'],
		['no qualifier when asked', f(20, '%', '超过'), { qualifier: false }, '20%'],
		['no unit when asked', f(35.6, '%'), { unitShown: false }, '35.6'],
		['derived 约', f(88.7, '%', '约'), {}, '约88.7%'],
		['derived 不到', f(11, '%', '不到'), {}, '不到11%']
	];
	it.each(cases)('%s: %s', (_name, figure, opts, want) => {
		expect(formatFigure(figure, 'zh-CN', opts)).toBe(want);
	});

	it('refuses to express a figure in a unit of another base', () => {
		expect(() => formatFigure(f(5, '年'), 'zh-CN', { unit: '亿元' })).toThrow(/different base/);
	});
});

describe('formatFigure in English', () => {
	const cases: [Formattable, string][] = [
		[f(6.4, '%'), '6.4%'],
		[f(455, '万个'), '4.55 million'],
		[f(1.2, '万亿元', '突破'), 'over 1.2 trillion yuan'],
		// Every digit of the source is kept: 55788亿元 is not rounded to 5.579 trillion.
		[f(55788, '亿元'), '5.5788 trillion yuan'],
		[f(5889.6, '亿元'), '588.96 billion yuan'],
		[f(41, '万件', '近'), 'nearly 410,000'],
		[f(3.4, '个百分点'), '3.4 percentage points'],
		[f(2400, '家', '余'), 'more than 2,400'],
		// 以上 includes the number: a suffix that reads in a label as in a sentence.
		[f(5, '个', '以上'), '5 or more'],
		[f(1, '亿元', '以上', { numerals: 'implicit' }), '100 million yuan or more'],
		[f(3, '个', 'exact', { numerals: 'hanzi' }), 'three'],
		[f(360, '万家', '超过'), 'over 3.6 million'],
		[f(550, '万条', '多'), 'more than 5.5 million'],
		[f(18, '日', 'exact', { month: 7 }), '18 July']
	];
	it.each(cases)('%j → %s', (figure, want) => {
		expect(formatFigure(figure, 'en' as Locale)).toBe(want);
	});
});

describe('formatNumber', () => {
	it('groups digits in English but not in Chinese', () => {
		expect(formatNumber(55788, 'en')).toBe('55,788');
		expect(formatNumber(55788, 'zh-CN')).toBe('55788');
	});
	it('drops trailing zeros and keeps up to three decimals', () => {
		expect(formatNumber(1.85, 'zh-CN')).toBe('1.85');
		expect(formatNumber(3.0, 'zh-CN')).toBe('3');
		expect(formatNumber(1 / 3, 'zh-CN')).toBe('0.333');
	});
	it('rounds half away from zero on the decimal the source wrote, and carries', () => {
		expect(formatNumber(1.005, 'en', 2)).toBe('1.01');
		expect(formatNumber(9.9995, 'zh-CN')).toBe('10');
		expect(formatNumber(-2.5, 'en', 0)).toBe('-3');
		expect(formatNumber(999999.9996, 'en')).toBe('1,000,000');
		expect(formatNumber(1.5e-7, 'zh-CN')).toBe('0');
		expect(formatNumber(1e21, 'en', 0)).toBe('1,000,000,000,000,000,000,000');
	});
	// It writes digits without Intl (whose first use is slow on a phone); Intl stays the reference.
	it('writes what Intl.NumberFormat writes, for 20,000 values of every size', () => {
		let seed = 20250718;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const values = [0, -0, 0.5, 1.5, 2.5, -0.0004, 0.0005, 12345.6785, 4918, 55788, 6.4, 1 / 3];
		while (values.length < 20_000) {
			const magnitude = 10 ** Math.floor(random() * 24 - 9);
			let v = (random() - 0.3) * magnitude;
			// Ties at each rounding place, where a naive rounding would differ.
			if (random() < 0.3) v = Math.round(v * 1000) / 1000 + 0.0005 * Math.sign(v);
			values.push(v);
		}
		const mismatches: string[] = [];
		for (const locale of ['zh-CN', 'en'] as const) {
			for (const digits of [0, 1, 2, 3]) {
				const intl = new Intl.NumberFormat(locale, {
					maximumFractionDigits: digits,
					useGrouping: locale !== 'zh-CN'
				});
				for (const v of values) {
					const want = intl.format(v);
					const got = formatNumber(v, locale, digits);
					if (got !== want && mismatches.length < 10)
						mismatches.push(`${v} ${digits}: ${got} ≠ ${want}`);
				}
			}
		}
		expect(mismatches).toEqual([]);
	});
});
