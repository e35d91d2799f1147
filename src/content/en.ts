/**
 * The English edition: the same story, steps, scenes and figures as the Chinese, written for an
 * international reader (British spelling). Numbers are references, never digits: `{figure-id}`
 * prints the figure through the one formatter, in English (over 3 trillion yuan, nearly 410,000,
 * 5 or more). `{q:id}` prints an official's words in our translation, marked † and linked to the
 * Chinese original in the register; `{by:id}` the speaker's name (`|role` with their title).
 * Chinese appears only where the page marks it as Chinese: the glossary's terms (`zh`), the
 * originals of quotations and titles, the source excerpts.
 */
import type { SceneSpec } from '$lib/scenes/spec';
import type { Content, Translation } from '$lib/story/types';
import zh from './zh-CN';
import { CHAPTER_TITLES as CHAPTER_TITLE_SET, STORY_TITLES } from './not-found';

const STORY_TITLE = STORY_TITLES.en;
const CHAPTER_TITLES = CHAPTER_TITLE_SET.en;

/** A step's scene: the Chinese edition's, so that both editions draw the same scenes and figures. */
function sceneOf(slug: string): SceneSpec {
	const step = [...zh.opening.steps, ...zh.chapters.flatMap((c) => c.steps)].find(
		(s) => s.slug === slug
	);
	if (!step) throw new Error(`src/content/en.ts: no step ${slug} in the Chinese edition`);
	return step.scene;
}

/**
 * Words that name a period, and the source's words for it: a sentence that names a period must
 * be about a figure whose sentence in the source names it too.
 */
const PERIOD_WORDS: Translation['periodWords'] = [
	[/first half/gi, ['上半年']],
	[/January[–-]June|Jan[–-]Jun\b/gi, ['1—6月', '1至6月']],
	[/January[–-]May|Jan[–-]May\b/gi, ['1至5月', '1—5月']],
	[/end of June|end-June/gi, ['6月底']],
	[/year[- ]end|end of (?:the|this) year/gi, ['年底']],
	[/cumulative/gi, ['累计']],
	[/at present|currently/gi, ['目前', '当前']],
	[/a year earlier|same period (?:of )?last year/gi, ['上年同期']],
	[/this year/gi, ['今年']]
];

/** Verbs that say someone said something: a sentence with one names whose words they are. */
const ATTRIBUTION_VERBS =
	/\b(?:said|told|tells|noted|notes|stressed|stresses|remarked|pointed out|points out|announced|announces|called for|calls for)\b/;

/** Opening words that tie a sentence to one before it: a description never starts with one. */
const CONNECTIVES =
	/^(?:This|That|These|Those|It|Its|They|Their|Also|And|But|Or|So|Yet|However|Meanwhile|Moreover|Furthermore|Besides|In addition|Additionally|Then|Next|Back|Another|Finally|First|Secondly|Still|Thus|Therefore|Hence|Similarly|Likewise|Here|Now|Again|Instead|As a result|There (?:was|were|is|are))\b/;

/** Words that say the source gives no period for a figure. */
const NO_PERIOD =
	/\b(?:gives?|states?|names?) no (?:period|date)\b|\bperiod not stated\b|\bdoes not (?:say|state) (?:from )?when\b/i;

/** Words that mark a figure as the story's own estimate. */
const ESTIMATE =
	/\b(?:our (?:own )?(?:estimates?|calculations?)|we (?:calculate|estimate)|by our (?:estimate|calculation))\b/i;

/**
 * One English term for each Chinese term: the SCIO's own English where it has one (its transcript
 * of this press conference: pilot-scale testing platforms, the national industry-finance
 * cooperation platform, new industrialisation, the National SMEs Service Month), in British
 * spelling; the People's Bank of China's for its relending tool.
 */
const RENDERINGS: Translation['renderings'] = [
	{ zh: '中试', en: /pilot-scale testing/i, not: /\bpilot[- ]testing\b|\bpilot platforms?\b/i },
	{
		zh: '国家产融合作平台',
		en: /national industry-finance cooperation platform/i,
		not: /Industry[–-]Finance Cooperation Platform/
	},
	{ zh: '产融合作', en: /industry-finance cooperation/i, not: /industry–finance/i },
	{ zh: '新型工业化', en: /new industrialisation/i, not: /industrialization/i },
	{
		zh: '技术改造',
		en: /technological transformation/i,
		not: /technological upgrading|technical (?:transformation|renovation)/i
	},
	{ zh: '全国中小企业服务月', en: /National SMEs Service Month/, not: /National SME Service/ },
	{ zh: '规上', en: /above designated size|above-size/i, not: /above-scale|designated-size/i },
	{ zh: '规模以上', en: /above designated size|above-size/i },
	{ zh: '拉动', en: /percentage[- ]points?/i, not: /\bpull\b/i },
	{ zh: '贡献率', en: /contribution rate/i },
	{ zh: '专精特新', en: /specialised and sophisticated/i, not: /specialized|SRDI/i },
	{ zh: '再贷款', en: /relending/i, not: /re-lending|re-loan|refinanc/i },
	{ zh: '信用贷款', en: /credit loans?/i, not: /unsecured/i },
	{ zh: '工业和信息化部', en: /Ministry of Industry and Information Technology|MIIT/ },
	{ zh: '国新办', en: /State Council Information Office|SCIO/ },
	{ zh: '技术合同', en: /technology contracts?/i },
	{ zh: '成果转化', en: /commercialis/i, not: /technology[- ]transfer/i },
	{
		zh: '招商',
		en: /investment promotion|promoting investment/i,
		not: /attract(?:ing|ion of)? investment|investment attraction/i
	},
	{ zh: '储备库', en: /reserve pool/i },
	{ zh: '内卷式', en: /involution-style/ },
	{ zh: '一盘棋', en: /single chessboard/ },
	{ zh: '指导意见', en: /Guiding Opinions/, not: /Guidelines/ },
	{ zh: '创新中心', en: /innovation centres?/i, not: /\bcenters?\b/i },
	{ zh: '国家级', en: /national-level/i },
	{ zh: '科技创新', en: /scientific and technological innovation/i, not: /sci-tech innovation/i },
	{ zh: '开源鸿蒙', en: /OpenHarmony/ },
	{ zh: '同比', en: /year on year|year-on-year/i },
	{ zh: '融合应用', en: /integrated 5G applications/i },
	{ zh: '数字产业', en: /digital industry/i },
	{ zh: '专项贷款', en: /special loan/i },
	{ zh: '战略合作金融机构', en: /strategic partner financial institutions/i }
];

const AXIS_NOTE =
	'Brackets give the period as the source states it; a label without brackets means the source states no period.';

const OPENING = {
	kicker: 'News in Numbers · China’s industrial economy in {year}',
	title: 'China’s industry at half-time',
	dek: 'On {press-conference-date} the State Council Information Office (SCIO) held a press conference at which officials of the Ministry of Industry and Information Technology (MIIT) answered questions on how industry performed in the first half: value added of industrial enterprises above designated size grew by {industrial-value-added-growth} year on year. This visual guide sets out every figure in four reports – Xinhua’s report of that press conference and three others – and looks at what each figure shows and what it cannot show.',
	byline: 'Data: Xinhua and other reports. Charts and calculations: our own',
	steps: [
		{
			slug: 'press-conference',
			scene: sceneOf('press-conference'),
			title: 'Date of the SCIO press conference',
			keyFigure: 'press-conference-date',
			headline:
				'SCIO press conference of {press-conference-date}: {by:officials-briefing} on China’s industry in the first half',
			description:
				'On {press-conference-date} China’s State Council Information Office (SCIO) held a press conference at which {by:officials-briefing} (officials of the Ministry of Industry and Information Technology) answered questions on how industry performed in the first half and on new highlights in the integration of scientific and technological innovation with industrial innovation. This visual guide charts the figures in Xinhua’s report of it and in three other reports.',
			text: [
				'On {press-conference-date} the SCIO held a press conference at which {by:officials-briefing} answered questions on how industry performed in the first half, on new highlights in the integration of scientific and technological innovation with industrial innovation, and on other matters.',
				'We draw on four reports: Xinhua’s report of this press conference; a second Xinhua report from the same press conference, on the national industry-finance cooperation platform; an excerpt from a meeting printed on a newspaper page, which names neither the meeting nor its date; and a report on investment promotion in Hubei province. The story runs in four chapters: growth, innovation, financing and investment.'
			],
			caption: '{press-conference-date}: SCIO press conference',
			alt: 'Calendar for July {year} with {press-conference-date} marked: the day of the SCIO press conference.',
			chartNote:
				'The source gives the day and month but not the year; {year}, the year in which the press conference was held, is our addition.',
			notes:
				'Start with when and where from: most figures come from Xinhua’s report of the SCIO press conference, alongside a second Xinhua report on the national industry-finance cooperation platform, a meeting excerpt and a report from Hubei. Every figure can be found in the source, except those marked as our estimates.'
		},
		{
			slug: 'headline-growth',
			scene: sceneOf('headline-growth'),
			title: 'Value added of industry above designated size: year-on-year growth (first half)',
			keyFigure: 'industrial-value-added-growth',
			headline:
				'Industry above designated size: value added up {industrial-value-added-growth} year on year in the first half',
			description:
				'{by:xie-resilience}, chief engineer of the Ministry of Industry and Information Technology, told a State Council Information Office press conference on {press-conference-date} that value added of industrial enterprises above designated size grew by {industrial-value-added-growth} year on year in the first half.',
			text: [
				'The report’s first figure: in the first half, value added of industrial enterprises above designated size – a statistical scope whose size threshold the source does not give – grew by {industrial-value-added-growth} year on year.',
				'In the words of {by:xie-resilience|role}: {q:xie-resilience}.'
			],
			caption: 'Industry above designated size: value added up {industrial-value-added-growth}',
			alt: '{industrial-value-added-growth} in large type: the year-on-year growth in value added of industrial enterprises above designated size in the first half.',
			notes:
				'This is the benchmark for the whole story: every growth rate that follows is set beside it.'
		}
	]
};

