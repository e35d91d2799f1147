// The copy of a new story (see new-story.js): every word of its two editions, placeholders that
// say to rewrite them, written so that the story validates as it is (each step's headline and
// description give its key figure and period, no typed digit, no unregistered quotation).

/**
 * The Chinese edition.
 * @param {string} id
 */
export const zhCopy = (id) => `# ${id}：中文版的全部文字（占位，请改写）。格式见 README.md 的“Editing the copy”和“Starting a story”。
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
`;

/**
 * The English edition, with its translation of the dataset.
 * @param {string} id
 */
// eslint-disable-next-line max-lines-per-function -- the file it writes, whole, reads best as one text
export const enCopy = (id) => `# ${id}: every word of the English edition (placeholders: rewrite them). Format: "Editing the
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
`;
