// The files of a new story (see new-story.js): the least a story needs to validate and build,
// each saying what to replace. One step in the opening, one figure, one source text, both
// editions. The figure's sentence names its period (今年), so no copy has to say it gives none.

/** @param {unknown} value */
const json = (value) => JSON.stringify(value, null, '\t') + '\n';

/**
 * Every file of the story `id`, by path inside its folder.
 * @param {string} id
 * @param {string} date The source's date (YYYY-MM-DD); its year is the year the story shows.
 * @returns {Record<string, string>}
 */
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
	'copy/zh-CN.aml': `# ${id}：中文版的全部文字（占位，请改写）。格式见 README.md 的“Editing the copy”和“Starting a story”。
# 数字一律写成数据引用 {figure-id}；标点用全角。

{meta}
siteName: 新故事
title: 新故事的标题（占位）
description: 据示例材料，今年示例指标同比增长{example-growth}。（占位，请改写）
chapterTitle: %chapter% · 新故事
socialChapterTitle: %chapter%｜%headline% · 新故事
stepTitle: %step%｜%chapter% · 新故事
{}

{opening}
kicker: 新故事
title: 新故事的标题（占位）
dek: 据示例材料，今年示例指标同比增长{example-growth}。这是占位的导语，请改写。
byline: 数据来源：示例材料；图表：本文
{}

{steps.example}
title: 示例指标同比增速（今年）
headline: 今年示例指标同比增长{example-growth}
description: 据示例材料，今年示例指标同比增长{example-growth}。
[.text]
* 据示例材料，今年示例指标同比增长{example-growth}。这是占位的正文，请改写。
[]
caption: 今年示例指标同比增长{example-growth}
alt: 大号数字{example-growth}：今年示例指标的同比增速。
notes: 讲稿备注（占位）。
{}

{closing}
title: 来源与方法
sourcesTitle: 来源
sourcesIntro: 本文所有数字都来自下面的材料。
methodTitle: 方法
[.method]
* 每一个数字都录入数据集，连同原文摘录；构建网站时逐条核对。
[]
claimsTitle: 引语的出处
claimsIntro: 正文引用的每一段话，都在这里列出说话人和原文段落。
glossaryTitle: 术语
[.glossary]
term: 同比
definition: 与上年同一时期相比。

[]
qualifiersTitle: 限定词
qualifiers: 原文写作超过、多、余的数字，真实数值高于所写数字；写作近的，略低于所写数字。
derivedTitle: 推算的数字
derivedIntro: 以下数字是本文用原文数字算出的。
tableTitle: 全部数字
tableIntro: 数据集中的每一个数字，附原文摘录。
credit: 图表：本文。
{}

{figureLabels}
example-growth: 示例指标
source-date: 示例材料发布
{}

{periodTags}
this-year: 今年
year-earlier: 上年同期（推算）
unstated: 
{}

{periods}
this-year: %year%年
year-earlier: 上年同期（推算）
unstated: 原文未写明时段
{}

{notFound}
title: 没有找到这个页面
text: 这个地址不存在。你可以从开头阅读：
backToStory: 从头阅读
separator: ：
{}
`,
	'copy/en.aml': `# ${id}: every word of the English edition (placeholders: rewrite them). Format: "Editing the
# copy" and "Starting a story" in README.md. Numbers are never typed: write {figure-id}.

{meta}
siteName: A new story
title: The new story's title (placeholder)
description: According to the example report, the example indicator grew by {example-growth} year on year this year. (A placeholder: rewrite it.)
chapterTitle: %chapter% · A new story
socialChapterTitle: %chapter% | %headline% · A new story
stepTitle: %step% | %chapter% · A new story
{}

{opening}
kicker: A new story
title: The new story's title (placeholder)
dek: According to the example report, the example indicator grew by {example-growth} year on year this year. A placeholder standfirst: rewrite it.
byline: Data: the example report. Charts: our own
{}

{steps.example}
title: Example indicator: year-on-year growth (this year)
headline: Example indicator up {example-growth} year on year this year
description: According to the example report, the example indicator grew by {example-growth} year on year this year.
[.text]
* According to the example report, the example indicator grew by {example-growth} year on year this year. A placeholder paragraph: rewrite it.
[]
caption: Example indicator up {example-growth} this year
alt: {example-growth} in large type: the example indicator's year-on-year growth this year.
notes: Speaker's notes (a placeholder).
{}

{closing}
title: Sources and method
sourcesTitle: Sources
sourcesIntro: Every figure in this story comes from the report below.
methodTitle: Method
[.method]
* Every figure is entered in the dataset with an excerpt of the source, and checked when the site is built.
[]
claimsTitle: Where quotations come from
claimsIntro: Every passage the story quotes is listed here with its speaker and its passage in the source.
glossaryTitle: Terms
[.glossary]
term: Year on year
zh: 同比
definition: Compared with the same period of the previous year.

[]
qualifiersTitle: Qualifiers
qualifiers: A figure written as over or more than a number is above it; one written as nearly a number is a little below it.
derivedTitle: Estimates
derivedIntro: These figures are our own, calculated from figures in the source.
tableTitle: Every figure
tableIntro: Every figure in the dataset, with the excerpt of the source it comes from.
credit: Charts: ours.
{}

{figureLabels}
example-growth: Example indicator
source-date: Example report published
{}

{periodTags}
this-year: this year
year-earlier: a year earlier (est.)
unstated: 
{}

{periods}
this-year: %year%
year-earlier: A year earlier (our estimate)
unstated: Period not stated in the source
{}

{notFound}
title: Page not found
text: There is nothing at this address. Start from the beginning:
backToStory: Read from the start
separator: ": "
{}

# The dataset in English, by id (data/*.json).
{translation.labels}
example-growth: Year-on-year growth in the example indicator
source-date: Date of the example report
{}

{translation.sources.main}
title: Example report (placeholder)
publisher: Its publisher
description: What the report is about
{}

{translation.speakers}
{}

{translation.quotes}
{}

{translation.terms}
{}
`,
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