const GROWTH = {
	id: 'growth' as const,
	name: 'Growth',
	kicker: 'Chapter one',
	title: CHAPTER_TITLES.growth,
	intro: [
		'Beyond the overall growth rate, the press conference also gave figures on the structure of industry: for equipment manufacturing, high-tech manufacturing, the digital industry and green factories. The report gives shares and growth rates, but no shares for earlier years to compare them with, so we look only at where each stands, not at whether its weight has risen or fallen.'
	],
	keyFigure: 'industrial-value-added-growth',
	headline:
		'Industry above designated size: value added up {industrial-value-added-growth} in the first half, high-tech manufacturing up {high-tech-manufacturing-growth}',
	description:
		'According to Xinhua’s report of the State Council Information Office press conference of {press-conference-date}, value added of industrial enterprises above designated size grew by {industrial-value-added-growth} year on year in the first half and that of high-tech manufacturing above designated size by {high-tech-manufacturing-growth}, while equipment manufacturing accounted for {equipment-manufacturing-share} of all above-size industrial value added.',
	steps: [
		{
			slug: 'industry-growth',
			scene: sceneOf('industry-growth'),
			title: 'Growth rates compared: industry above designated size, first half (the baseline)',
			keyFigure: 'industrial-value-added-growth',
			headline:
				'The growth axis and its baseline: above-size industrial value added up {industrial-value-added-growth} in the first half',
			description:
				'We set the year-on-year growth rates in the reports side by side on one axis. Its baseline is the growth in value added of industrial enterprises above designated size in the first half, {industrial-value-added-growth}, given at the State Council Information Office press conference of {press-conference-date}.',
			text: [
				'First, a baseline: in the first half, value added of industrial enterprises above designated size grew by {industrial-value-added-growth} year on year.',
				'Each time we meet another year-on-year growth rate, we add it to the same axis, beside this baseline, with the period the source gives in brackets.'
			],
			caption:
				'Baseline: industry above designated size, value added up {industrial-value-added-growth} in the first half',
			alt: 'A single horizontal bar: value added of industry above designated size grew by {industrial-value-added-growth} year on year in the first half.',
			chartNote: AXIS_NOTE,
			notes:
				'Introduce this growth chart, which keeps coming back: later chapters add new indicators to it.'
		},
		{
			slug: 'manufacturing-share',
			scene: sceneOf('manufacturing-share'),
			title: 'Manufacturing value added as a share of GDP (first half)',
			keyFigure: 'manufacturing-share-of-gdp',
			headline: 'Manufacturing value added: {manufacturing-share-of-gdp} of GDP in the first half',
			description:
				'{by:xie-manufacturing-share}, chief engineer of the Ministry of Industry and Information Technology, told a State Council Information Office press conference on {press-conference-date} that in the first half manufacturing value added reached {manufacturing-share-of-gdp} of GDP, {q:xie-stable}.',
			text: [
				'{by:xie-manufacturing-share} also said that in the first half {q:xie-manufacturing-share}.'
			],
			caption: 'Manufacturing value added: {manufacturing-share-of-gdp} of GDP in the first half',
			alt: 'A grid of a hundred small squares with {manufacturing-share-of-gdp} shaded: manufacturing value added as a share of GDP.',
			notes:
				'The words {q:xie-stable} are the judgement of {by:xie-stable}; the report gives no share for earlier years, so we make no comparison.'
		},
		{
			slug: 'provinces',
			scene: sceneOf('provinces'),
			title: 'Provinces where value added of industry above designated size grew year on year',
			keyFigure: 'provinces-growing',
			headline:
				'Above-size industrial value added grew year on year in all {provinces-growing} provinces',
			description:
				'According to Xinhua’s report of the State Council Information Office press conference of {press-conference-date}, value added of industry above designated size grew year on year in all {provinces-growing} provinces, and profits grew faster than the national average in {industrial-provinces-profit-above-average} major industrial provinces. The report gives no period for either figure.',
			text: [
				'By region, value added of industry above designated size kept growing in all {provinces-growing} provinces, each of them recording year-on-year growth, and profits grew faster than the national average in {industrial-provinces-profit-above-average} major industrial provinces. According to the report, the major industrial provinces played a prominent part in helping to “carry the load”.',
				'By sector, electrical machinery, motor vehicles, electronics, general-purpose equipment, chemicals, non-ferrous metals and other industries grew fairly fast, and their contribution rate to the growth of above-size industry rose further.'
			],
			caption:
				'Above-size industry grew year on year in all {provinces-growing} provinces; profit growth beat the national average in {industrial-provinces-profit-above-average} major industrial provinces',
			alt: 'A grid of {provinces-growing|bare} squares, one for each province in the report, all shaded: value added of industry above designated size grew year on year in all of them. The {industrial-provinces-profit-above-average|bare} darker squares are the major industrial provinces whose profits grew faster than the national average.',
			chartNote:
				'The squares are illustrative and do not stand for particular provinces. The report does not say which the major industrial provinces are; drawing them among these provinces is our choice.',
			notes:
				'The report does not name the major industrial provinces; the squares show only how many there are.'
		},
		{
			slug: 'equipment-share',
			scene: sceneOf('equipment-share'),
			title:
				'Equipment manufacturing’s share of all value added of industry above designated size (first half)',
			keyFigure: 'equipment-manufacturing-share',
			headline:
				'Equipment manufacturing: {equipment-manufacturing-share} of above-size industrial value added in the first half',
			description:
				'{by:tao-equipment}, director-general of the Operation Monitoring and Coordination Bureau of the Ministry of Industry and Information Technology, told a State Council Information Office press conference on {press-conference-date} that in the first half China’s equipment manufacturing continued to grow fairly well, accounting for {equipment-manufacturing-share} of all value added of industrial enterprises above designated size.',
			text: [
				'The report then turns to new drivers of growth. {by:tao-equipment|role} said that in the first half China’s equipment manufacturing continued to grow fairly well, accounting for {equipment-manufacturing-share} of all value added of industrial enterprises above designated size.'
			],
			caption:
				'Equipment manufacturing: {equipment-manufacturing-share} of above-size industrial value added',
			alt: 'A grid of a hundred squares with {equipment-manufacturing-share} shaded: equipment manufacturing’s share of all value added of industry above designated size.',
			notes:
				'From the total to its structure: equipment manufacturing’s share of all above-size industrial value added.'
		},
		{
			slug: 'high-tech-growth',
			scene: sceneOf('high-tech-growth'),
			title: 'Growth rates compared: high-tech manufacturing above designated size, first half',
			keyFigure: 'high-tech-manufacturing-growth',
			headline:
				'High-tech manufacturing above designated size: value added up {high-tech-manufacturing-growth} in the first half',
			description:
				'{by:xie-high-tech}, chief engineer of the Ministry of Industry and Information Technology, told a State Council Information Office press conference on {press-conference-date} that value added of high-tech manufacturing above designated size grew by {high-tech-manufacturing-growth} year on year in the first half. Above-size industry as a whole grew by {industrial-value-added-growth}.',
			text: [
				'{by:xie-high-tech} said that in the first half, value added of high-tech manufacturing above designated size grew by {high-tech-manufacturing-growth} year on year. That is faster than the {industrial-value-added-growth} for above-size industry as a whole.'
			],
			caption:
				'High-tech manufacturing above designated size: value added up {high-tech-manufacturing-growth} in the first half',
			alt: 'Two horizontal bars: in the first half, value added of high-tech manufacturing above designated size grew by {high-tech-manufacturing-growth}, a longer bar than the {industrial-value-added-growth} for above-size industry as a whole.',
			chartNote: AXIS_NOTE,
			notes: 'A second bar appears, reaching well beyond the baseline.'
		},
		{
			slug: 'high-tech-contribution',
			scene: sceneOf('high-tech-contribution'),
			title:
				'High-tech manufacturing’s contribution to the growth of industry above designated size (first half)',
			keyFigure: 'high-tech-contribution',
			headline:
				'High-tech manufacturing’s contribution rate to above-size industrial growth: {high-tech-contribution} in the first half',
			description:
				'{by:xie-high-tech}, chief engineer of the Ministry of Industry and Information Technology, told a State Council Information Office press conference on {press-conference-date} that in the first half high-tech manufacturing’s contribution rate to the growth of all industry above designated size was {high-tech-contribution}. By our estimate, that is {high-tech-pull} of the {industrial-value-added-growth} growth.',
			text: [
				'How much of the overall growth came from high-tech manufacturing? {by:xie-high-tech} said that high-tech manufacturing’s contribution rate to the growth of all industry above designated size was {high-tech-contribution}.',
				'Multiplying the contribution rate by the overall growth rate gives the growth that high-tech manufacturing accounts for, in percentage points. By our estimate, then, {high-tech-pull} of the {industrial-value-added-growth} growth came from high-tech manufacturing.'
			],
			caption:
				'High-tech contribution rate {high-tech-contribution}: {high-tech-pull} (our estimate)',
			alt: 'A bar for total growth of {industrial-value-added-growth}, with a segment of {high-tech-contribution} marked as high-tech manufacturing: by our estimate ({industrial-value-added-growth} × {high-tech-contribution}), {high-tech-pull}.',
			chartNote: 'The percentage points are our estimate: overall growth rate × contribution rate.',
			notes:
				'Explain the contribution rate: it is not this sector’s share of the total, but the share of the total increase that came from it.'
		},
		{
			slug: 'digital-industry',
			scene: sceneOf('digital-industry'),
			title: 'Digital industry business revenue: year-on-year growth',
			keyFigure: 'digital-industry-revenue-growth',
			headline:
				'Digital industry business revenue up {digital-industry-revenue-growth} year on year, {digital-industry-growth-acceleration} faster than a year earlier',
			description:
				'According to Xinhua’s report of the State Council Information Office press conference of {press-conference-date}, the digital industry’s business revenue grew by {digital-industry-revenue-growth} year on year, a growth rate {digital-industry-growth-acceleration} higher than in the same period a year earlier. The report gives no period for this growth rate.',
			text: [
				'According to the report, digital technologies such as 5G and large AI models developed rapidly, and the digital industry’s business revenue grew by {digital-industry-revenue-growth} year on year, a growth rate {digital-industry-growth-acceleration} higher than in the same period a year earlier.',
				'Working backwards, we calculate that growth in the same period a year earlier was {digital-industry-growth-2024}.'
			],
			caption:
				'Digital industry business revenue: growth {digital-industry-growth-acceleration} faster than a year earlier',
			alt: 'Two points joined by a line: growth in the digital industry’s business revenue rose from {digital-industry-growth-2024} a year earlier (our estimate) to {digital-industry-revenue-growth}, an increase of {digital-industry-growth-acceleration}.',
			chartNote:
				'The year-earlier growth rate is our estimate: the current growth rate minus the increase in percentage points. The report does not state the period this growth rate covers.',
			notes:
				'A sign of acceleration: revenue is not only growing but growing faster than a year earlier.'
		},
		{
			slug: 'green-factories',
			scene: sceneOf('green-factories'),
			title: 'Output of national-level green factories as a share of total manufacturing output',
			keyFigure: 'green-factories-share',
			headline:
				'National-level green factories: {green-factories-share} of total manufacturing output',
			description:
				'According to Xinhua’s report of the State Council Information Office press conference of {press-conference-date}, output of national-level green factories made up {green-factories-share} of total manufacturing output, and energy consumption per unit of value added at industrial enterprises above designated size kept falling. The report gives no period for these figures.',
			text: [
				'The report also covers green development: national-level green factories accounted for {green-factories-share} of total manufacturing output, and energy consumption per unit of value added at industrial enterprises above designated size continued to fall.'
			],
			caption: 'National-level green factories: {green-factories-share} of manufacturing output',
			alt: 'A grid of a hundred squares with {green-factories-share|plain} shaded and marked as a lower bound: the actual share is higher than the shaded part.',
			chartNote:
				'The source gives the share as {green-factories-share}, so the shaded part is a lower bound.',
			notes:
				'Point out that the share is {green-factories-share}, not exactly {green-factories-share|plain}: the shaded part is a lower bound, and the true share is higher.'
		},
		{
			slug: '5g-base-stations',
			scene: sceneOf('5g-base-stations'),
			title: 'Total number of 5G base stations (end of June)',
			keyFigure: '5g-base-stations',
			headline: '5G base stations: {5g-base-stations} in total at the end of June',
			description:
				'Data released at the State Council Information Office press conference of {press-conference-date} showed that by the end of June the total number of 5G base stations had reached {5g-base-stations}.',
			text: [
				'Data released at the press conference showed that by the end of June the total number of 5G base stations had reached {5g-base-stations}.'
			],
			caption: '{5g-base-stations} 5G base stations at the end of June',
			alt: '{5g-base-stations} in large type: the total number of 5G base stations at the end of June, marked on a ruler of orders of magnitude.',
			notes: 'This is the total in place at the end of June, not the number added over a period.'
		},
		{
			slug: '5g-sectors',
			scene: sceneOf('5g-sectors'),
			title: 'Major categories of the national economy reached by integrated 5G applications',
			keyFigure: '5g-categories-reached',
			headline:
				'At present, integrated 5G applications reach {5g-categories-reached} of the {economy-major-categories} major categories of the national economy',
			description:
				'Data released at the State Council Information Office press conference of {press-conference-date} showed that, at present, integrated 5G applications have reached {5g-categories-reached} of the {economy-major-categories} major categories of the national economy, and that {5g-industrial-internet-projects} “5G + Industrial Internet” projects have been built.',
			text: [
				'At present, integrated 5G applications have reached {5g-categories-reached} of the {economy-major-categories} major categories of the national economy. By our estimate, that is about {5g-category-coverage|plain} of them, and {5g-categories-not-reached} categories have not yet been reached.',
				'In addition, {5g-industrial-internet-projects} “5G + Industrial Internet” projects have been built.'
			],
			caption:
				'Integrated 5G applications: {5g-categories-reached} of the {economy-major-categories} major categories of the national economy',
			alt: 'A grid of {economy-major-categories|bare} squares, one for each major category of the national economy: the {5g-categories-reached|bare} shaded squares are the categories integrated 5G applications have reached; the {5g-categories-not-reached|bare} left empty have not yet been reached (our estimate).',
			chartNote:
				'The share of categories covered and the number not yet reached are our estimates.',
			notes:
				'The squares stand for major categories of the national economy; the report does not name them, so we look only at how far coverage extends.'
		},
		{
			slug: 'software',
			scene: sceneOf('software'),
			title: 'Growth rates compared: software, cloud computing and big data revenue, January–May',
			keyFigure: 'software-revenue-growth',
			headline:
				'Software business revenue up {software-revenue-growth} year on year in January–May',
			description:
				'{by:xie-cun-software}, director-general of the Department of Information and Communications Development of the Ministry of Industry and Information Technology, told a State Council Information Office press conference on {press-conference-date} that software business revenue was {software-revenue} in January–May, up {software-revenue-growth} year on year, and that cloud computing and big data services earned {cloud-big-data-revenue}, also up {cloud-big-data-revenue-growth}.',
			text: [
				'In the report’s view, the steady development of the software industry also reflects, to some extent, what industry’s “smart and digital transformation” has achieved. {by:xie-cun-software|role} said that in January–May software business revenue was {software-revenue}, up {software-revenue-growth} year on year, while cloud computing and big data services together earned {cloud-big-data-revenue}, also up {cloud-big-data-revenue-growth} year on year.'
			],
			caption: 'Software business revenue up {software-revenue-growth} in January–May',
			alt: 'Five horizontal bars: in January–May, software business revenue and revenue from cloud computing and big data services both grew by {software-revenue-growth}, the two longest bars so far; high-tech manufacturing {high-tech-manufacturing-growth}, the digital industry {digital-industry-revenue-growth}, industry above designated size {industrial-value-added-growth}.',
			chartNote: AXIS_NOTE,
			notes:
				'Point out the period: both software figures cover January–May, not the whole first half.'
		},
		{
			slug: 'cloud-share',
			scene: sceneOf('cloud-share'),
			title:
				'Revenue from cloud computing and big data services, and software business revenue (January–May)',
			keyFigure: 'cloud-to-software-ratio',
			headline:
				'Cloud computing and big data revenue equal to {cloud-to-software-ratio} of software revenue in January–May (our estimate)',
			description:
				'According to Xinhua’s report of the State Council Information Office press conference of {press-conference-date}, software business revenue was {software-revenue} in January–May and revenue from cloud computing and big data services {cloud-big-data-revenue}. By our estimate, the second is equal to {cloud-to-software-ratio} of the first; the report does not say whether one includes the other.',
			text: [
				'The report gives these two revenues side by side without saying whether one includes the other. We simply set one against the other: by our calculation, revenue from cloud computing and big data services, {cloud-big-data-revenue}, is equal to {cloud-to-software-ratio} of software business revenue, {software-revenue}.',
				'This ratio is our own calculation. As the report does not say whether cloud and big data revenue is counted in software revenue, the ratio cannot be read as a share.'
			],
			caption:
				'Cloud and big data revenue equal to {cloud-to-software-ratio} of software revenue (our estimate)',
			alt: 'Two horizontal bars for January–May: software business revenue of {software-revenue} and revenue from cloud computing and big data services of {cloud-big-data-revenue}; by our estimate, the second is equal to {cloud-to-software-ratio} of the first.',
			chartNote:
				'The ratio is our estimate: revenue from cloud computing and big data services ÷ software business revenue. The report does not say whether one includes the other.',
			notes:
				'This is our estimate: the report itself gives no such ratio, nor does it say that one revenue includes the other.'
		},
		{
			slug: 'openharmony',
			scene: sceneOf('openharmony'),
			title: 'Devices running the OpenHarmony operating system (end of June)',
			keyFigure: 'openharmony-devices',
			headline: 'OpenHarmony: {openharmony-devices} devices at the end of June',
			description:
				'According to Xinhua’s report of the State Council Information Office press conference of {press-conference-date}, by the end of June {openharmony-products} types of product ran the OpenHarmony operating system, with {openharmony-devices} devices in total.',
			text: [
				'Then OpenHarmony, an open-source operating system: by the end of June, {openharmony-products} types of product ran it, with {openharmony-devices} devices in total.'
			],
			caption: 'OpenHarmony: {openharmony-devices} devices at the end of June',
			alt: 'In large type, {openharmony-devices}: the total number of devices running the OpenHarmony operating system; below it, in small type, {openharmony-products} types of product.',
			notes: 'Both figures are marked over, so both are lower bounds.'
		},
		{
			slug: 'competition-order',
			scene: sceneOf('competition-order'),
			title: 'Meeting excerpt: regulating competition in the new energy vehicle industry',
			headline:
				'Regulating competition in the new energy vehicle industry: an excerpt from a meeting the source does not name',
			description:
				'{by:xie-governance}, chief engineer of the Ministry of Industry and Information Technology, said at the State Council Information Office press conference of {press-conference-date} that industry governance would be strengthened with market-based thinking and the rule of law, and the orderly exit of outdated production capacity promoted. A separate newspaper excerpt of a meeting, which names neither the meeting nor its date, reports that {by:meeting-nev} called for competition in the new energy vehicle industry to be effectively regulated.',
			text: [
				'Xinhua’s report of the press conference also touches on industry governance: {by:xie-governance} said that industry governance would be strengthened with market-based thinking and the rule of law, and that the orderly exit of outdated production capacity would be promoted.',
				'Another source is an excerpt from a meeting printed on a newspaper page; the excerpt names neither the meeting nor its date. In the excerpt, {by:meeting-nev} stated that the various kinds of irrational competition that have appeared in the new energy vehicle industry must be tackled, combining short- and long-term measures in a comprehensive approach, so as to effectively regulate the order of competition in the industry.'
			],
			caption: 'What {by:meeting-nev} called for (the excerpt gives neither its name nor its date)',
			alt: 'What {by:meeting-nev} (a meeting whose name and date the newspaper excerpt does not give) called for to regulate competition in the new energy vehicle industry: stronger cost investigations and price monitoring, stepped-up supervision and inspection of production conformity, pressing major carmakers to honour their commitments on payment terms, and work to build a long-term mechanism for regulating competition.',
			chartNote:
				'Source: an excerpt on a newspaper page (continued from the front page), which names neither the meeting nor its date; the source text breaks off mid-sentence.',
			notes:
				'This step has no figures: regulating competition runs alongside growth. Hubei’s document in the fourth chapter also sets out to curb “involution-style” investment promotion; the two can be read side by side – that is our reading.'
		}
	]
};

