/**
 * The English edition's checker rules: the patterns by which the build reads its copy (which words
 * name a period, attribute words to someone, tie a sentence to the one before, call a figure our
 * estimate) and the one English rendering of each Chinese term. They are regular expressions, a
 * developer's rules rather than an editor's words, so they stay TypeScript; the copy itself is in
 * copy/en.aml. The loader adds them to the edition's translation.
 */
import type { TranslationRules } from '$lib/copy/load';

/**
 * Words that name a period, and the source's words for it: a sentence that names a period must
 * be about a figure whose sentence in the source names it too.
 */
const PERIOD_WORDS: TranslationRules['periodWords'] = [
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
const RENDERINGS: TranslationRules['renderings'] = [
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

export default {
	periodWords: PERIOD_WORDS,
	attributionVerbs: ATTRIBUTION_VERBS,
	connectives: CONNECTIVES,
	noPeriod: NO_PERIOD,
	estimate: ESTIMATE,
	renderings: RENDERINGS
} satisfies TranslationRules;
