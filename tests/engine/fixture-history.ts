/**
 * A history for the fixture story, which has none of its own: its editions updated after they were
 * published, and three corrections, written out of date order in the log as an editor might. One
 * corrects a step in the Chinese edition only; one a figure in both editions; one a figure's
 * wording in the English edition only (so the dataset's figure did not change).
 */
import type { DataFiles } from '$lib/data/validate';
import { fixtureDataFiles } from './fixture';

export const DATES = {
	about: 'The fixture story’s dates, with an update, for the engine’s tests.',
	editions: {
		'zh-CN': { published: '2030-03-20', modified: '2030-03-25' },
		en: { published: '2030-03-20', modified: '2030-03-25' }
	}
};

export const CORRECTIONS = [
	{
		id: 'park-headline',
		date: '2030-03-22',
		edition: 'zh-CN',
		steps: ['park-share'],
		text: {
			'zh-CN': {
				wrong: '这一步的标题曾把公园绿地写成占全市面积的比重。',
				now: '现在写作公园绿地面积占建成区面积的比重{park-share}，与公报一致。',
				why: '公报说的是建成区面积，不是全市面积。'
			}
		}
	},
	{
		id: 'canteen-count-bound',
		date: '2030-03-25',
		figures: ['canteen-count'],
		text: {
			'zh-CN': {
				wrong: '这一步曾把开办的社区食堂写成{canteen-count|plain}，漏掉了限定词。',
				now: '现在写作{canteen-count}，与公报一致。',
				why: '公报给出的是下限：真实数字不低于所写数字。'
			},
			en: {
				wrong:
					'This step once gave the canteens opened as {canteen-count|plain}, leaving out the qualifier.',
				now: 'It now gives {canteen-count}, as the bulletin does.',
				why: 'The bulletin gives a lower bound: the true number is not below the number written.'
			}
		}
	},
	{
		id: 'income-words',
		date: '2030-03-24',
		edition: 'en',
		figures: ['resident-income'],
		text: {
			en: {
				wrong: 'This step once called {resident-income} a household’s income.',
				now: 'It now calls it the income per resident, as the bulletin does.',
				why: 'The bulletin gives disposable income per resident, not per household.'
			}
		}
	}
];

type Json = Record<string, unknown>;
export type Log = Json & { corrections: Json[] };
export type Dates = { editions: Record<string, Record<string, string>> };

/** The fixture's data files with this history, each file changed further by the functions given. */
export function withHistory(
	change: { log?: (log: Log) => void; dates?: (dates: Dates) => void } = {}
): DataFiles {
	const files = structuredClone(fixtureDataFiles());
	const log = {
		about: 'Corrections for the engine’s tests.',
		corrections: structuredClone(CORRECTIONS)
	};
	const dates = structuredClone(DATES);
	change.log?.(log);
	change.dates?.(dates);
	files.corrections.content = log;
	files.dates.content = dates;
	return files;
}