const INNOVATION = {
	id: 'innovation' as const,
	name: 'Innovation',
	kicker: 'Chapter two',
	title: CHAPTER_TITLES.innovation,
	intro: [
		'Another subject at the press conference was the integration of scientific and technological innovation with industrial innovation. The figures in this chapter are spread across firms, robots, technology contracts and pilot-scale testing platforms.'
	],
	keyFigure: 'tech-contract-turnover',
	headline:
		'Technology contract turnover of {tech-contract-turnover} in the first half, up {tech-contract-turnover-growth} year on year',
	description:
		'According to Xinhua’s report of the State Council Information Office press conference of {press-conference-date}, technology contracts nationwide had a turnover of {tech-contract-turnover} in the first half, up {tech-contract-turnover-growth} year on year. Output of industrial robots and of service robots grew by {industrial-robot-output-growth} and {service-robot-output-growth} year on year respectively; the report gives no period for these two growth rates.',
	steps: [
		{
			slug: 'little-giants',
			scene: sceneOf('little-giants'),
			title: 'Specialised and sophisticated “little giant” firms supported (first half)',
			keyFigure: 'little-giants-supported',
			headline:
				'Specialised and sophisticated “little giant” firms supported in the first half: {little-giants-supported}',
			description:
				'According to Xinhua’s report of the State Council Information Office press conference of {press-conference-date}, the Ministry of Industry and Information Technology and the Ministry of Finance supported the high-quality development of {little-giants-supported} specialised and sophisticated “little giant” firms in the first half.',
			text: [
				'The Xinhua report turns to nurturing innovative firms: in the first half, MIIT, together with the Ministry of Finance, supported the high-quality development of {little-giants-supported} specialised and sophisticated “little giant” firms – small and medium-sized enterprises that hold a national designation of that name.'
			],
			caption:
				'{little-giants-supported} specialised and sophisticated “little giant” firms supported in the first half',
			alt: '{little-giants-supported|bare} small squares, each standing for one specialised and sophisticated “little giant” firm that received support.',
			notes: 'Each small square is one firm: a way to get a feel for the scale.'
		},
		{
			slug: 'sme-service-month',
			scene: sceneOf('sme-service-month'),
			title: 'Small and medium-sized enterprises (SMEs) served in the first half',
			keyFigure: 'smes-served',
			headline: 'Small and medium-sized enterprises served in the first half: {smes-served}',
			description:
				'According to Xinhua’s report of the State Council Information Office press conference of {press-conference-date}, {smes-served} small and medium-sized enterprises (SMEs) were served in the first half. The report gives this figure right after the National SMEs Service Month, held for {sme-service-month-years} running, without saying whether it counts the Service Month alone or all services to SMEs.',
			text: [
				'The National SMEs Service Month, a campaign for small and medium-sized enterprises (SMEs), has now been organised for {sme-service-month-years} running. The same sentence of the report goes on: in the first half, {smes-served} SMEs were served in total.',
				'The report does not say whether that total is the Service Month’s or that of all services to SMEs, so we do not count it as the Service Month’s.'
			],
			caption: 'SMEs served in the first half: {smes-served}',
			alt: 'A large figure, {smes-served}: the number of SMEs served in total in the first half.',
			notes:
				'The figure is marked over: it is a lower bound, not an exact count. The report does not say that it is the Service Month’s.'
		},
		{
			slug: 'sme-deals',
			scene: sceneOf('sme-deals'),
			title:
				'Value of deal orders brokered and of contracts to commercialise technological results',
			keyFigure: 'sme-deal-orders',
			headline:
				'Orders worth {sme-deal-orders} brokered in the first half, contracts to commercialise technological results worth {sme-tech-transfer-contracts}',
			description:
				'According to Xinhua’s report of the State Council Information Office press conference of {press-conference-date}, deal orders worth {sme-deal-orders} were brokered in the first half, and contracts to commercialise technological results reached {sme-tech-transfer-contracts}. The report gives both figures right after the National SMEs Service Month, without saying what work produced them.',
			text: [
				'The same sentence also covers deals and the commercialisation of technological results: in the first half, deal orders worth {sme-deal-orders} were brokered, and contracts to commercialise technological results reached {sme-tech-transfer-contracts}.'
			],
			caption:
				'First half: orders brokered worth {sme-deal-orders}; contracts to commercialise technological results worth {sme-tech-transfer-contracts}',
			alt: 'Two horizontal bars: orders brokered in the first half, worth {sme-deal-orders}, and contracts to commercialise technological results, worth {sme-tech-transfer-contracts}.',
			chartNote:
				'A value marked nearly is slightly below the number shown; a value marked over is above it.',
			notes:
				'The orders figure sits just below its number and the contracts figure above its number, so the real gap between them is at least as wide as the chart shows.'
		},
		{
			slug: 'robots',
			scene: sceneOf('robots'),
			title: 'Growth rates compared: robot output',
			keyFigure: 'industrial-robot-output-growth',
			headline:
				'Industrial robot output up {industrial-robot-output-growth} year on year, service robots up {service-robot-output-growth}',
			description:
				'{by:xie-robots}, chief engineer of the Ministry of Industry and Information Technology, told a State Council Information Office press conference on {press-conference-date} that output of industrial robots and of service robots grew by {industrial-robot-output-growth} and {service-robot-output-growth} year on year respectively. The report gives no period for these growth rates.',
			text: [
				'Next, robots. {q:xie-robots}, {by:xie-robots} said.',
				'The report gives no period for these two growth rates. Once they are on the growth axis, the axis has to stretch to hold them.'
			],
			caption:
				'Output of industrial robots up {industrial-robot-output-growth}, of service robots up {service-robot-output-growth}',
			alt: 'Seven horizontal bars: industrial robot output up {industrial-robot-output-growth} and service robot output up {service-robot-output-growth}, far longer than the other indicators; value added of industry above designated size up {industrial-value-added-growth}.',
			chartNote: AXIS_NOTE,
			notes:
				'Watch the scale change: the earlier bars are all squeezed shorter, and the two robot-output bars are far longer than the rest.'
		},
		{
			slug: 'training-data',
			scene: sceneOf('training-data'),
			title: 'Humanoid robot training grounds and datasets: training data released as open source',
			keyFigure: 'humanoid-training-data',
			headline:
				'Humanoid robot training grounds and datasets: {humanoid-training-data} items of training data released as open source',
			description:
				'{by:xie-humanoid}, chief engineer of the Ministry of Industry and Information Technology, told a State Council Information Office press conference on {press-conference-date} that humanoid robot training grounds and datasets had gone into operation, with {humanoid-training-data} items of training data released as open source. The report gives no period for this figure.',
			text: ['Earlier in the same remark, {by:xie-humanoid} said: {q:xie-humanoid}.'],
			caption:
				'Humanoid robot training grounds and datasets: {humanoid-training-data} items of training data released as open source',
			alt: 'A large figure, {humanoid-training-data}: the number of items of training data released as open source through humanoid robot training grounds and datasets.',
			notes: 'This counts items of data for training robots, not robots.'
		},
		{
			slug: 'tech-contracts',
			scene: sceneOf('tech-contracts'),
			title: 'Growth rates compared: technology contract turnover, first half',
			keyFigure: 'tech-contract-turnover-growth',
			headline:
				'Technology contract turnover up {tech-contract-turnover-growth} year on year in the first half',
			description:
				'According to Xinhua’s report of the State Council Information Office press conference of {press-conference-date}, {tech-contracts-registered} technology contracts were registered nationwide in the first half, with a turnover of {tech-contract-turnover}, up {tech-contract-turnover-growth} year on year.',
			text: [
				'The commercialisation of scientific and technological results grew in scale: in the first half, {tech-contracts-registered} technology contracts were registered nationwide, with a turnover of {tech-contract-turnover}, up {tech-contract-turnover-growth} year on year.'
			],
			caption: 'Technology contract turnover up {tech-contract-turnover-growth} in the first half',
			alt: 'Eight horizontal bars: technology contract turnover grew by {tech-contract-turnover-growth} in the first half, the third-longest bar: shorter than industrial robot output ({industrial-robot-output-growth}) and service robot output ({service-robot-output-growth}), longer than software business revenue in January–May ({software-revenue-growth}).',
			chartNote: AXIS_NOTE,
			notes: 'Turnover growth ranks third on the chart, behind only the two robot-output figures.'
		},
		{
			slug: 'tech-contract-value',
			scene: sceneOf('tech-contract-value'),
			title:
				'Technology contract turnover = number of contracts × average value per contract (our estimate)',
			keyFigure: 'tech-contract-average-value',
			headline:
				'Average value per technology contract in the first half: {tech-contract-average-value} (our estimate)',
			description:
				'According to Xinhua’s report of the State Council Information Office press conference of {press-conference-date}, {tech-contracts-registered} technology contracts were registered in the first half, with a turnover of {tech-contract-turnover}. By our estimate, that is {tech-contract-average-value} per contract on average, a lower bound.',
			text: [
				'Dividing the turnover, {tech-contract-turnover}, by the {tech-contracts-registered} contracts gives, by our estimate, an average of {tech-contract-average-value} per contract.',
				'The numerator is a lower bound (over) and the denominator an upper bound (nearly), so the resulting average can only be a lower bound.'
			],
			caption:
				'Average value per technology contract in the first half: {tech-contract-average-value} (our estimate)',
			alt: 'A rectangle whose width stands for the number of contracts, {tech-contracts-registered}, whose height stands for the average value per contract, {tech-contract-average-value} (our estimate), and whose area stands for the turnover, {tech-contract-turnover}.',
			chartNote: 'The average value per contract is our estimate, and a lower bound.',
			notes:
				'Make clear why the average is a floor: the total is at least this large, and the number of contracts at most this large.'
		},
		{
			slug: 'innovation-centres',
			scene: sceneOf('innovation-centres'),
			title: 'National-level manufacturing innovation centres established (end of June)',
			keyFigure: 'innovation-centres',
			headline:
				'National-level manufacturing innovation centres established by the end of June: {innovation-centres}',
			description:
				'According to Xinhua’s report of the State Council Information Office press conference of {press-conference-date}, {innovation-centres} national-level manufacturing innovation centres had been established by the end of June.',
			text: [
				'Work on industrial innovation platforms continued: by the end of June, {innovation-centres} national-level manufacturing innovation centres had been established.'
			],
			caption:
				'{innovation-centres} national-level manufacturing innovation centres established by the end of June',
			alt: '{innovation-centres|bare} squares, each standing for one national-level manufacturing innovation centre already established.',
			notes: 'Here the story moves from firms to platforms.'
		},
		{
			slug: 'pilot-fields',
			scene: sceneOf('pilot-fields'),
			title: 'Key fields of the manufacturing pilot-scale testing service network',
			keyFigure: 'pilot-key-fields',
			headline:
				'Manufacturing pilot-scale testing service network: currently focused on {pilot-key-fields} key fields',
			description:
				'{by:xie-pilot-network}, chief engineer of the Ministry of Industry and Information Technology, said at the State Council Information Office press conference of {press-conference-date} that the ministry is currently speeding up the building of a manufacturing pilot-scale testing service network, focused on {pilot-key-fields} key fields: raw materials, equipment manufacturing, consumer goods, information technology, emerging and future industries, and generic technologies.',
			text: [
				'The report presents manufacturing pilot-scale testing platforms, where new products and processes are tried out between the laboratory and mass production, as an important vehicle for delivering pilot-scale testing services. {by:xie-pilot-network} said that MIIT is currently speeding up the building of a manufacturing pilot-scale testing service network, focused on {pilot-key-fields} key fields urgently needed for national strategy and industrial development.'
			],
			caption: 'Pilot-scale testing network: {pilot-key-fields} key fields',
			alt: '{pilot-key-fields|bare} blocks, labelled in turn: raw materials, equipment manufacturing, consumer goods, information technology, emerging and future industries, and generic technologies.',
			notes: 'All these fields are listed in the source; you can read them out one by one.'
		},
		{
			slug: 'pilot-funnel',
			scene: sceneOf('pilot-funnel'),
			title: 'Pilot-scale testing platforms: the reserve pool and the first batch',
			keyFigure: 'pilot-platforms-first-batch',
			headline:
				'Pilot-scale testing platforms: {pilot-platform-reserve} in the reserve pool, {pilot-platforms-first-batch} in the first batch for priority development',
			description:
				'{by:xie-pilot-reserve}, chief engineer of the Ministry of Industry and Information Technology, told a State Council Information Office press conference on {press-conference-date} that {pilot-platform-reserve} pilot-scale testing platforms had been brought into a reserve pool, and a first batch of {pilot-platforms-first-batch} selected from them for priority development. The report gives no period for these figures.',
			text: [
				'{q:xie-pilot-reserve}, {by:xie-pilot-reserve} said. By our estimate, the first batch is about {pilot-selection-rate|plain} of the reserve pool.'
			],
			caption:
				'Pilot-scale testing platforms: {pilot-platform-reserve} in the reserve pool; {pilot-platforms-first-batch} in the first batch',
			alt: 'Two nested squares whose areas stand for the reserve pool ({pilot-platform-reserve} platforms) and the first batch selected for priority development ({pilot-platforms-first-batch}); by our estimate, the smaller is about {pilot-selection-rate|plain} of the larger ({pilot-platforms-first-batch} ÷ {pilot-platform-reserve}).',
			chartNote:
				'The areas of the squares are proportional to the numbers; the ratio is our estimate.',
			notes:
				'Area matches number: selecting the first batch from the reserve pool narrows the field sharply.'
		},
		{
			slug: 'pilot-target',
			scene: sceneOf('pilot-target'),
			title: 'Pilot-scale testing platforms: the year-end target',
			keyFigure: 'pilot-platform-target',
			headline:
				'Target for the end of this year: {pilot-platform-target} national-level manufacturing pilot-scale testing platforms',
			description:
				'{by:xie-pilot-target}, chief engineer of the Ministry of Industry and Information Technology, told a State Council Information Office press conference on {press-conference-date} that efforts would be made to develop {pilot-platform-target} national-level manufacturing pilot-scale testing platforms by the end of this year.',
			text: [
				'In the same sentence, {by:xie-pilot-target} added: {q:xie-pilot-target}.',
				'The report does not say whether these national-level platforms are to come from the first batch of priority platforms, so the chart draws the target separately, off to one side.'
			],
			caption:
				'Year-end target: {pilot-platform-target} national-level pilot-scale testing platforms',
			alt: 'Two nested squares stand for the reserve pool and the first batch of priority platforms; set apart to one side, a small dashed square stands for the target of developing {pilot-platform-target} national-level manufacturing pilot-scale testing platforms by the end of the year.',
			chartNote:
				'The dashed outline marks a target, not a number already reached; the source’s “or more” includes the number itself. The report does not place the national-level platforms within the first batch, so the target is not drawn inside it.',
			notes: 'This last figure is a target, not the current state of affairs.'
		}
	]
};

