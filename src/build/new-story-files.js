// The files of a new story (see new-story.js): the least a story needs to validate and build,
// each saying what to replace. One step in the opening, one figure, one source text, both
// editions. The figure's sentence names its period (今年), so no copy has to say it gives none.

import { enCopy, zhCopy } from './new-story-copy.js';

/** @param {unknown} value */
const json = (value) => JSON.stringify(value, null, '\t') + '\n';

/**
 * Every file of the story `id`, by path inside its folder.
 * @param {string} id
 * @param {string} date The source's date (YYYY-MM-DD); its year is the year the story shows.
 * @returns {Record<string, string>}
 */
// eslint-disable-next-line max-lines-per-function -- a table of the files it writes, each whole
export function storyFiles(id, date) {
	// The source's date is a figure too, stated in the source text (月日, as reports write it).
	const [month, day] = date.split('-').slice(1).map(Number);
	const dated = `示例材料${month}月${day}日发布`;
	/** @type {Record<string, string>} */
	const files = {
	'story.json': json({ data: 'data', vocabulary: 'vocab.json' }),
	'vocab.json': json({
		chapters: ['intro'],
		openingChapter: 'intro',
		parts: ['main'],
		periods: { 'this-year': ['今年'], 'year-earlier': ['上年同期'], unstated: [] },
		unstated: 'unstated',
		yearEarlier: 'year-earlier',
		copyPeriodWords: [{ copy: '今年', source: ['今年'] }]
	}),
	'skeleton.aml': `# The story's skeleton: its chapters in reading order, each one's steps, the scene each step
# shows and the figure it is about. Add chapters under [chapters] (id, keyFigure, [.steps]) and
# list their ids in vocab.json. Scenes: src/lib/scenes/spec.ts. See "Starting a story" in README.md.

{opening}
[.steps]

slug: example
keyFigure: example-growth
scene.type: big-number
scene.figure: example-growth

[]
{}

[chapters]
[]
`,
	'copy/zh-CN.aml': zhCopy(id),
	'copy/en.aml': enCopy(id),
	'rules/en.ts': `/**
 * The English edition's checker rules: which words name a period (and the source's words for
 * it), attribute words to someone, tie a sentence to the one before, say the source gives no
 * period, mark our estimate; and the one English rendering of each Chinese term. Extend them as
 * the copy grows (the real story's rules/en.ts is a fuller example).
 */
import type { TranslationRules } from '$lib/copy/load';

export default {
	periodWords: [
		[/this year/gi, ['今年']],
		[/a year earlier/gi, ['上年同期']]
	],
	attributionVerbs: /\\b(?:said|says|told|noted|announced)\\b/,
	connectives: /^(?:This|That|These|It|Its|They|Also|And|But|So|Then|However)\\b/,
	noPeriod: /\\bgives? no period\\b|\\bperiod not stated\\b/i,
	estimate: /\\b(?:our (?:own )?estimates?|by our estimate)\\b/i,
	renderings: [{ zh: '同比', en: /year on year|year-on-year/i }]
} satisfies TranslationRules;
`,
	'data/source/source.txt': `示例材料（占位）

这是占位的原文：请把这个文件换成故事所依据的材料全文（并改 data/sources.json 里的 file、begins 和标题）。

${dated}。今年，示例指标同比增长5%。
`,
	'data/sources.json': json({
		file: 'source/source.txt',
		date,
		parts: [
			{
				id: 'main',
				begins: '示例材料（占位）',
				title: '示例材料（占位）',
				publisher: '发布者（占位）',
				description: '这份材料的内容（占位）'
			}
		]
	}),
	'data/figures/main.json': json({
		part: 'main',
		figures: [
			{
				id: 'source-date',
				label: '示例材料发布日期',
				value: day,
				month,
				unit: '日',
				qualifier: 'exact',
				kind: 'date',
				period: 'unstated',
				chapter: 'intro',
				excerpt: dated
			},
			{
				id: 'example-growth',
				label: '示例指标同比增长',
				value: 5,
				unit: '%',
				qualifier: 'exact',
				kind: 'yoy-growth',
				period: 'this-year',
				chapter: 'intro',
				excerpt: '今年，示例指标同比增长5%'
			}
		]
	}),
	'data/claims.json': json({ speakers: [], claims: [] }),
	'data/corrections.json': json({
		about: 'Every correction of something a published version had wrong.',
		corrections: []
	})
	};
	// An edition for each copy written above: its dates are keyed by its language's code.
	const codes = Object.keys(files).flatMap((path) => path.match(/^copy\/(.+)\.aml$/)?.slice(1) ?? []);
	files['data/dates.json'] = json({
		about:
			'When each edition was published and last updated: set published to the day it first goes out, and modified to the day of a later change.',
		editions: Object.fromEntries(codes.map((code) => [code, { published: date }]))
	});
	return files;
}
