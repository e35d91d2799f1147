/**
 * Scenes of every type for the engine's layout tests: the fixture story's own (its calendar, big
 * numbers, growth bars, share and unit grid) and, for the types it does not use, scenes made by
 * hand from figures made by hand, each with the qualifiers and units that type must handle. Any
 * story's figures are figures like these: ids, values, units, qualifiers, kinds.
 */
import type { SceneContext } from '$lib/scenes/marks';
import type { SceneSpec, SceneType } from '$lib/scenes/spec';
import { sceneContext } from '$lib/story/context';
import { allSteps } from '$lib/story/resolve';
import { figure, withFigures } from '../support/marks';
import { fixtureStory } from './fixture';

export const story = fixtureStory('zh-CN');
export const steps = allSteps(story);
/** The fixture story's own context, in Chinese. */
export const ctx = sceneContext(story);

const YEAR_EARLIER = '上年同期（推算）';

/** The fixture's context with the hand-made figures, names and lists. */
export const hand: SceneContext = withFigures(
	ctx,
	[
		// contribution: a part's growth, its contribution rate and the pull it implies.
		figure('part-growth', 9.5, '%', { kind: 'yoy-growth', short: '其中一个行业' }),
		figure('part-contribution', 23.3, '%', { kind: 'contribution', short: '贡献率' }),
		figure('part-pull', 1.6, '个百分点', { kind: 'pull', qualifier: '约', short: '拉动（推算）' }),
		// change: a growth rate a year earlier and now; a count a year earlier and now.
		figure('rate-before', 5.9, '%', {
			kind: 'yoy-growth',
			period: 'prior-year',
			periodTag: YEAR_EARLIER
		}),
		figure('rate-now', 9.3, '%', { kind: 'yoy-growth' }),
		figure('rate-change', 3.4, '个百分点', { kind: 'pp-change' }),
		figure('count-before', 1529, '个', {
			qualifier: '约',
			period: 'prior-year',
			periodTag: YEAR_EARLIER
		}),
		figure('count-now', 1660, '个'),
		figure('count-growth', 8.6, '%', { kind: 'yoy-growth' }),
		// funnel: a reserve, those picked from it, a target apart, and the share picked.
		figure('reserve', 2400, '家', { qualifier: '余', short: '储备库' }),
		figure('picked', 241, '家', { short: '首批' }),
		figure('target', 5, '个', { qualifier: '以上', kind: 'target', short: '年底目标' }),
		figure('picked-share', 10, '%', { qualifier: '约', kind: 'share', short: '比例（推算）' }),
		// amount-bars: amounts in three units, each qualifier a bar can carry, and a ratio.
		figure('total', 1.2, '万亿元', { qualifier: '突破', kind: 'amount', short: '累计' }),
		figure('quota', 3000, '亿元', { kind: 'amount', short: '新增额度' }),
		figure('loans', 1500, '亿元', { qualifier: '超过', kind: 'amount', short: '贷款' }),
		figure('orders', 82, '亿元', { qualifier: '近', kind: 'amount', short: '订单' }),
		figure('contracts', 86, '亿元', { qualifier: '超过', kind: 'amount', short: '合同' }),
		figure('revenue', 55788, '亿元', { kind: 'amount', short: '收入' }),
		figure('part-revenue', 5855, '亿元', { kind: 'amount', short: '其中一项收入' }),
		figure('revenue-ratio', 10.5, '%', { qualifier: '约', kind: 'ratio', short: '相当于' }),
		// area-product: totals as count × average, with bounds on either side or none.
		figure('turnover', 3, '万亿元', { qualifier: '超过', kind: 'amount', short: '成交额' }),
		figure('deals', 41, '万件', { qualifier: '近', short: '合同' }),
		figure('per-deal', 730, '万元', { qualifier: '超过', kind: 'average', short: '平均每件' }),
		figure('firms', 3.5, '万家', { qualifier: '超过', short: '企业' }),
		figure('per-firm', 3400, '万元', { qualifier: '近', kind: 'average', short: '平均每家' }),
		figure('planned', 5889.6, '亿元', { kind: 'amount', short: '计划投资' }),
		figure('per-project', 3.5, '亿元', { qualifier: '约', kind: 'average', short: '平均每个' }),
		// units: thousands of projects, a few of them large.
		figure('projects', 2750, '个', { short: '项目' }),
		figure('large-projects', 61, '个', { short: '大项目' }),
		figure('large-share', 2.2, '%', { qualifier: '约', kind: 'share', short: '占比（推算）' }),
		// framework: groups counted in words, two of them with their items named.
		figure('points', 3, '个', { numerals: 'hanzi', short: '重点' }),
		figure('models', 6, '类', { numerals: 'hanzi', short: '模式' }),
		figure('levels', 3, '级', { numerals: 'hanzi', short: '层级' }),
		figure('fields', 6, '个', { short: '领域' }),
		// big-number: large counts with their bounds.
		figure('stations', 455, '万个', { short: '基站' }),
		figure('devices', 11.9, '亿台', { qualifier: '超', short: '设备' }),
		figure('firms-served', 360, '万家', { qualifier: '超过', short: '服务企业' }),
		figure('records', 550, '万条', { qualifier: '多', short: '数据' }),
		// calendar: a second date in the fixture's month.
		figure('second-date', 20, '日', { kind: 'date', month: 3, short: '第二个日子' })
	],
	{
		names: {
			levels: ['省', '市', '县'],
			fields: ['原材料', '装备制造', '消费品', '信息技术', '新兴和未来产业', '共性技术']
		},
		lists: {
			measures: {
				source: '一次会议',
				items: [
					'加强成本调查和价格监测',
					'强化产品生产一致性监督检查',
					'督促重点企业落实好支付账期承诺',
					'着力健全规范竞争的长效机制，加强行业自律，更好发挥标准引领产业升级作用'
				]
			}
		}
	}
);