const FINANCING = {
	id: 'financing' as const,
	name: 'Financing',
	kicker: 'Chapter three',
	title: CHAPTER_TITLES.financing,
	intro: [
		'At the same press conference, {by:xie-finance-h1|role} also spoke about industry-finance cooperation, whose task is to {q:xie-finance-guide}.'
	],
	keyFigure: 'platform-financing-total',
	headline:
		'National industry-finance cooperation platform: cumulative financing of {platform-financing-total}, {platform-average-per-firm} per beneficiary firm on average',
	description:
		'Xinhua reported from the State Council Information Office press conference of {press-conference-date} that cumulative financing for firms through the national industry-finance cooperation platform had reached {platform-financing-total}, and that each beneficiary firm had received {platform-average-per-firm} in financing support on average.',
	steps: [
		{
			slug: 'platform-total',
			scene: sceneOf('platform-total'),
			title:
				'Cumulative financing for firms through the national industry-finance cooperation platform',
			keyFigure: 'platform-financing-total',
			headline:
				'National industry-finance cooperation platform: cumulative financing for firms of {platform-financing-total}',
			description:
				'Xinhua reported from the State Council Information Office press conference of {press-conference-date} that, through the national industry-finance cooperation platform, {platform-institutions} financial and investment institutions had launched {platform-products} financial products and cumulative financing for firms had reached {platform-financing-total}. The report does not say from when the total is counted.',
			text: [
				'Through the national industry-finance cooperation platform, {platform-institutions} financial and investment institutions, focusing on the most pressing needs of manufacturers, have launched {platform-products} financial products, and cumulative financing for firms stands at {platform-financing-total}.'
			],
			caption:
				'National industry-finance cooperation platform: {platform-financing-total} in cumulative financing for firms',
			alt: 'The headline figure, {platform-financing-total}: cumulative financing for firms through the national industry-finance cooperation platform.',
			notes:
				'This is a cumulative total, and the report does not say from when it is counted, so do not present it as new financing in any one period.'
		},
		{
			slug: 'platform-per-firm',
			scene: sceneOf('platform-per-firm'),
			title: 'Financing = beneficiary firms × average per firm (our estimate)',
			keyFigure: 'platform-beneficiary-firms',
			headline:
				'National industry-finance cooperation platform: {platform-beneficiary-firms} beneficiary firms (our estimate)',
			description:
				'Xinhua reported from the State Council Information Office press conference of {press-conference-date} that cumulative financing for firms through the national industry-finance cooperation platform had reached {platform-financing-total}, with {platform-average-per-firm} per beneficiary firm on average. Dividing the total by the average, we calculate that {platform-beneficiary-firms} firms have benefited; the report gives no period for this.',
			text: [
				'Beneficiary firms received {platform-average-per-firm} each in financing support on average.',
				'Dividing the total by the average, we calculate that {platform-beneficiary-firms} firms benefited: the total is a lower bound (over) and the average an upper bound (nearly), so the number of firms can only be a lower bound too.'
			],
			caption:
				'National industry-finance cooperation platform: {platform-beneficiary-firms} beneficiary firms (our estimate)',
			alt: 'A rectangle whose width stands for the beneficiary firms, {platform-beneficiary-firms} by our estimate, whose height stands for the average of {platform-average-per-firm} per firm, and whose area stands for the financing total of {platform-financing-total}.',
			chartNote: 'The number of beneficiary firms is our estimate, and a lower bound.',
			notes:
				'The report gives no number of beneficiary firms: this lower bound is ours, from dividing the total by the average.'
		},
		{
			slug: 'relending-quota',
			scene: sceneOf('relending-quota'),
			title: 'Amounts on different bases: cumulative platform financing and the relending quota',
			keyFigure: 'relending-quota-increase',
			headline:
				'Relending quota for scientific and technological innovation and technological transformation raised by {relending-quota-increase} in the first half',
			description:
				'{by:xie-relending}, chief engineer of the Ministry of Industry and Information Technology, told a State Council Information Office press conference on {press-conference-date} that in the first half the relending quota for scientific and technological innovation and technological transformation was raised by {relending-quota-increase}, and a pilot policy on M&A loans for technology-based firms was introduced, among other measures.',
			text: [
				'{by:xie-relending} described active cooperation with the relevant departments on financial policies that serve new industrialisation: in the first half, the relending quota for scientific and technological innovation and technological transformation was raised by {relending-quota-increase}, and a pilot policy on M&A loans supporting mergers, acquisitions and restructuring by technology-based firms was introduced, among other measures, with the limits on loan shares, loan terms and the like significantly relaxed.',
				'Relending is money that a central bank lends to banks for them to lend on for a stated purpose; technological transformation is the renewal of existing firms’ equipment, processes and products; new industrialisation is the Chinese government’s name for its industrial policy. The report gives only the increase in the quota, not the quota itself or how much of it has been lent.'
			],
			caption: 'Relending quota raised by {relending-quota-increase} in the first half',
			alt: 'Two bars: cumulative financing for firms through the platform, {platform-financing-total}, and the increase in the relending quota in the first half, {relending-quota-increase}.',
			chartNote:
				'The two are measured on different bases and are shown side by side only to compare their scale. The report does not say how they relate, and they cannot be added together.',
			notes:
				'The report gives the increase in the relending quota, not how much has actually been lent; it cannot be added to the platform’s cumulative total.'
		},
		{
			slug: 'credit-loans',
			scene: sceneOf('credit-loans'),
			title: 'Special loan products: the share of credit loans to firms (base not stated)',
			keyFigure: 'credit-loan-share',
			headline:
				'Special loan products for key industrial chains: credit loans to firms at {credit-loan-share} (base not stated)',
			description:
				'According to Xinhua’s report of the State Council Information Office press conference of {press-conference-date}, special loan products for key industrial chains were launched together with a number of banks, with credit loans to firms making up {credit-loan-share} and the longest loan term reaching {longest-loan-term}. The report gives no period, and does not say what the share is a share of.',
			text: [
				'Financing products have also become more varied. {by:xie-partners} said that, together with {strategic-partner-institutions} strategic partner financial institutions, new financial products and services were being created for each of the major tasks of new industrialisation.',
				'To support key industrial chains, special loan products were launched together with a number of banks; credit loans to firms – loans made without collateral – make up {credit-loan-share}, and the longest loan term reaches {longest-loan-term}. The report does not say what the share is a share of.'
			],
			caption: 'Credit loans to firms: {credit-loan-share}; longest term: {longest-loan-term}',
			alt: 'A grid of a hundred squares, {credit-loan-share|plain} of them shaded and marked as a lower bound: credit loans to firms make up more than this share. The report does not say of what; the chart takes it to be the special loan products.',
			chartNote:
				'The source says the share is over this figure, so the shaded part is a lower bound. The report does not say what the share is a share of; drawing it as a share of the special loan products is our reading.',
			notes:
				'The source gives only the share of credit loans to firms and the longest loan term, without saying what the share is of, and with no further detail.'
		},
		{
			slug: 'special-loans',
			scene: sceneOf('special-loans'),
			title:
				'Three amounts on different bases, not to be added: platform financing, the relending quota, green factory loans and similar products',
			keyFigure: 'upgrade-loans-financing',
			headline:
				'Green factory loans, MIIT digital transformation loans and similar products: {upgrade-loans-financing} in cumulative financing',
			description:
				'According to Xinhua’s report of the State Council Information Office press conference of {press-conference-date}, green factory loans, MIIT digital transformation loans and similar products, launched for the transformation and upgrading of traditional industries, have supported cumulative financing for firms of {upgrade-loans-financing}. The report does not say from when the total is counted.',
			text: [
				'The report goes on to list two groups of products. For industrial technology innovation: the “pilot-scale testing + R&D loan”, sci-tech loans and others. For the transformation and upgrading of traditional industries: green factory loans, MIIT digital transformation loans and others, which, the report says, have supported cumulative financing for firms of {upgrade-loans-financing}.',
				'The report gives this figure in the same clause as the second group of products, so we chart it as that group’s figure.'
			],
			caption:
				'Green factory loans and similar products: {upgrade-loans-financing} in cumulative financing',
			alt: 'Three bars: cumulative financing for firms through the platform, {platform-financing-total}; the increase in the relending quota in the first half, {relending-quota-increase}; and cumulative financing for firms supported by green factory loans, MIIT digital transformation loans and similar products, {upgrade-loans-financing}.',
			chartNote:
				'The three are measured on different bases and are shown side by side only to compare their scale. The report does not say how they relate, and they cannot be added together.',
			notes: 'The third bar joins the chart; remind the audience that the three cannot be added up.'
		},
		{
			slug: 'pilot-cities',
			scene: sceneOf('pilot-cities'),
			title: 'National industry-finance cooperation pilot cities',
			keyFigure: 'pilot-cities',
			headline:
				'Pilot policies to be tried out first in {pilot-cities} national industry-finance cooperation pilot cities',
			description:
				'{by:xie-pilot-cities}, chief engineer of the Ministry of Industry and Information Technology, said at the State Council Information Office press conference of {press-conference-date} that pilot policies, standards and the like would be tried out first in the {pilot-cities} national industry-finance cooperation pilot cities. The report gives no period for this figure.',
			text: [
				'{by:xie-next-step} said: {q:xie-next-step}.',
				'{by:xie-pilot-cities} also said that the special programme for “science, technology, industry and finance integration” would be carried out in depth, and that pilot policies, standards and the like would be tried out first in the {pilot-cities} national industry-finance cooperation pilot cities.'
			],
			caption: '{pilot-cities} national industry-finance cooperation pilot cities',
			alt: 'A grid of {pilot-cities|bare} squares, one for each national industry-finance cooperation pilot city.',
			chartNote: 'The squares are schematic and do not stand for particular cities.',
			notes: 'To close: the pilot cities are where the next policies will be tried out first.'
		}
	]
};

