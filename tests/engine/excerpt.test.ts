import { describe, expect, it } from 'vitest';
import { findStatement, statedNumbers } from '$lib/data/excerpt';

describe('statedNumbers reads numbers as Chinese states them', () => {
	it.each([
		['同比增长6.4%', [{ value: 6.4, unit: '%', qualifier: 'exact' }]],
		['超过360万家', [{ value: 360, unit: '万家', qualifier: '超过' }]],
		['开源550多万条训练数据', [{ value: 550, unit: '万条', qualifier: '多' }]],
		['培育5个以上国家级', [{ value: 5, unit: '个', qualifier: '以上' }]],
		['成交额超过3万亿元', [{ value: 3, unit: '万亿元', qualifier: '超过' }]],
		['提高了3.4个百分点', [{ value: 3.4, unit: '个百分点', qualifier: 'exact' }]],
		[
			'三个重点、六类模式',
			[
				{ value: 3, unit: '个', numerals: 'hanzi' },
				{ value: 6, unit: '类', numerals: 'hanzi' }
			]
		],
		[
			'亿元以上签约项目4918个',
			[
				{ value: 1, unit: '亿元', qualifier: '以上' },
				{ value: 4918, unit: '个', qualifier: 'exact' }
			]
		],
		[
			'50亿元以上签约项目83个',
			[
				{ value: 50, unit: '亿元', qualifier: '以上' },
				{ value: 83, unit: '个' }
			]
		],
		['国新办7月18日召开', [{ value: 18, month: 7, unit: '日' }]],
		['以5G、人工智能大模型', []]
	])('%s', (text, want) => {
		const got = statedNumbers(text);
		expect(got).toHaveLength(want.length);
		want.forEach((w, i) => expect(got[i]).toMatchObject(w));
	});

	it('findStatement needs value, unit and qualifier to agree', () => {
		const excerpt = '企业信用贷款占比超过42%';
		expect(findStatement(excerpt, { value: 42, unit: '%', qualifier: '超过' })).toBeDefined();
		expect(findStatement(excerpt, { value: 42, unit: '%', qualifier: 'exact' })).toBeUndefined();
		expect(findStatement(excerpt, { value: 42, unit: '个', qualifier: '超过' })).toBeUndefined();
		expect(findStatement(excerpt, { value: 4.2, unit: '%', qualifier: '超过' })).toBeUndefined();
	});
});