/** Hand-made scenes of every type, and the fixture's own: each laid out from `hand`. */
export const HAND_SCENES: [string, SceneSpec][] = [
	...steps.map((s) => [s.slug, s.scene] as [string, SceneSpec]),
	['calendar of two dates', { type: 'calendar', dates: ['report-date', 'second-date'] }],
	['big-number with a bound', { type: 'big-number', figure: 'devices', secondary: 'stations' }],
	[
		'contribution',
		{
			type: 'contribution',
			total: 'industry-growth',
			partGrowth: 'part-growth',
			contribution: 'part-contribution',
			pull: 'part-pull'
		}
	],
	[
		'change of a rate',
		{ type: 'change', from: 'rate-before', to: 'rate-now', change: 'rate-change' }
	],
	[
		'change of a count',
		{ type: 'change', from: 'count-before', to: 'count-now', change: 'count-growth' }
	],
	[
		'funnel with a target',
		{ type: 'funnel', figures: ['reserve', 'picked'], target: 'target', ratio: 'picked-share' }
	],
	['funnel', { type: 'funnel', figures: ['reserve', 'picked'], ratio: 'picked-share' }],
	['amount-bars of three units', { type: 'amount-bars', figures: ['total', 'quota', 'loans'] }],
	['amount-bars of bounds', { type: 'amount-bars', figures: ['orders', 'contracts'] }],
	[
		'amount-bars with a ratio',
		{ type: 'amount-bars', figures: ['revenue', 'part-revenue'], ratio: 'revenue-ratio' }
	],
	[
		'area-product, bounds',
		{ type: 'area-product', total: 'turnover', count: 'deals', average: 'per-deal' }
	],
	[
		'area-product, bounds the other way',
		{ type: 'area-product', total: 'total', count: 'firms', average: 'per-firm' }
	],
	[
		'area-product, no bounds',
		{ type: 'area-product', total: 'planned', count: 'count-now', average: 'per-project' }
	],
	[
		'units',
		{ type: 'units', figure: 'projects', highlight: 'large-projects', share: 'large-share' }
	],
	['units, none highlighted', { type: 'units', figure: 'projects' }],
	[
		'framework',
		{
			type: 'framework',
			groups: [{ figure: 'points' }, { figure: 'models' }, { figure: 'levels', names: ['levels'] }]
		}
	],
	[
		'framework of named items',
		{ type: 'framework', groups: [{ figure: 'fields', names: ['fields'] }] }
	],
	['list', { type: 'list', items: 'measures' }]
];

/** The first hand-made scene of a type, by name. */
export function handScene<T extends SceneType>(
	name: string,
	type: T
): Extract<SceneSpec, { type: T }> {
	const spec = HAND_SCENES.find(([n]) => n === name)?.[1];
	if (!spec || spec.type !== type) throw new Error(`No ${type} scene “${name}”`);
	return spec as Extract<SceneSpec, { type: T }>;
}