const INVESTMENT = {
	id: 'investment' as const,
	name: 'Investment',
	kicker: 'Chapter four',
	title: CHAPTER_TITLES.investment,
	intro: [
		'The last chapter changes scale and looks at a single province. The report on investment promotion in Hubei did not come from the press conference, and its figures are of another kind: numbers of projects and planned investment.'
	],
	keyFigure: 'hubei-signed-projects',
	headline:
		'Hubei in January–June: {hubei-signed-projects} signed investment-promotion projects of {hubei-project-threshold}, {hubei-started-projects} started',
	description:
		'According to a report in the Investment Promotion column, {hubei-signed-projects} investment-promotion projects of {hubei-project-threshold} were signed across Hubei province in January–June, and {hubei-started-projects} projects of {hubei-project-threshold} started construction, up {hubei-started-projects-growth} year on year.',
	steps: [
		{
			slug: 'hubei-training',
			scene: sceneOf('hubei-training'),
			title: 'Hubei’s training session and the SCIO press conference',
			keyFigure: 'hubei-training-date',
			headline:
				'Hubei’s Department of Commerce holds a training session on the Guiding Opinions on investment promotion, {hubei-training-date}',
			description:
				'According to a report in the Investment Promotion column, on {hubei-training-date} the Hubei Provincial Department of Commerce held a training session on the Guiding Opinions on Innovating Investment Promotion in the New Development Stage.',
			text: [
				'On {hubei-training-date}, the Hubei Provincial Department of Commerce held a training session on the Guiding Opinions on Innovating Investment Promotion in the New Development Stage. The calendar also marks the date of the SCIO press conference.'
			],
			caption: '{hubei-training-date}: training session in Hubei',
			alt: 'A calendar for July {year}, marking {hubei-training-date} (the training session in Hubei) and {press-conference-date} (the SCIO press conference).',
			chartNote:
				'Both reports give only the day and the month; we take the year, {year}, from the date of the press conference.',
			notes:
				'A change of scale: from national data to one province’s investment promotion in practice.'
		},
		{
			slug: 'guidance-framework',
			scene: sceneOf('guidance-framework'),
			title: 'How the Guiding Opinions are structured',
			headline:
				'Hubei’s Guiding Opinions on investment promotion: {guidance-key-points} key points, {guidance-models} models, {guidance-programmes} programmes, {guidance-safeguards} safeguards',
			description:
				'According to a report in the Investment Promotion column, at a training session on {hubei-training-date} {by:long-guidance|role} explained Hubei’s Guiding Opinions on investment promotion, covering their “{guidance-key-points} key points, {guidance-models} models, {guidance-programmes} programmes, {guidance-safeguards} safeguards”, among other things.',
			text: [
				'{by:long-guidance|role} gave an in-depth explanation of the Guiding Opinions, covering their {guidance-key-points} key points, {guidance-models} models, {guidance-programmes} programmes and {guidance-safeguards} safeguards, among other things, and drawing on good examples that have emerged as Hubei explores new models of investment promotion.'
			],
			caption:
				'The Guiding Opinions: {guidance-key-points} key points, {guidance-models} models, {guidance-programmes} programmes, {guidance-safeguards} safeguards',
			alt: 'Four groups of blocks, one block for each item: {guidance-key-points} key points, {guidance-models} models, {guidance-programmes} programmes and {guidance-safeguards} safeguards.',
			chartNote:
				'The report does not say what each of the four groups contains, so the chart shows only how many items each has.',
			notes:
				'The report does not spell out the items in these four groups, so the chart shows only the counts.'
		},
		{
			slug: 'guidance-focus',
			scene: sceneOf('guidance-focus'),
			title: 'The Guiding Opinions: clusters and levels of government',
			headline:
				'Hubei’s Guiding Opinions: curbing “involution-style” investment promotion and pooling the efforts of {investment-government-levels} levels of government',
			description:
				'According to a report in the Investment Promotion column, {by:guidance-features} of Hubei province call for curbing “involution-style” investment promotion, focusing on the province’s “51020” advanced manufacturing clusters and {hubei-service-clusters} modern services clusters, and coordinating the investment promotion forces of the {investment-government-levels} levels of government – province, city and county – so that the province works as a “single chessboard”.',
			text: [
				'According to the report, {by:guidance-features} highlight several features, among them: to pursue high-quality investment promotion with full effort and curb “involution-style” investment promotion; to focus on Hubei’s “51020” advanced manufacturing clusters and its {hubei-service-clusters} modern services clusters, promoting investment along industrial chains, by cluster and by industrial ecosystem; and to coordinate the investment promotion forces of the {investment-government-levels} levels of government – province, city and county – with the resources of the authorities in charge of each sector, so as to build a province-wide “single chessboard” for investment promotion.',
				'In Chinese usage, “involution-style” competition is competition so fierce that it wears every side down without any of them gaining; a “single chessboard” is one plan that every piece on the board follows. The report defines neither term, and does not explain the name “51020”.'
			],
			caption:
				'Curbing “involution-style” investment promotion; coordinating {investment-government-levels} levels of government',
			alt: 'Two groups of blocks: the {hubei-service-clusters} modern services clusters, and the investment promotion forces of the {investment-government-levels} levels of government – province, city and county.',
			notes:
				'Our reading: the call to curb “involution-style” investment promotion can be set beside the meeting excerpt’s call to bring order to competition.'
		},
		{
			slug: 'hubei-signed',
			scene: sceneOf('hubei-signed'),
			title:
				'Signed investment-promotion projects of {hubei-project-threshold} in Hubei (January–June)',
			keyFigure: 'hubei-signed-projects',
			headline:
				'Hubei: {hubei-signed-projects} signed investment-promotion projects of {hubei-project-threshold} in January–June',
			description:
				'According to a report in the Investment Promotion column, {hubei-signed-projects} investment-promotion projects of {hubei-project-threshold} were signed across Hubei province in January–June, and {hubei-large-signed-projects} signed projects were worth {hubei-large-project-threshold}.',
			text: [
				'The report also gives province-wide investment promotion figures for this year so far. Of the investment projects signed across Hubei in January–June this year, {hubei-signed-projects} were worth {hubei-project-threshold}.'
			],
			caption:
				'Hubei, January–June: {hubei-signed-projects} signed investment-promotion projects of {hubei-project-threshold}',
			alt: 'A grid of {hubei-signed-projects|bare} small squares, each standing for one signed investment project of {hubei-project-threshold}.',
			chartNote: 'One square per project; the count covers projects of {hubei-project-threshold}.',
			notes: 'Each small square is one project: let the area convey the number.'
		},
		{
			slug: 'hubei-large',
			scene: sceneOf('hubei-large'),
			title:
				'Signed investment-promotion projects of {hubei-large-project-threshold} in Hubei (January–June)',
			keyFigure: 'hubei-large-signed-projects',
			headline:
				'Hubei: {hubei-large-signed-projects} signed investment-promotion projects of {hubei-large-project-threshold} in January–June',
			description:
				'According to a report in the Investment Promotion column, {hubei-large-signed-projects} investment-promotion projects of {hubei-large-project-threshold} were signed across Hubei province in January–June, against {hubei-signed-projects} of {hubei-project-threshold}. By our estimate, the larger projects make up about {hubei-large-project-share|plain} of the signed projects of {hubei-project-threshold}.',
			text: [
				'Signed projects of {hubei-large-project-threshold} numbered {hubei-large-signed-projects}. A project of {hubei-large-project-threshold} is also a project of {hubei-project-threshold}, so we take these {hubei-large-signed-projects|bare} to be among the {hubei-signed-projects|bare}; on that basis we calculate that they make up about {hubei-large-project-share|plain} of the signed projects of {hubei-project-threshold}.'
			],
			caption:
				'Hubei, January–June: {hubei-large-signed-projects} signed investment-promotion projects of {hubei-large-project-threshold}',
			alt: 'Of {hubei-signed-projects|bare} squares, {hubei-large-signed-projects|bare} are highlighted: the signed projects of {hubei-large-project-threshold}, about {hubei-large-project-share|plain} of the total by our estimate.',
			chartNote: 'The share is our estimate.',
			notes:
				'By number, signed projects of {hubei-large-project-threshold} are only a small fraction.'
		},
		{
			slug: 'hubei-started',
			scene: sceneOf('hubei-started'),
			title:
				'Investment projects of {hubei-project-threshold} that started construction in Hubei (January–June)',
			keyFigure: 'hubei-started-projects',
			headline:
				'Hubei: {hubei-started-projects} investment-promotion projects of {hubei-project-threshold} started construction in January–June, up {hubei-started-projects-growth}',
			description:
				'According to a report in the Investment Promotion column, {hubei-started-projects} investment-promotion projects of {hubei-project-threshold} started construction across Hubei province in January–June, up {hubei-started-projects-growth} year on year, with planned investment of {hubei-planned-investment}.',
			text: [
				'The report gives a separate set of figures for projects that started construction. In January–June, {hubei-started-projects} investment-promotion projects of {hubei-project-threshold} started construction across Hubei, up {hubei-started-projects-growth} year on year; from this we calculate that the figure for the same period a year earlier was about {hubei-started-projects-2024|plain}.'
			],
			caption:
				'Hubei, January–June: {hubei-started-projects} investment-promotion projects of {hubei-project-threshold} started, up {hubei-started-projects-growth}',
			alt: 'Two points joined by a line: Hubei’s investment-promotion projects of {hubei-project-threshold} started rose from {hubei-started-projects-2024} in the same period a year earlier (our estimate) to {hubei-started-projects}, up {hubei-started-projects-growth}.',
			chartNote:
				'The year-earlier figure is our estimate: this year’s figure divided by one plus the growth rate.',
			notes:
				'The report does not say how started projects relate to signed ones, so the two numbers cannot be added together or divided one by the other.'
		},
		{
			slug: 'hubei-growth-axis',
			scene: sceneOf('hubei-growth-axis'),
			title:
				'Growth rates compared: Hubei’s investment-promotion projects of {hubei-project-threshold} started, January–June',
			keyFigure: 'hubei-started-projects-growth',
			headline:
				'The growth axis in full: Hubei’s investment-promotion projects of {hubei-project-threshold} started in January–June, up {hubei-started-projects-growth}',
			description:
				'According to a report in the Investment Promotion column, in January–June the number of investment-promotion projects of {hubei-project-threshold} that started construction in Hubei grew by {hubei-started-projects-growth} year on year. We set it beside the other year-on-year growth rates in the reports, from industrial robot output at {industrial-robot-output-growth} to value added of industry above designated size at {industrial-value-added-growth}; their bases and periods differ, so they cannot be compared directly.',
			text: [
				'Back to the growth axis that runs through the story: in January–June, the number of investment-promotion projects of {hubei-project-threshold} that started construction in Hubei grew by {hubei-started-projects-growth} year on year.',
				'These growth rates are not on the same basis: some measure value added, others revenue, output, turnover or numbers of projects, and their periods are not all the same either. They sit side by side only to show where each one lies, not for a direct comparison of which is higher.'
			],
			caption:
				'Hubei, January–June: investment-promotion projects of {hubei-project-threshold} started, up {hubei-started-projects-growth}',
			alt: 'Nine bars sum up the story’s growth rates: industrial robot output, {industrial-robot-output-growth}, is the longest, followed by service robot output, {service-robot-output-growth}, and technology contract turnover, {tech-contract-turnover-growth}; the number of started projects of {hubei-project-threshold} in Hubei grew by {hubei-started-projects-growth}, and value added of industry above designated size {industrial-value-added-growth}.',
			chartNote: `The indicators are measured on different bases: some are value added, others revenue, output, turnover or numbers of projects. ${AXIS_NOTE}`,
			notes:
				'An overview of all the story’s growth rates; a reminder that their bases and periods differ.'
		},
		{
			slug: 'hubei-investment',
			scene: sceneOf('hubei-investment'),
			title:
				'Hubei’s investment-promotion projects of {hubei-project-threshold} started in January–June: planned investment = projects × average per project (our estimate)',
			keyFigure: 'hubei-planned-investment',
			headline:
				'Hubei: planned investment of {hubei-planned-investment} in investment-promotion projects of {hubei-project-threshold} started in January–June',
			description:
				'According to a report in the Investment Promotion column, the {hubei-started-projects} investment-promotion projects of {hubei-project-threshold} that started construction across Hubei province in January–June have planned investment of {hubei-planned-investment}. By our estimate, that is {hubei-average-planned-investment} per project on average.',
			text: [
				'The planned investment in these started projects is {hubei-planned-investment}; by our estimate, that is {hubei-average-planned-investment} per project on average.'
			],
			caption:
				'Hubei, January–June: planned investment of {hubei-planned-investment} in investment-promotion projects of {hubei-project-threshold} started',
			alt: 'A rectangle whose width stands for the {hubei-started-projects} started projects of {hubei-project-threshold}, whose height stands for the average planned investment per project, {hubei-average-planned-investment} (our estimate), and whose area stands for the total planned investment of {hubei-planned-investment}.',
			chartNote: 'The average planned investment per project is our estimate.',
			notes: 'To close: the average planned investment per started project, our estimate.'
		}
	]
};

/**
 * What each figure measures, in English, by figure id: the dataset's Chinese label in our words
 * (tables, the data export's English view, the preview cards). A label may refer to another
 * figure, as the Chinese does ({hubei-large-project-threshold}).
 */
const LABELS: Record<string, string> = {
	'press-conference-date': 'Date of the SCIO press conference',
	'industrial-value-added-growth':
		'Year-on-year growth in the value added of industrial enterprises above designated size',
	'manufacturing-share-of-gdp': 'Manufacturing value added as a share of GDP',
	'provinces-growing':
		'Provinces with year-on-year growth in the value added of industry above designated size',
	'industrial-provinces-profit-above-average':
		'Major industrial provinces with profit growth above the national average',
	'equipment-manufacturing-share':
		'Equipment manufacturing as a share of the value added of industry above designated size',
	'digital-industry-revenue-growth': 'Year-on-year growth in digital industry business revenue',
	'digital-industry-growth-acceleration':
		'Rise in the growth rate of digital industry revenue over the same period a year earlier',
	'green-factories-share':
		'Output value of national-level green factories as a share of total manufacturing output value',
	'little-giants-supported': 'Specialised and sophisticated “little giant” firms supported',
	'sme-service-month-years': 'Consecutive years the National SMEs Service Month has been held',
	'smes-served': 'Small and medium-sized enterprises served in total',
	'sme-deal-orders': 'Value of deal orders brokered',
	'sme-tech-transfer-contracts': 'Value of contracts to commercialise technological results',
	'humanoid-training-data':
		'Items of training data released as open source by humanoid robot training grounds and datasets',
	'industrial-robot-output-growth': 'Year-on-year growth in industrial robot output',
	'service-robot-output-growth': 'Year-on-year growth in service robot output',
	'tech-contracts-registered': 'Technology contracts registered nationwide',
	'tech-contract-turnover': 'Turnover of technology contracts',
	'tech-contract-turnover-growth': 'Year-on-year growth in technology contract turnover',
	'innovation-centres': 'National-level manufacturing innovation centres already established',
	'pilot-key-fields':
		'Key fields on which the manufacturing pilot-scale testing service network focuses',
	'pilot-platform-reserve': 'Pilot-scale testing platforms in the reserve pool',
	'pilot-platforms-first-batch':
		'Pilot-scale testing platforms in the first batch selected for priority development',
	'pilot-platform-target':
		'National-level manufacturing pilot-scale testing platforms targeted by year-end',
	'high-tech-manufacturing-growth':
		'Year-on-year growth in the value added of high-tech manufacturing above designated size',
	'high-tech-contribution':
		'Contribution rate of high-tech manufacturing to the growth of industry above designated size',
	'5g-base-stations': 'Total number of 5G base stations',
	'economy-major-categories': 'Major categories of the national economy',
	'5g-categories-reached':
		'Major categories of the national economy into which integrated 5G applications have been introduced',
	'5g-industrial-internet-projects': '“5G + Industrial Internet” projects built',
	'software-revenue': 'Software business revenue',
	'software-revenue-growth': 'Year-on-year growth in software business revenue',
	'cloud-big-data-revenue': 'Revenue from cloud computing and big data services',
	'cloud-big-data-revenue-growth':
		'Year-on-year growth in revenue from cloud computing and big data services',
	'openharmony-products': 'Product types running OpenHarmony',
	'openharmony-devices': 'Total number of devices running OpenHarmony',
	'platform-institutions':
		'Financial and investment institutions working through the national industry-finance cooperation platform',
	'platform-products':
		'Financial products launched through the platform by financial and investment institutions',
	'platform-financing-total': 'Cumulative financing for firms through the platform',
	'platform-average-per-firm': 'Average financing support per beneficiary firm',
	'relending-quota-increase':
		'Increase in the relending quota for scientific and technological innovation and technological transformation',
	'strategic-partner-institutions': 'Strategic partner financial institutions',
	'credit-loan-share': 'Share of credit loans to firms',
	'longest-loan-term': 'Longest loan term of the special loan products',
	'upgrade-loans-financing':
		'Cumulative financing for firms from green factory loans, MIIT digital transformation loans and similar products',
	'pilot-cities': 'National industry-finance cooperation pilot cities',
	'hubei-training-date': 'Date of Hubei’s training session on the Guiding Opinions',
	'guidance-key-points': 'Key points of the Guiding Opinions',
	'guidance-models': 'Models of the Guiding Opinions',
	'guidance-programmes': 'Programmes of the Guiding Opinions',
	'guidance-safeguards': 'Safeguards of the Guiding Opinions',
	'hubei-service-clusters': 'Hubei’s modern service industry clusters',
	'investment-government-levels':
		'Levels of government whose investment promotion forces are pooled (province, city, county)',
	'hubei-project-threshold': 'Statistical basis: project value threshold',
	'hubei-signed-projects':
		'Hubei investment promotion: signed projects of {hubei-project-threshold}',
	'hubei-large-project-threshold':
		'Statistical basis: value threshold of the higher band of signed projects',
	'hubei-large-signed-projects':
		'Hubei investment promotion: signed projects of {hubei-large-project-threshold}',
	'hubei-started-projects':
		'Hubei investment promotion: projects of {hubei-project-threshold} started',
	'hubei-started-projects-growth':
		'Hubei investment promotion: year-on-year growth in projects of {hubei-project-threshold} started',
	'hubei-planned-investment':
		'Hubei investment promotion: planned investment of projects of {hubei-project-threshold} started',
	'digital-industry-growth-2024':
		'Year-on-year growth in digital industry business revenue (a year earlier, our estimate)',
	'high-tech-pull':
		'Percentage points of the growth of industry above designated size that came from high-tech manufacturing (our estimate)',
	'5g-categories-not-reached':
		'Major categories of the national economy into which integrated 5G applications have not yet been introduced (our estimate)',
	'5g-category-coverage':
		'Share of major categories into which integrated 5G applications have been introduced (our estimate)',
	'cloud-to-software-ratio':
		'Revenue from cloud computing and big data services relative to software business revenue (our estimate)',
	'tech-contract-average-value': 'Average turnover per technology contract (our estimate)',
	'pilot-selection-rate':
		'First-batch priority pilot-scale testing platforms as a share of the reserve pool (our estimate)',
	'platform-beneficiary-firms':
		'Firms benefiting from the national industry-finance cooperation platform (our estimate)',
	'hubei-large-project-share':
		'Signed projects of {hubei-large-project-threshold} as a share of signed projects of {hubei-project-threshold} (our estimate)',
	'hubei-started-projects-2024':
		'Hubei investment promotion: projects of {hubei-project-threshold} started (a year earlier, our estimate)',
	'hubei-average-planned-investment':
		'Hubei investment promotion: average planned investment per project of {hubei-project-threshold} started (our estimate)'
};

/** Short labels for charts, where the full label is too long: the same figures as the Chinese edition's. */
const FIGURE_LABELS: Record<string, string> = {
	'industrial-value-added-growth': 'Above-size industrial value added',
	'high-tech-manufacturing-growth': 'Above-size high-tech manufacturing value added',
	'digital-industry-revenue-growth': 'Digital industry business revenue',
	'digital-industry-growth-2024': 'Digital industry business revenue (a year earlier)',
	'press-conference-date': 'SCIO press conference',
	'hubei-training-date': 'Hubei training session',
	'manufacturing-share-of-gdp': 'Manufacturing value added as a share of GDP',
	'equipment-manufacturing-share':
		'Equipment manufacturing’s share of above-size industrial value added',
	'green-factories-share': 'National-level green factories’ share of total manufacturing output',
	'credit-loan-share': 'Share of credit loans to firms',
	'cloud-to-software-ratio': 'Ratio of cloud and big data revenue to software revenue',
	'cloud-big-data-revenue': 'Cloud and big data services revenue',
	'software-revenue': 'Software business revenue',
	'provinces-growing':
		'provinces, all with year-on-year growth in above-size industrial value added',
	'industrial-provinces-profit-above-average':
		'major industrial provinces with profit growth above the national average',
	'economy-major-categories': 'major categories of the national economy',
	'5g-categories-reached': 'categories with integrated 5G applications',
	'5g-categories-not-reached': 'categories without them yet (our estimate)',
	'5g-category-coverage': 'Coverage (our estimate)',
	'innovation-centres': 'national-level manufacturing innovation centres',
	'pilot-cities': 'national industry-finance cooperation pilot cities',
	'little-giants-supported': 'Supported “little giant” firms',
	'hubei-signed-projects': 'Signed projects',
	'hubei-large-signed-projects': 'Of {hubei-large-project-threshold}',
	'hubei-large-project-share': 'Their share (our estimate)',
	'high-tech-contribution': 'Contribution rate of above-size high-tech manufacturing',
	'high-tech-pull': 'Of which high-tech manufacturing (our estimate)',
	'5g-base-stations': 'Total 5G base stations',
	'openharmony-devices': 'Total devices running OpenHarmony',
	'openharmony-products': 'Types of product',
	'smes-served': 'SMEs served in total',
	'humanoid-training-data': 'Training data released as open source',
	'software-revenue-growth': 'Software business revenue',
	'cloud-big-data-revenue-growth': 'Cloud and big data services revenue',
	'industrial-robot-output-growth': 'Industrial robot output',
	'service-robot-output-growth': 'Service robot output',
	'tech-contract-turnover-growth': 'Technology contract turnover',
	'hubei-started-projects-growth': 'Hubei: projects of {hubei-project-threshold} started',
	'hubei-started-projects-2024': 'Started projects of {hubei-project-threshold} (a year earlier)',
	'hubei-started-projects': 'Started projects of {hubei-project-threshold}',
	'sme-deal-orders': 'Value of deal orders brokered',
	'sme-tech-transfer-contracts': 'Contracts to commercialise technological results',
	'platform-financing-total': 'Platform financing for firms',
	'relending-quota-increase': 'Increase in relending quota',
	'upgrade-loans-financing': 'Green factory loans and similar products',
	'pilot-platform-reserve': 'Reserve pool',
	'pilot-platforms-first-batch': 'First batch for priority development',
	'pilot-platform-target': 'Year-end target: national-level pilot-scale testing platforms',
	'guidance-key-points': 'key points',
	'guidance-models': 'models',
	'guidance-programmes': 'programmes',
	'guidance-safeguards': 'safeguards',
	'hubei-service-clusters': 'modern service industry clusters',
	'investment-government-levels': 'government levels',
	'pilot-key-fields': 'key fields',
	'tech-contract-turnover': 'Turnover',
	'tech-contracts-registered': 'Contracts registered',
	'tech-contract-average-value': 'Average per contract (our estimate)',
	'platform-beneficiary-firms': 'Beneficiary firms (our estimate)',
	'platform-average-per-firm': 'Average per firm',
	'hubei-planned-investment': 'Planned investment',
	'hubei-average-planned-investment': 'Average per project (our estimate)'
};

const NAMES = {
	'pilot-key-fields': [
		'Raw materials',
		'Equipment manufacturing',
		'Consumer goods',
		'Information technology',
		'Emerging and future industries',
		'Generic technologies'
	],
	'investment-government-levels': ['Province', 'City', 'County']
};

const LISTS = {
	'nev-competition': {
		source: 'Unnamed meeting, undated; our translation',
		claim: 'meeting-nev',
		items: [
			'Strengthen cost investigations and price monitoring',
			'Step up supervision and inspection of production conformity',
			'Urge major carmakers to honour their payment-term commitments',
			'Work to build a sound long-term mechanism for regulating competition, strengthen industry self-discipline and give fuller play to standards in leading industrial upgrading'
		]
	}
};

/** The four reports, by part id (data/sources.json): our translation of the title, the publisher, what it is. */
const SOURCES: Record<string, { title: string; publisher: string; description: string }> = {
	'xinhua-miit': {
		title:
			'MIIT: industrial economy moves towards stability, innovation and quality in the first half',
		publisher: 'Xinhua',
		description:
			'Report on the State Council Information Office press conference: the performance of the industrial economy, the integration of scientific and technological innovation with industrial innovation, and industrial transformation and upgrading'
	},
	'finance-platform': {
		title:
			'Financing for firms through the national industry-finance cooperation platform tops {platform-financing-total|plain}',
		publisher: 'Xinhua',
		description:
			'Xinhua dispatch from Beijing: progress of the national industry-finance cooperation platform and of industry-finance cooperation, as learned at the same press conference'
	},
	'meeting-excerpt': {
		title: 'Proceedings of a meeting (newspaper page excerpt, continued from the front page)',
		publisher: 'a newspaper page excerpt (publication not stated)',
		description:
			'The excerpt covers the rectification of problems found by audits and the regulation of competition in the new energy vehicle industry; the latter passage is stated to come from a meeting, whose name and date the excerpt does not give; the text breaks off mid-sentence'
	},
	'hubei-investment': {
		title:
			'Hubei holds a training session on the Guiding Opinions on Innovating Investment Promotion in the New Development Stage',
		publisher: 'Investment Promotion column (by Zhong Qi)',
		description:
			'The Hubei Provincial Department of Commerce’s training session on the Guiding Opinions, and investment promotion across the province from January to June'
	}
};

/**
 * The register's speakers (data/claims.json) in English: name, and title where the source gives
 * one, written before the name or, with %name%, around it.
 */
const SPEAKERS: Record<string, { name: string; role?: string }> = {
	'xie-shaofeng': { name: 'Xie Shaofeng', role: 'MIIT chief engineer' },
	'tao-qing': {
		name: 'Tao Qing',
		role: '%name%, director-general of MIIT’s Operation Monitoring and Coordination Bureau,'
	},
	'xie-cun': {
		name: 'Xie Cun',
		role: '%name%, director-general of MIIT’s Department of Information and Communications Development,'
	},
	'long-xiaohong': {
		name: 'Long Xiaohong',
		role: '%name%, director of the Hubei Provincial Department of Commerce,'
	},
	'miit-officials': { name: 'MIIT officials' },
	meeting: { name: 'the meeting' },
	guidance: { name: 'the Guiding Opinions' }
};

/**
 * Our translation of every quotation in the register, by claim id: no stronger and no weaker than
 * the Chinese, its figures kept as references.
 */
const QUOTES: Record<string, string> = {
	'xie-resilience':
		'In the first half of this year, the main economic indicators rose steadily in both volume and growth rate, and the value added of industrial enterprises above designated size grew by {industrial-value-added-growth} year on year, building on a good start in the first quarter and showing fairly strong resilience',
	'xie-manufacturing-share':
		'manufacturing value added reached {manufacturing-share-of-gdp} of GDP, remaining basically stable',
	'xie-stable': 'remaining basically stable',
	'xie-robots':
		'Output of industrial robots and of service robots grew by {industrial-robot-output-growth} and {service-robot-output-growth} year on year respectively',
	'xie-humanoid':
		'Humanoid robot training grounds and datasets have gone into operation, with {humanoid-training-data} items of training data released as open source, and their use in many fields is speeding up',
	'xie-pilot-reserve':
		'We have brought {pilot-platform-reserve} pilot-scale testing platforms into a reserve pool, and selected from among them a first batch of {pilot-platforms-first-batch} pilot-scale testing platforms for priority development',
	'xie-pilot-target':
		'by the end of this year, we will strive to develop {pilot-platform-target} national-level manufacturing pilot-scale testing platforms',
	'xie-finance-guide':
		'guide more financial resources into supporting scientific and technological innovation, advanced manufacturing, green development, and micro, small and medium-sized enterprises',
	'xie-next-step':
		'Next, we will work with the relevant departments to improve the financial policies that support new industrialisation, and deepen industry-finance cooperation'
};

/**
 * Registered terms and coinages (data/claims.json) as the English edition writes them, by claim
 * id: the source's phrases in our translation, and the qualifiers as the formatter prints them.
 */
const TERMS: Record<string, string> = {
	'guidance-structure':
		'{guidance-key-points} key points, {guidance-models} models, {guidance-programmes} programmes, {guidance-safeguards} safeguards',
	'little-giant': 'little giant',
	'carry-the-load': 'carry the load',
	'smart-digital': 'smart and digital transformation',
	'5g-industrial-internet': '5G + Industrial Internet',
	'pilot-rd-loan': 'pilot-scale testing + R&D loan',
	'sti-finance': 'science, technology, industry and finance integration',
	'irrational-competition': 'irrational competition',
	involution: 'involution-style',
	'one-board': 'single chessboard',
	'hubei-51020': '51020',
	'above-size': 'above designated size',
	'this-year': 'this year',
	'q-over': 'over',
	'q-beyond': 'over',
	'q-super': 'over',
	'q-more': 'more than',
	'q-odd': 'more than',
	'q-or-more': 'or more',
	'q-nearly': 'nearly',
	derived: 'estimate',
	'q-about': 'about',
	'this-story': 'this story'
};

const META = {
	siteName: 'News in Numbers',
	title: STORY_TITLE,
	description:
		'According to Xinhua, value added of China’s industrial enterprises above designated size grew by {industrial-value-added-growth} year on year in the first half of {year}. From growth and innovation to financing and investment promotion, a figure-by-figure guide to four reports: two Xinhua reports from a State Council Information Office press conference, a newspaper excerpt of a meeting and a report on investment promotion in Hubei.',
	chapterTitle: '%chapter% · China’s industry at half-time',
	socialChapterTitle: '%chapter% | %headline% · China’s industry at half-time',
	stepTitle: '%step% | %chapter% · China’s industry at half-time'
};

const CLOSING = {
	title: 'Sources and method',
	sourcesTitle: 'Sources',
	sourcesIntro:
		'Apart from the year and the figures marked as our estimates, every figure in this story comes from the four reports below, and each keeps the qualifier the source gives it (see Qualifiers below for how we render them in English). The reports are in Chinese; we give each title in Chinese, with our English translation. The source never writes the year: it gives months and days, and refers to the year itself without a number. {year} is the year in which the press conference was held, supplied by us.',
	methodTitle: 'Method',
	method: [
		'We entered every figure in the source into a dataset, with its unit, its qualifier, its period and an excerpt of the source. When the site is built, a program checks every entry: that the excerpt really appears in the source, that the number in the excerpt matches the value entered, and that the period entered is written in the very sentence that gives the figure. If any check fails, the site cannot be built.',
		'Quotations and paraphrases are checked in the same way: every quotation and every paraphrase is registered, with its speaker and its passage in the source. The Chinese words behind each quotation must match the source word for word, and the speaker must be the one the source names.',
		'No figure in the text or the charts is typed by hand: each is drawn from the dataset and printed by one and the same formatter, so the text, the charts and the full table below always agree. The English edition draws the same figures from the same dataset, through the same formatter.'
	],
	claimsTitle: 'Where quotations and paraphrases come from',
	claimsIntro:
		'Every passage the story quotes or paraphrases is listed here with its speaker and its passage in the source. Officials’ words are our translation from the Chinese and are marked †; in this list, the Chinese original stands beside each. Estimates and readings labelled as ours are our own, not the source’s.',
	glossaryTitle: 'Terms',
	glossary: [
		{
			term: 'Above designated size',
			zh: '规上',
			definition:
				'A statistical scope: the source’s industry and industrial enterprises above designated size are both counted within it. The source writes the term in full and in a short form; after first use in a step, we write above-size industry. The source does not state the size threshold that defines this scope.'
		},
		{
			term: 'Year on year',
			zh: '同比',
			definition:
				'Compared with the same period of the previous year. Growth in the first half year on year, for example, is growth over the first half of the previous year.'
		},
		{
			term: 'Contribution rate',
			zh: '贡献率',
			definition:
				'The standard statistical definition: the increase in one part as a share of the increase in the whole. It answers how much of total growth came from that part; it is not that part’s share of the total.'
		},
		{
			term: 'Percentage points',
			zh: '百分点',
			definition:
				'The difference between two percentages. When digital industry revenue growth is {digital-industry-growth-acceleration} higher than a year earlier, the growth rate of this period exceeds the growth rate of the same period a year earlier by that much; it does not mean that the growth rate itself rose by {digital-industry-growth-acceleration|bare}%.'
		},
		{
			term: 'Percentage-point contribution',
			zh: '拉动',
			definition:
				'The standard statistical calculation: total growth multiplied by a part’s contribution rate gives the growth that part accounts for, in percentage points.'
		},
		{
			term: 'Specialised and sophisticated “little giant” firms',
			zh: '专精特新“小巨人”',
			definition:
				'A national designation for small and medium-sized enterprises. The source uses the term without defining it, and gives no criteria for it.'
		},
		{
			term: 'National SMEs Service Month',
			zh: '全国中小企业服务月',
			definition:
				'A national campaign of services for small and medium-sized enterprises (SMEs), organised for {sme-service-month-years} running, the source says. The source does not say what the services are, or whether its half-year totals of SMEs served, deal orders and contracts are the Service Month’s.'
		},
		{
			term: 'Industry-finance cooperation',
			zh: '产融合作',
			definition:
				'Cooperation between industry and finance to channel financing to manufacturers. In the source, MIIT carries it out together with other government departments, local governments and financial institutions; through the national industry-finance cooperation platform, financial and investment institutions offer financial products to manufacturing firms.'
		},
		{
			term: 'Relending',
			zh: '再贷款',
			definition:
				'Money that a central bank lends to banks for them to lend on for a stated purpose. The source gives only the increase in the quota for scientific and technological innovation and technological transformation; it does not give the quota itself, how much has been lent, or who provides it.'
		},
		{
			term: 'Technological transformation',
			zh: '技术改造',
			definition:
				'A Chinese policy term for renewing the equipment, processes and products of existing firms. The source uses it without defining it.'
		},
		{
			term: 'Credit loans',
			zh: '信用贷款',
			definition:
				'Loans made on the borrower’s creditworthiness, without collateral. The source gives the share of credit loans to firms, {credit-loan-share}, without saying what it is a share of.'
		},
		{
			term: 'New industrialisation',
			zh: '新型工业化',
			definition:
				'The Chinese government’s name for its policy of industrial development. The source speaks of financial policies that serve it and of products and services for its major tasks, without defining it. We keep the SCIO’s English name for it, in British spelling (the SCIO writes it with a z).'
		},
		{
			term: 'Pilot-scale testing',
			zh: '中试',
			definition:
				'The stage between laboratory research and mass production, in which a new product or process is tried out at intermediate scale. The source’s manufacturing pilot-scale testing platforms offer such testing as a service; we use the SCIO’s English name for them.'
		},
		{
			term: 'Investment promotion',
			zh: '招商引资',
			definition:
				'Work by government to bring companies and investment projects to a place; in the Hubei report, at provincial, city and county level. The report counts Hubei’s signed and started projects under this heading.'
		},
		{
			term: 'Involution-style',
			zh: '内卷式',
			definition:
				'From a Chinese word for competition so fierce that it wears every side down without any of them gaining. Hubei’s Guiding Opinions set out to curb involution-style investment promotion; the source does not define the term.'
		},
		{
			term: 'Single chessboard',
			zh: '一盘棋',
			definition:
				'A Chinese idiom for one plan that every piece on the board follows. The source uses it of investment promotion coordinated across Hubei province, at province, city and county level.'
		},
		{
			term: 'SCIO',
			zh: '国新办',
			definition:
				'The State Council Information Office, which hosts press conferences for China’s central government. It held the press conference behind this story on {press-conference-date}.'
		},
		{
			term: 'MIIT',
			zh: '工业和信息化部',
			definition: 'The Ministry of Industry and Information Technology.'
		},
		{
			term: 'Over',
			zh: '超过、突破、超',
			definition:
				'The source’s three words for a true value above the number written. A figure with any of them prints as **over** followed by the number.'
		},
		{
			term: 'More than',
			zh: '多、余',
			definition:
				'Two words the source writes after a number, meaning the true value is above it. A figure with either prints as **more than** followed by the number.'
		},
		{
			term: 'Or more',
			zh: '以上',
			definition:
				'Not below the number written: the number itself is included. A figure with it prints as the number followed by **or more**.'
		},
		{
			term: 'Nearly',
			zh: '近',
			definition:
				'A little below the number written. A figure with it prints as **nearly** followed by the number.'
		}
	],
	qualifiersTitle: 'Qualifiers',
	qualifiers:
		'In the source, five words mean that the true value is above the number written: we render three of them as **over** and two as **more than**. The word we render as **or more** means not below the number written, the number itself included. The word we render as **nearly** means a little below the number written. (The Chinese words are listed under Terms.) Our own estimates carry the same marks: a lower bound divided by an upper bound is still a lower bound, marked **over**; a result that has been rounded, or whose error could go either way, is marked **about**. In the charts, every value with a qualifier is marked as such and is never drawn as an exact value.',
	derivedTitle: 'Our estimates',
	derivedIntro:
		'The figures below are not given in the source: we calculated them from the source’s figures. Inputs with qualifiers affect the result: a lower bound divided by an upper bound is still a lower bound (marked **over**); a result that has been rounded, or whose error could go either way, is marked **about**.',
	tableTitle: 'Every figure',
	tableIntro:
		'Every figure in the dataset, chapter by chapter, with the excerpt of the source it comes from (in Chinese), for checking. The period column gives each period as the source writes it, with the year supplied by us; where the source gives no period, the column shows that; an estimate takes the period of the figures it is calculated from.',
	credit: 'Charts and estimates: ours.'
};

const KEY_HELP = {
	title: 'Keys in presentation mode',
	items: [
		{ keys: '→ ↓ Space PageDown', does: 'Next step (a clicker works too)' },
		{ keys: '← ↑ PageUp', does: 'Previous step' },
		{ keys: 'Home / End', does: 'First step / last step' },
		{ keys: 'Number + Enter', does: 'Go to that step' },
		{ keys: 'f', does: 'Full screen' },
		{ keys: 'b', does: 'Blank the screen; any key brings it back' },
		{ keys: 'q', does: 'Show a QR code for this step' },
		{
			keys: 't',
			does: 'Projector theme: light text on a dark background; press again to switch back'
		},
		{ keys: 's', does: 'Open the speaker view in another window' },
		{ keys: 'l', does: 'Switch to the Chinese edition, at the same step' },
		{ keys: 'j / k', does: 'Next / previous step (when reading, too)' },
		{ keys: 'i', does: 'Where the caption’s numbers come from; press again for the next one' },
		{ keys: 'h ?', does: 'Show or hide this list of keys' },
		{ keys: 'Esc', does: 'Back to reading' }
	]
};

const PERIOD_TAGS = {
	h1: 'first half',
	'jan-jun': 'Jan–Jun',
	'jan-may': 'Jan–May',
	'end-june': 'end of June',
	'year-end': 'year-end target',
	now: 'at present',
	current: 'currently',
	cumulative: 'cumulative',
	'prior-year': 'a year earlier (est.)',
	none: ''
};

const PERIODS = {
	h1: 'First half of %year%',
	'jan-jun': 'January–June %year%',
	'jan-may': 'January–May %year%',
	'end-june': 'As of the end of June %year%',
	'year-end': 'end-%year% target',
	now: 'At present',
	current: 'Currently',
	cumulative: 'Cumulative, start not stated',
	'prior-year': 'A year earlier (our estimate)',
	none: 'Period not stated in the source'
};

const KINDS = {
	'yoy-growth': 'Year-on-year growth',
	'pp-change': 'Change in percentage points',
	share: 'Share',
	ratio: 'Ratio',
	contribution: 'Contribution rate',
	pull: 'Percentage-point contribution',
	count: 'Count',
	amount: 'Amount',
	average: 'Average',
	target: 'Target',
	duration: 'Duration',
	threshold: 'Statistical threshold',
	date: 'Date'
};

const UI = {
	skipToStory: 'Skip to the story',
	chapters: 'Chapters',
	opening: 'Introduction',
	closing: 'Sources and method',
	progress: 'Reading progress',
	dataTable: 'Chart data',
	takeAway: 'Download: ',
	takeCsv: 'data (CSV)',
	takeSvg: 'chart (SVG)',
	takePng: 'image (PNG)',
	takeAllFigures: 'Download every figure: ',
	takeAllCsv: 'CSV table (opens in Excel)',
	takeAllJson: 'JSON data',
	listSeparator: ', ',
	tableFigure: 'Indicator',
	tableValue: 'Value',
	tablePeriod: 'Period',
	tableKind: 'Type',
	tableSource: 'Source excerpt or estimate',
	derived: 'our estimate',
	source: 'Source: ',
	sourceDerived: 'Estimates: ours',
	sourceSeparator: '. ',
	labelSeparator: ': ',
	stepOf: '%n% / %total%',
	share: 'Share this step',
	copied: 'Link copied',
	copyFailed: 'Could not copy: please copy the link from the address bar',
	chapterLink: 'Link to this chapter',
	qualifierOver: 'over',
	qualifierUnder: 'nearly',
	qualifierAbout: 'about',
	weekdays: 'MTWTFSS',
	monthTitle: '%monthName% %year%',
	notToScale: 'Schematic, not to scale',
	rest: 'the rest',
	present: 'Present',
	presentation: 'Presentation mode',
	exitPresentation: 'Exit presentation (Esc)',
	stepNumber: 'Current step',
	qrLabel: 'QR code for this step’s link:',
	qrHint: 'Scan to open this step on a phone',
	elapsed: 'Time elapsed',
	resetClock: 'Restart the timer',
	nextStep: 'Next step',
	lastStep: 'This is the last step.',
	presenterControls: 'Presentation controls',
	previous: 'Previous',
	next: 'Next',
	shareTitle: '%title% · China’s industry at half-time',
	linkShown: 'Copy this link: ',
	tag: '%label% (%tag%)',
	fullStop: '. ',
	translated: 'our translation',
	// The other edition, in its own language (the menu marks it lang="zh-CN").
	otherLanguage: '中文',
	otherLanguageName: '中文版',
	original: 'Chinese original',
	qrUnavailable:
		'This copy of the story does not know its web address, so it cannot make a QR code that opens on a phone. Open the story from its website before presenting, or set the site’s address (SITE_URL) when building.',
	// When scripts, or a part of them, did not come (issue 29).
	scriptsFailed:
		'The connection failed and the page’s scripts did not load: the charts are shown as still figures, each after its text.',
	partFailed:
		'The connection failed and this part did not load: the charts are shown as still figures.',
	retry: 'Try again',
	// Issue 29: the presenter view's name (a dialog over its window's page).
	presenterView: 'Presenter view',
	// Issue 30: between a page's description and the reports it comes from; a preview card's tag
	// for a figure whose source gives no period.
	sentenceGap: ' ',
	noPeriod: 'Period not stated in the source',
	// Issue 32: a step's share poster, its embed code, its files in plain sight.
	savePoster: 'Save image for sharing',
	posterHint: 'Press and hold the image to save it or send it.',
	close: 'Close',
	embed: 'Embed',
	embedHint:
		'Paste this code into a web page’s HTML: the chart is laid out for the width the page gives it, and sets its own height.',
	copyCode: 'Copy the code',
	codeCopied: 'Code copied',
	embedBack: 'Read the whole story',
	// Issue 33: dates, corrections, each figure's source panel, the step controls.
	published: 'Published %date%',
	updated: 'Updated %date%',
	correctedOn: 'Corrected %date%',
	correctionsTitle: 'Corrections',
	correctionsIntro:
		'What this edition has corrected since it was published, newest first: what was wrong, what it is now, and why.',
	noCorrections: 'Nothing has been corrected since this edition was published.',
	correctionWrong: 'Wrong',
	correctionNow: 'Now',
	correctionWhy: 'Why',
	correctionWhere: 'Where',
	feedTitle: '%title% – publication and corrections',
	feedPublished: 'Published',
	feedCorrection: 'Correction: %where%',
	traceHint: 'Where this number comes from',
	traceOf: 'Source of %figure%',
	traceSentence: 'Source sentence, in Chinese',
	traceReport: 'From',
	tracePeriod: 'Period',
	tracePeriodWords: 'The source’s words',
	traceNoPeriod: 'The source gives no period',
	traceYear: 'The source writes no year: we supply it',
	traceQualifier: 'Qualifier',
	traceExact: 'None: the source gives the exact number',
	traceAbove: 'the true value is higher than the number written',
	traceAtLeast: 'the true value is the number written or higher',
	traceBelow: 'the true value is lower than the number written',
	traceApprox:
		'rounded, or the direction of the difference is unknown: the true value may be a little higher or lower',
	traceDerived: 'Our estimate',
	traceInputs: 'From these figures',
	traceTable: 'See it in the table of all figures',
	traceClose: 'Close',
	stepControls: 'Step by step'
};

const content: Content = {
	locale: 'en',
	lang: 'en',
	meta: META,
	opening: OPENING,
	chapters: [GROWTH, INNOVATION, FINANCING, INVESTMENT],
	closing: CLOSING,
	keyHelp: KEY_HELP,
	figureLabels: FIGURE_LABELS,
	names: NAMES,
	lists: LISTS,
	periodTags: PERIOD_TAGS,
	periods: PERIODS,
	kinds: KINDS,
	// Arithmetic reads the same in both editions.
	formulas: zh.formulas,
	ui: UI,
	translation: {
		labels: LABELS,
		sources: SOURCES,
		speakers: SPEAKERS,
		quotes: QUOTES,
		terms: TERMS,
		periodWords: PERIOD_WORDS,
		attributionVerbs: ATTRIBUTION_VERBS,
		connectives: CONNECTIVES,
		noPeriod: NO_PERIOD,
		estimate: ESTIMATE,
		renderings: RENDERINGS
	}
};

export default content;
