/**
 * 中文版的全部文字：正文、步骤、图表标题、说明、替代文本和演讲备注。
 * 数字一律写成数据引用 {figure-id}，由 formatFigure 按原文的单位和限定词（超过、近、多、余、以上）输出；
 * 这里不手写任何数字（日期除外）。选项：{id|plain} 不带限定词，{id|bare} 不带单位。
 * 引语和转述写成对登记表（data/claims.json）的引用：{q:id} 输出带引号的原话，{by:id} 输出说话人，
 * {by:id|role} 连同职务；{year} 是原文日期的年份。标点用全角（，：；（）！？）。
 */
import type { Content } from '$lib/story/types';
import { CHAPTER_TITLES as CHAPTER_TITLE_SET, STORY_TITLES } from './not-found';

const STORY_TITLE = STORY_TITLES['zh-CN'];
const CHAPTER_TITLES = CHAPTER_TITLE_SET['zh-CN'];

/**
 * The growth axis the story returns to and extends: every growth rate, in the order the story adds
 * them. A step shows the axis up to its newest rate.
 */
const GROWTH_AXIS = [
	'industrial-value-added-growth',
	'high-tech-manufacturing-growth',
	'digital-industry-revenue-growth',
	'software-revenue-growth',
	'cloud-big-data-revenue-growth',
	'industrial-robot-output-growth',
	'service-robot-output-growth',
	'tech-contract-turnover-growth',
	'hubei-started-projects-growth'
] as const;
const axisThrough = (last: (typeof GROWTH_AXIS)[number]) =>
	GROWTH_AXIS.slice(0, GROWTH_AXIS.indexOf(last) + 1);

/** What the growth axis's labels mean, under every step that shows it. */
const AXIS_NOTE = '括号内是原文所写的时段；没有括号的，原文没有写明时段。';

const content: Content = {
	locale: 'zh-CN',
	lang: 'zh-CN',
	meta: {
		siteName: '数据读报',
		title: STORY_TITLE,
		description:
			'据新华社报道，{year}年上半年，规上工业增加值同比增长{industrial-value-added-growth}。从增长、创新、融资到招商，逐一拆解四份材料中的每一个数字：国新办发布会的两篇新华社报道、一次会议的报纸摘录和湖北招商引资的报道。',
		chapterTitle: '%chapter% · 工业经济的上半场',
		socialChapterTitle: '%chapter%｜%headline% · 工业经济的上半场',
		stepTitle: '%step%｜%chapter% · 工业经济的上半场'
	},
	opening: {
		kicker: '数据读报 · {year}年的工业经济',
		title: '工业经济的上半场',
		dek: '{press-conference-date}，国务院新闻办公室举行新闻发布会，{by:officials-briefing}就上半年工业经济运行情况回应关切：规模以上工业增加值同比增长{industrial-value-added-growth}。这篇图解把这场发布会的新华社报道和另外三份材料里的每一个数字都摆出来，看它们各自说明了什么，又不能说明什么。',
		byline: '数据来源：新华社等报道；图表与推算：本文',
		steps: [
			{
				slug: 'press-conference',
				scene: { type: 'calendar', dates: ['press-conference-date'] },
				title: '国新办发布会的日期',
				keyFigure: 'press-conference-date',
				headline:
					'国新办{press-conference-date}发布会：{by:officials-briefing}回应上半年工业经济运行情况',
				description:
					'{press-conference-date}，国务院新闻办公室举行新闻发布会，{by:officials-briefing}就上半年工业经济运行情况、科技创新和产业创新融合的新亮点等回应关切。本文图解这场发布会的新华社报道等四份材料里的数字。',
				text: [
					'{press-conference-date}，国新办举行新闻发布会，{by:officials-briefing}在会上就上半年工业经济运行情况、科技创新和产业创新融合的新亮点等回应关切。',
					'本文用到四份材料：这场发布会的新华社报道；新华社关于国家产融合作平台的报道，同样得自这场发布会；报纸版面上摘录的一次会议的内容，摘录没有写明会议的名称和日期；一篇湖北省招商引资的报道。本文按增长、创新、融资、招商四章依次展开。'
				],
				caption: '{press-conference-date}，国新办发布会',
				alt: '{year}年7月的月历，标出{press-conference-date}：这一天国新办举行新闻发布会。',
				chartNote: '原文只写月日，没有写年份；{year}年是这场发布会举行的年份，由本文补上。',
				notes:
					'先交代时间和出处：主体是新华社对国新办发布会的报道，另有国家产融合作平台的报道、一次会议的摘录和湖北的报道；除标明“推算”的以外，每个数字都能在原文里找到。'
			},
			{
				slug: 'headline-growth',
				scene: { type: 'big-number', figure: 'industrial-value-added-growth' },
				title: '规上工业增加值同比增速（上半年）',
				keyFigure: 'industrial-value-added-growth',
				headline: '上半年规上工业增加值同比增长{industrial-value-added-growth}',
				description:
					'{by:xie-resilience|role}在国新办{press-conference-date}的发布会上介绍，上半年规模以上工业增加值同比增长{industrial-value-added-growth}。',
				text: [
					'报道开头的第一个数字是：上半年，规模以上工业增加值同比增长{industrial-value-added-growth}。',
					'{by:xie-resilience|role}的原话是：{q:xie-resilience}。'
				],
				caption: '上半年规上工业增加值同比增长{industrial-value-added-growth}',
				alt: '大号数字{industrial-value-added-growth}：上半年规模以上工业增加值的同比增速。',
				notes: '这是整篇的基准数字，后面的增速都会和它并排。'
			}
		]
	},
	chapters: [
		{
			id: 'growth',
			name: '增长',
			kicker: '第一章',
			title: CHAPTER_TITLES.growth,
			intro: [
				'除了整体增速，发布会上也有结构方面的数字：装备制造业、高技术制造业、数字产业和绿色工厂各有数字。报道给出的是比重和增速，没有往年的比重可比，所以这里只看各自的位置，不谈分量的增减。'
			],
			keyFigure: 'industrial-value-added-growth',
			headline:
				'上半年规上工业增加值同比增长{industrial-value-added-growth}，高技术制造业增长{high-tech-manufacturing-growth}',
			description:
				'据新华社对国新办{press-conference-date}发布会的报道，上半年规上工业增加值同比增长{industrial-value-added-growth}，规上高技术制造业增加值增长{high-tech-manufacturing-growth}，装备制造业占全部规上工业增加值的比重为{equipment-manufacturing-share}。',
			steps: [
				{
					slug: 'industry-growth',
					scene: { type: 'growth-bars', figures: axisThrough('industrial-value-added-growth') },
					title: '同比增速对照：上半年规上工业增加值（基准线）',
					keyFigure: 'industrial-value-added-growth',
					headline: '增速轴的基准线：上半年规上工业增加值增长{industrial-value-added-growth}',
					description:
						'本文把报道中的各项同比增速放上同一条轴并排，基准线是国新办{press-conference-date}发布会公布的上半年规模以上工业增加值同比增长{industrial-value-added-growth}。',
					text: [
						'先立一条基准线：上半年，规上工业增加值同比增长{industrial-value-added-growth}。',
						'接下来每遇到一个同比增速，我们都把它放到同一条轴上，和这条基准线并排，并在括号里注明原文所写的时段。'
					],
					caption: '基准线：上半年规上工业增加值增长{industrial-value-added-growth}',
					alt: '一根横条：上半年规上工业增加值同比增长{industrial-value-added-growth}。',
					chartNote: AXIS_NOTE,
					notes: '讲解这张会反复出现的增速图：后面的章节还会往上加新的指标。'
				},
				{
					slug: 'manufacturing-share',
					scene: { type: 'share', figure: 'manufacturing-share-of-gdp' },
					title: '制造业增加值占GDP比重（上半年）',
					keyFigure: 'manufacturing-share-of-gdp',
					headline: '上半年制造业增加值占GDP比重{manufacturing-share-of-gdp}',
					description:
						'{by:xie-manufacturing-share|role}在国新办{press-conference-date}的发布会上介绍，上半年制造业增加值占GDP比重达到{manufacturing-share-of-gdp}，{q:xie-stable}。',
					text: ['{by:xie-manufacturing-share}还介绍，上半年{q:xie-manufacturing-share}。'],
					caption: '上半年制造业增加值占GDP比重{manufacturing-share-of-gdp}',
					alt: '由一百个小方格组成的方阵，其中{manufacturing-share-of-gdp}涂色，代表制造业增加值占GDP的比重。',
					notes: '{q:xie-stable}是{by:xie-stable}的判断；报道没有给出往年的比重，这里不做比较。'
				},
				{
					slug: 'provinces',
					scene: {
						type: 'unit-grid',
						total: 'provinces-growing',
						highlight: 'industrial-provinces-profit-above-average'
					},
					title: '规上工业增加值同比增长的省份',
					keyFigure: 'provinces-growing',
					headline: '{provinces-growing}省份规上工业增加值全部实现同比增长',
					description:
						'据新华社对国新办{press-conference-date}发布会的报道，{provinces-growing}省份规上工业增加值保持增长，并全部实现同比增长；{industrial-provinces-profit-above-average}工业大省利润增速高于全国平均水平。报道没有写明这两个数字的时段。',
					text: [
						'分地区看：{provinces-growing}省份规上工业增加值保持增长，并全部实现同比增长；{industrial-provinces-profit-above-average}工业大省利润增速高于全国平均水平。报道称工业大省“挑大梁”作用突出。',
						'分行业看，电气机械、汽车、电子、通用设备、化工、有色金属等行业增长较快，对规上工业增长的贡献率进一步提升。'
					],
					caption:
						'{provinces-growing}省份规上工业增加值全部同比增长，{industrial-provinces-profit-above-average}工业大省利润增速高于全国平均水平',
					alt: '{provinces-growing|bare}个方格，每格代表报道中的一个省份，全部涂色，代表规上工业增加值都实现同比增长；其中{industrial-provinces-profit-above-average|bare}个加深，代表利润增速高于全国平均水平的工业大省。',
					chartNote:
						'方格为示意，不对应具体省份。报道没有列出是哪些工业大省；把它们画在这些省份之中，是本文的处理。',
					notes: '报道没有点名这些工业大省，图上的方格只代表数量。'
				},
				{
					slug: 'equipment-share',
					scene: { type: 'share', figure: 'equipment-manufacturing-share' },
					title: '装备制造业占全部规上工业增加值比重（上半年）',
					keyFigure: 'equipment-manufacturing-share',
					headline: '上半年装备制造业占规上工业增加值比重{equipment-manufacturing-share}',
					description:
						'{by:tao-equipment|role}在国新办{press-conference-date}的发布会上表示，上半年我国装备制造业延续较好增势，占全部规模以上工业增加值的比重为{equipment-manufacturing-share}。',
					text: [
						'报道接着写到新动能。{by:tao-equipment|role}表示，上半年，我国装备制造业延续较好增势，占全部规模以上工业增加值的比重为{equipment-manufacturing-share}。'
					],
					caption: '上半年装备制造业占规上工业增加值比重{equipment-manufacturing-share}',
					alt: '一百个方格中{equipment-manufacturing-share}涂色，代表装备制造业在全部规上工业增加值中的比重。',
					notes: '从总量转到结构：看装备制造业在全部规上工业增加值中的比重。'
				},
				{
					slug: 'high-tech-growth',
					scene: {
						type: 'growth-bars',
						figures: axisThrough('high-tech-manufacturing-growth'),
						highlight: ['high-tech-manufacturing-growth']
					},
					title: '同比增速对照：上半年规上高技术制造业增加值',
					keyFigure: 'high-tech-manufacturing-growth',
					headline: '上半年规上高技术制造业增加值同比增长{high-tech-manufacturing-growth}',
					description:
						'{by:xie-high-tech|role}在国新办{press-conference-date}的发布会上介绍，上半年规模以上高技术制造业增加值同比增长{high-tech-manufacturing-growth}。同期规上工业整体增长{industrial-value-added-growth}。',
					text: [
						'{by:xie-high-tech}介绍，上半年，规上高技术制造业增加值同比增长{high-tech-manufacturing-growth}。这高于规上工业整体的{industrial-value-added-growth}。'
					],
					caption: '上半年规上高技术制造业增加值增长{high-tech-manufacturing-growth}',
					alt: '两根横条：上半年规上高技术制造业增加值增长{high-tech-manufacturing-growth}，长于规上工业整体的{industrial-value-added-growth}。',
					chartNote: AXIS_NOTE,
					notes: '第二根条出现，比基准线长出一截。'
				},
				{
					slug: 'high-tech-contribution',
					scene: {
						type: 'contribution',
						total: 'industrial-value-added-growth',
						partGrowth: 'high-tech-manufacturing-growth',
						contribution: 'high-tech-contribution',
						pull: 'high-tech-pull'
					},
					title: '规上工业增长中高技术制造业的贡献（上半年）',
					keyFigure: 'high-tech-contribution',
					headline: '上半年规上高技术制造业对规上工业增长的贡献率为{high-tech-contribution}',
					description:
						'{by:xie-high-tech|role}在国新办{press-conference-date}的发布会上介绍，上半年规上高技术制造业对全部规上工业增长的贡献率为{high-tech-contribution}。本文据此推算（{industrial-value-added-growth}×{high-tech-contribution}），它拉动规上工业增长{high-tech-pull}。',
					text: [
						'它对整体增长的贡献有多少？{by:xie-high-tech}介绍，高技术制造业对全部规上工业增长的贡献率为{high-tech-contribution}。',
						'贡献率乘以总增速，就是它拉动的部分。本文据此推算，{industrial-value-added-growth}的增长里有{high-tech-pull}由高技术制造业带来。'
					],
					caption:
						'上半年规上高技术制造业贡献率{high-tech-contribution}，拉动{high-tech-pull}（推算）',
					alt: '一根代表{industrial-value-added-growth}总增长的横条，其中{high-tech-contribution}的一段标为高技术制造业，本文推算合{high-tech-pull}（{industrial-value-added-growth}×{high-tech-contribution}）。',
					chartNote: '拉动的百分点为本文推算：总增速×贡献率。',
					notes: '讲解贡献率：它不是这一块在总量中的占比，而是总增量中来自这一块的比重。'
				},
				{
					slug: 'digital-industry',
					scene: {
						type: 'change',
						from: 'digital-industry-growth-2024',
						to: 'digital-industry-revenue-growth',
						change: 'digital-industry-growth-acceleration'
					},
					title: '数字产业业务收入同比增速',
					keyFigure: 'digital-industry-revenue-growth',
					headline:
						'数字产业业务收入同比增长{digital-industry-revenue-growth}，增速提高{digital-industry-growth-acceleration}',
					description:
						'据新华社对国新办{press-conference-date}发布会的报道，数字产业完成业务收入同比增长{digital-industry-revenue-growth}，增速较上年同期提高{digital-industry-growth-acceleration}。报道没有写明这一增速的时段。',
					text: [
						'报道写道，以5G、人工智能大模型等为代表的数字技术迅速发展。数字产业完成业务收入同比增长{digital-industry-revenue-growth}，增速较上年同期提高{digital-industry-growth-acceleration}。',
						'本文由此倒推，上年同期的增速是{digital-industry-growth-2024}。'
					],
					caption: '数字产业业务收入增速较上年同期提高{digital-industry-growth-acceleration}',
					alt: '两个点用线相连：数字产业业务收入增速从上年同期的{digital-industry-growth-2024}（本文推算）升至{digital-industry-revenue-growth}，提高{digital-industry-growth-acceleration}。',
					chartNote:
						'上年同期增速为本文推算：本期增速减去提高的百分点。报道没有写明这一增速的时段。',
					notes: '这是一个加速的信号：不仅在增长，而且比上年同期快。'
				},
				{
					slug: 'green-factories',
					scene: { type: 'share', figure: 'green-factories-share' },
					title: '国家层面绿色工厂产值占制造业总产值比重',
					keyFigure: 'green-factories-share',
					headline: '国家层面绿色工厂产值占制造业总产值{green-factories-share}',
					description:
						'据新华社对国新办{press-conference-date}发布会的报道，国家层面绿色工厂产值占制造业总产值{green-factories-share}，规上工业企业单位增加值能耗持续下降。报道没有写明时段。',
					text: [
						'报道也写到绿色发展：国家层面绿色工厂产值占制造业总产值{green-factories-share}，规上工业企业单位增加值能耗持续下降。'
					],
					caption: '国家层面绿色工厂产值占制造业总产值{green-factories-share}',
					alt: '一百个方格中{green-factories-share|plain}涂色，旁边标注“超过”：实际比重比涂色部分更高。',
					chartNote: '原文为“超过”，涂色部分是下限。',
					notes: '注意“超过”二字：图上涂色的部分是下限，真实比重更高。'
				},
				{
					slug: '5g-base-stations',
					scene: { type: 'big-number', figure: '5g-base-stations' },
					title: '5G基站总数（截至6月底）',
					keyFigure: '5g-base-stations',
					headline: '截至6月底，5G基站总数达到{5g-base-stations}',
					description:
						'国新办{press-conference-date}发布会上发布的数据显示，截至6月底，5G基站总数达到{5g-base-stations}。',
					text: ['会上发布的数据显示，截至6月底，5G基站总数达到{5g-base-stations}。'],
					caption: '截至6月底，5G基站总数{5g-base-stations}',
					alt: '大号数字{5g-base-stations}：截至6月底的5G基站总数，标在一把按万、亿、万亿分档的量级尺上。',
					notes: '这是截至6月底的存量，不是某一段时间的新增。'
				},
				{
					slug: '5g-sectors',
					scene: {
						type: 'unit-grid',
						total: 'economy-major-categories',
						filled: '5g-categories-reached',
						notes: ['5g-categories-not-reached', '5g-category-coverage']
					},
					title: '5G融合应用已融入的国民经济大类',
					keyFigure: '5g-categories-reached',
					headline:
						'目前5G融合应用已融入国民经济{economy-major-categories}大类中的{5g-categories-reached}',
					description:
						'国新办{press-conference-date}发布会上发布的数据显示，目前5G融合应用已融入国民经济{economy-major-categories}大类中的{5g-categories-reached}，“5G+工业互联网”项目建设{5g-industrial-internet-projects}。',
					text: [
						'目前，5G融合应用已融入国民经济{economy-major-categories}大类中的{5g-categories-reached}。本文推算，已融入的约占{5g-category-coverage|plain}，尚未融入的还有{5g-categories-not-reached}。',
						'此外，“5G+工业互联网”项目建设{5g-industrial-internet-projects}。'
					],
					caption:
						'5G融合应用已融入国民经济{economy-major-categories}大类中的{5g-categories-reached}',
					alt: '{economy-major-categories|bare}个方格代表国民经济大类，其中{5g-categories-reached|bare}个涂色，代表5G融合应用已融入；空着的{5g-categories-not-reached|bare}个尚未融入（本文推算）。',
					chartNote: '覆盖比例与尚未融入的大类数为本文推算。',
					notes: '方格代表国民经济的大类，报道没有列出名称，这里只看覆盖面。'
				},
				{
					slug: 'software',
					scene: {
						type: 'growth-bars',
						figures: axisThrough('cloud-big-data-revenue-growth'),
						highlight: ['software-revenue-growth', 'cloud-big-data-revenue-growth']
					},
					title: '同比增速对照：1至5月软件业务收入、云计算和大数据服务收入',
					keyFigure: 'software-revenue-growth',
					headline: '1至5月软件业务收入同比增长{software-revenue-growth}',
					description:
						'{by:xie-cun-software|role}在国新办{press-conference-date}的发布会上介绍，1至5月软件业务收入{software-revenue}，同比增长{software-revenue-growth}；云计算、大数据服务共实现收入{cloud-big-data-revenue}，同比增长{cloud-big-data-revenue-growth}。',
					text: [
						'在报道看来，软件产业的稳健发展，也在一定程度上体现了工业“智改数转”的成效。{by:xie-cun-software|role}介绍，1至5月，软件业务收入{software-revenue}，同比增长{software-revenue-growth}；云计算、大数据服务共实现收入{cloud-big-data-revenue}，同比也增长{cloud-big-data-revenue-growth}。'
					],
					caption: '1至5月软件业务收入增长{software-revenue-growth}',
					alt: '五根横条：1至5月软件业务收入和云计算、大数据服务收入均增长{software-revenue-growth}；上半年规上高技术制造业增加值{high-tech-manufacturing-growth}，数字产业业务收入{digital-industry-revenue-growth}（原文未写明时段），上半年规上工业增加值{industrial-value-added-growth}。',
					chartNote: AXIS_NOTE,
					notes: '提醒时段：软件两项是1至5月的数据，不是整个上半年。'
				},
				{
					slug: 'cloud-share',
					scene: {
						type: 'amount-bars',
						figures: ['software-revenue', 'cloud-big-data-revenue'],
						ratio: 'cloud-to-software-ratio'
					},
					title: '云计算、大数据服务收入与软件业务收入（1至5月）',
					keyFigure: 'cloud-to-software-ratio',
					headline:
						'1至5月云计算、大数据服务收入相当于软件业务收入的{cloud-to-software-ratio}（推算）',
					description:
						'据新华社对国新办{press-conference-date}发布会的报道，1至5月软件业务收入{software-revenue}，云计算、大数据服务收入{cloud-big-data-revenue}。本文推算（云计算、大数据服务收入÷软件业务收入），后者相当于前者的{cloud-to-software-ratio}；报道没有说明两者是否存在包含关系。',
					text: [
						'报道把这两项收入并列给出，没有说明两者是否存在包含关系。本文只把两者相比，推算得出：云计算、大数据服务收入{cloud-big-data-revenue}，相当于软件业务收入{software-revenue}的{cloud-to-software-ratio}。',
						'这个比例是本文推算；报道没有说明前者是否计入后者，所以不能把它当作占比。'
					],
					caption: '云计算、大数据服务收入相当于软件业务收入的{cloud-to-software-ratio}（推算）',
					alt: '两根横条：1至5月软件业务收入{software-revenue}，云计算、大数据服务收入{cloud-big-data-revenue}；本文推算，后者相当于前者的{cloud-to-software-ratio}。',
					chartNote:
						'比例为本文推算：云计算、大数据服务收入÷软件业务收入。报道没有说明两者是否存在包含关系。',
					notes: '这是推算值：报道本身没有给出这个比例，也没有写明两者是包含关系。'
				},
				{
					slug: 'openharmony',
					scene: {
						type: 'big-number',
						figure: 'openharmony-devices',
						secondary: 'openharmony-products'
					},
					title: '搭载开源鸿蒙操作系统的设备总量（截至6月底）',
					keyFigure: 'openharmony-devices',
					headline: '截至6月底，搭载开源鸿蒙的设备总量{openharmony-devices}',
					description:
						'据新华社对国新办{press-conference-date}发布会的报道，截至6月底，搭载开源鸿蒙操作系统的品种类{openharmony-products}，总量{openharmony-devices}。',
					text: [
						'再看开源鸿蒙：截至6月底，搭载开源鸿蒙操作系统的品种类{openharmony-products}，总量{openharmony-devices}。'
					],
					caption: '截至6月底，开源鸿蒙设备总量{openharmony-devices}',
					alt: '大号数字{openharmony-devices}：搭载开源鸿蒙操作系统的设备总量；下方小字：品种类{openharmony-products}。',
					notes: '这两个数字都带“超”，都是下限。'
				},
				{
					slug: 'competition-order',
					scene: { type: 'list', items: 'nev-competition' },
					title: '会议摘录：规范新能源汽车产业竞争秩序',
					headline: '一次会议（摘录未写明名称）：切实规范新能源汽车产业竞争秩序',
					description:
						'新华社对国新办{press-conference-date}发布会的报道写到，{by:xie-governance|role}表示将以市场化思维、法治化理念加强行业治理，推动落后产能有序退出。另一份材料是一次会议的报纸摘录：{by:meeting-nev}指出，要切实规范新能源汽车产业竞争秩序；摘录没有写明会议的名称和日期。',
					text: [
						'新华社对发布会的报道也写到行业治理：{by:xie-governance}表示，将以市场化思维、法治化理念加强行业治理、推动落后产能有序退出。',
						'另一份材料是报纸版面上摘录的一次会议的内容，摘录没有写明会议的名称和日期。{by:meeting-nev}指出，要针对新能源汽车产业领域出现的各种非理性竞争现象，坚持远近结合、综合施策，切实规范新能源汽车产业竞争秩序。'
					],
					caption: '{by:meeting-nev}提出的要求（摘录未写明会议名称和日期）',
					alt: '报纸版面摘录中，{by:meeting-nev}（摘录未写明名称和日期）为规范新能源汽车产业竞争秩序提出的要求：加强成本调查和价格监测，强化产品生产一致性监督检查，督促重点车企落实好支付账期承诺，着力健全规范竞争的长效机制。',
					chartNote: '来源：报纸版面摘录（上接第一版），没有写明会议的名称和日期；原文在句中截断。',
					notes:
						'这一步没有数字：规范竞争秩序与增长并行。第四章湖北的文件也要整治“内卷式”招商，两者可以对照着看，这是本文的解读。'
				}
			]
		},
		{
			id: 'innovation',
			name: '创新',
			kicker: '第二章',
			title: CHAPTER_TITLES.innovation,
			intro: [
				'发布会的另一个话题，是科技创新和产业创新的融合。这一章的数字散落在企业、机器人、技术合同和中试平台之间。'
			],
			keyFigure: 'tech-contract-turnover',
			headline:
				'上半年技术合同成交额{tech-contract-turnover}，同比增长{tech-contract-turnover-growth}',
			description:
				'据新华社对国新办{press-conference-date}发布会的报道，上半年全国技术合同成交额{tech-contract-turnover}，同比增长{tech-contract-turnover-growth}。工业机器人、服务机器人的产量同比分别增长{industrial-robot-output-growth}和{service-robot-output-growth}，报道没有写明这两个增速的时段。',
			steps: [
				{
					slug: 'little-giants',
					scene: { type: 'units', figure: 'little-giants-supported' },
					title: '获支持的专精特新“小巨人”企业（上半年）',
					keyFigure: 'little-giants-supported',
					headline:
						'上半年工业和信息化部联合财政部支持{little-giants-supported}专精特新“小巨人”企业',
					description:
						'据新华社对国新办{press-conference-date}发布会的报道，上半年工业和信息化部联合财政部支持{little-giants-supported}专精特新“小巨人”企业高质量发展。',
					text: [
						'报道写到培育创新型企业：上半年，工业和信息化部联合财政部支持{little-giants-supported}专精特新“小巨人”企业高质量发展。'
					],
					caption: '上半年支持{little-giants-supported}专精特新“小巨人”企业',
					alt: '{little-giants-supported|bare}个小方格，每格代表一家获支持的专精特新“小巨人”企业。',
					notes: '每个小格是一家企业，用来感受这个数量级。'
				},
				{
					slug: 'sme-service-month',
					scene: { type: 'big-number', figure: 'smes-served' },
					title: '上半年累计服务的中小企业',
					keyFigure: 'smes-served',
					headline: '上半年累计服务中小企业{smes-served}',
					description:
						'据新华社对国新办{press-conference-date}发布会的报道，上半年累计服务中小企业{smes-served}。报道把这个数字写在连续{sme-service-month-years}组织开展的全国中小企业服务月活动之后，没有写明这是服务月的成果，还是全部中小企业服务工作的合计。',
					text: [
						'全国中小企业服务月活动已连续组织开展{sme-service-month-years}。报道在同一句里接着写道：上半年，累计服务中小企业{smes-served}。',
						'报道没有写明这是服务月的成果，还是全部中小企业服务工作的合计，所以这里不把它算作服务月的数字。'
					],
					caption: '上半年累计服务中小企业{smes-served}',
					alt: '大号数字{smes-served}：上半年累计服务的中小企业数。',
					notes: '“超过”说明这是下限；报道没有写明这是服务月的成果。'
				},
				{
					slug: 'sme-deals',
					scene: {
						type: 'amount-bars',
						figures: ['sme-deal-orders', 'sme-tech-transfer-contracts']
					},
					title: '促成的交易订单和实现的技术成果转化合同金额',
					keyFigure: 'sme-deal-orders',
					headline:
						'上半年促成交易订单金额{sme-deal-orders}，技术成果转化合同金额{sme-tech-transfer-contracts}',
					description:
						'据新华社对国新办{press-conference-date}发布会的报道，上半年促成交易订单金额{sme-deal-orders}，实现技术成果转化合同金额{sme-tech-transfer-contracts}。报道紧接着全国中小企业服务月写出这两个数字，没有写明它们出自哪项工作。',
					text: [
						'同一句还写到交易和技术成果转化：上半年，促成交易订单金额{sme-deal-orders}，实现技术成果转化合同金额{sme-tech-transfer-contracts}。'
					],
					caption:
						'上半年促成交易订单金额{sme-deal-orders}，技术成果转化合同金额{sme-tech-transfer-contracts}',
					alt: '两根横条：上半年促成交易订单金额{sme-deal-orders}，技术成果转化合同金额{sme-tech-transfer-contracts}。',
					chartNote: '“近”指略低于所标数值，“超过”指高于所标数值。',
					notes: '两个数字一个是“近”、一个是“超过”，所以它们的差距至少和图上一样大。'
				},
				{
					slug: 'robots',
					scene: {
						type: 'growth-bars',
						figures: axisThrough('service-robot-output-growth'),
						highlight: ['industrial-robot-output-growth', 'service-robot-output-growth']
					},
					title: '同比增速对照：工业机器人和服务机器人产量',
					keyFigure: 'industrial-robot-output-growth',
					headline:
						'工业机器人产量同比增长{industrial-robot-output-growth}，服务机器人增长{service-robot-output-growth}',
					description:
						'{by:xie-robots|role}在国新办{press-conference-date}的发布会上说，工业机器人、服务机器人的产量同比分别增长{industrial-robot-output-growth}和{service-robot-output-growth}。报道没有写明这两个增速的时段。',
					text: [
						'再看机器人。{q:xie-robots}，{by:xie-robots}表示。',
						'报道没有写明这两个增速的时段。把它们放上增速轴，轴一下子被拉长了。'
					],
					caption:
						'工业机器人、服务机器人产量同比分别增长{industrial-robot-output-growth}和{service-robot-output-growth}',
					alt: '七根横条：工业机器人产量增长{industrial-robot-output-growth}、服务机器人{service-robot-output-growth}，远长于其他指标；规上工业为{industrial-value-added-growth}。',
					chartNote: AXIS_NOTE,
					notes: '看刻度的变化：前面的条都被压短了，两项机器人产量的条远长于其他指标。'
				},
				{
					slug: 'training-data',
					scene: { type: 'big-number', figure: 'humanoid-training-data' },
					title: '人形机器人训练场和数据集：开源的训练数据',
					keyFigure: 'humanoid-training-data',
					headline: '人形机器人训练场和数据集开源训练数据{humanoid-training-data}',
					description:
						'{by:xie-humanoid|role}在国新办{press-conference-date}的发布会上说，人形机器人训练场和数据集落地运营，开源{humanoid-training-data}训练数据。报道没有写明时段。',
					text: ['{by:xie-humanoid}这段话的开头是：{q:xie-humanoid}。'],
					caption: '人形机器人训练场和数据集开源训练数据{humanoid-training-data}',
					alt: '大号数字{humanoid-training-data}：人形机器人训练场和数据集开源的训练数据条数。',
					notes: '这是训练机器人的数据条数，不是机器人数量。'
				},
				{
					slug: 'tech-contracts',
					scene: {
						type: 'growth-bars',
						figures: axisThrough('tech-contract-turnover-growth'),
						highlight: ['tech-contract-turnover-growth']
					},
					title: '同比增速对照：上半年技术合同成交额',
					keyFigure: 'tech-contract-turnover-growth',
					headline: '上半年技术合同成交额同比增长{tech-contract-turnover-growth}',
					description:
						'据新华社对国新办{press-conference-date}发布会的报道，上半年全国共登记技术合同{tech-contracts-registered}，成交额{tech-contract-turnover}，同比增长{tech-contract-turnover-growth}。',
					text: [
						'科技成果转化规模更加壮大：上半年，全国共登记技术合同{tech-contracts-registered}，成交额{tech-contract-turnover}，同比增长{tech-contract-turnover-growth}。'
					],
					caption: '上半年技术合同成交额增长{tech-contract-turnover-growth}',
					alt: '八根横条：上半年技术合同成交额增长{tech-contract-turnover-growth}，短于工业机器人产量的{industrial-robot-output-growth}和服务机器人产量的{service-robot-output-growth}，长于1至5月软件业务收入的{software-revenue-growth}。',
					chartNote: AXIS_NOTE,
					notes: '成交额增速在图上排第三，仅次于两项机器人产量。'
				},
				{
					slug: 'tech-contract-value',
					scene: {
						type: 'area-product',
						total: 'tech-contract-turnover',
						count: 'tech-contracts-registered',
						average: 'tech-contract-average-value'
					},
					title: '技术合同成交额 = 合同数 × 平均每件成交额（推算）',
					keyFigure: 'tech-contract-average-value',
					headline: '上半年技术合同平均每件成交额{tech-contract-average-value}（推算）',
					description:
						'据新华社对国新办{press-conference-date}发布会的报道，上半年全国登记技术合同{tech-contracts-registered}，成交额{tech-contract-turnover}。本文推算（成交额÷合同数），平均每件成交额{tech-contract-average-value}，这是下限。',
					text: [
						'把成交额摊到每一件合同上：{tech-contract-turnover}除以{tech-contracts-registered}，本文推算平均每件{tech-contract-average-value}。',
						'分子是下限（超过），分母是上限（近），所以算出的平均值只能是下限。'
					],
					caption: '上半年技术合同平均每件成交额{tech-contract-average-value}（推算）',
					alt: '一个矩形，宽代表合同数{tech-contracts-registered}，高代表本文推算的平均每件成交额{tech-contract-average-value}，面积代表成交额{tech-contract-turnover}。',
					chartNote: '平均每件成交额为本文推算，是下限。',
					notes: '讲清楚为什么是“超过”：总额至少这么多，件数至多这么多。'
				},
				{
					slug: 'innovation-centres',
					scene: { type: 'unit-grid', total: 'innovation-centres' },
					title: '已建成的国家级制造业创新中心（截至6月底）',
					keyFigure: 'innovation-centres',
					headline: '截至6月底，已建成{innovation-centres}国家级制造业创新中心',
					description:
						'据新华社对国新办{press-conference-date}发布会的报道，截至6月底，已建成{innovation-centres}国家级制造业创新中心。',
					text: [
						'产业创新平台建设持续推进：截至6月底，已建成{innovation-centres}国家级制造业创新中心。'
					],
					caption: '截至6月底，已建成国家级制造业创新中心{innovation-centres}',
					alt: '{innovation-centres|bare}个方格，每格代表一家已建成的国家级制造业创新中心。',
					notes: '从企业转到平台。'
				},
				{
					slug: 'pilot-fields',
					scene: {
						type: 'framework',
						groups: [{ figure: 'pilot-key-fields', names: ['pilot-key-fields'] }]
					},
					title: '制造业中试服务网络聚焦的关键领域',
					keyFigure: 'pilot-key-fields',
					headline: '当前，制造业中试服务网络聚焦{pilot-key-fields}关键领域',
					description:
						'{by:xie-pilot-network|role}在国新办{press-conference-date}的发布会上表示，当前，聚焦原材料、装备制造、消费品、信息技术、新兴和未来产业、共性技术等{pilot-key-fields}关键领域，工业和信息化部加快打造制造业中试服务网络。',
					text: [
						'报道写道，制造业中试平台是输出中试服务能力的重要载体。{by:xie-pilot-network}表示，当前，聚焦{pilot-key-fields}国家战略与产业发展急需的关键领域，工业和信息化部加快打造制造业中试服务网络。'
					],
					caption: '中试网络聚焦{pilot-key-fields}关键领域',
					alt: '{pilot-key-fields|bare}个方块，依次标着原材料、装备制造、消费品、信息技术、新兴和未来产业、共性技术。',
					notes: '这些领域都是原文列出的，可以逐一念出。'
				},
				{
					slug: 'pilot-funnel',
					scene: {
						type: 'funnel',
						figures: ['pilot-platform-reserve', 'pilot-platforms-first-batch'],
						ratio: 'pilot-selection-rate'
					},
					title: '中试平台：储备库与首批',
					keyFigure: 'pilot-platforms-first-batch',
					headline:
						'{pilot-platform-reserve}中试平台纳入储备库，遴选产生{pilot-platforms-first-batch}首批重点培育中试平台',
					description:
						'{by:xie-pilot-reserve|role}在国新办{press-conference-date}的发布会上说，已将{pilot-platform-reserve}中试平台纳入储备库，并从中遴选产生{pilot-platforms-first-batch}首批重点培育中试平台。报道没有写明时段。',
					text: [
						'{q:xie-pilot-reserve}，{by:xie-pilot-reserve}说。本文推算，首批大约是储备库的{pilot-selection-rate|plain}。'
					],
					caption:
						'中试平台：储备库{pilot-platform-reserve}，首批重点培育{pilot-platforms-first-batch}',
					alt: '两个嵌套的正方形，面积分别代表储备库的{pilot-platform-reserve}和首批重点培育的{pilot-platforms-first-batch}；本文推算，小的约为大的{pilot-selection-rate|plain}（{pilot-platforms-first-batch}÷{pilot-platform-reserve}）。',
					chartNote: '正方形面积与数量成正比；比例为本文推算。',
					notes: '面积对应数量：从储备库遴选出首批，范围大幅收窄。'
				},
				{
					slug: 'pilot-target',
					scene: {
						type: 'funnel',
						figures: ['pilot-platform-reserve', 'pilot-platforms-first-batch'],
						target: 'pilot-platform-target',
						ratio: 'pilot-selection-rate'
					},
					title: '中试平台：年底目标',
					keyFigure: 'pilot-platform-target',
					headline: '力争今年底培育{pilot-platform-target}国家级制造业中试平台',
					description:
						'{by:xie-pilot-target|role}在国新办{press-conference-date}的发布会上说，力争在今年底培育{pilot-platform-target}国家级制造业中试平台。',
					text: [
						'在同一句话里，{by:xie-pilot-target}还说，{q:xie-pilot-target}。',
						'报道没有写明这些国家级平台是否从首批重点培育平台中产生，所以图上把目标单独画在一旁。'
					],
					caption: '年底目标：{pilot-platform-target}国家级中试平台',
					alt: '两个嵌套的正方形代表储备库和首批重点培育平台；一旁单独一个虚线小方块，代表年底培育{pilot-platform-target}国家级制造业中试平台的目标。',
					chartNote:
						'虚线代表目标，而非已完成的数量；“以上”包括本数。报道没有写明国家级平台从首批中产生，所以目标不画在首批之内。',
					notes: '最后这个是目标，不是现状。'
				}
			]
		},
		{
			id: 'financing',
			name: '融资',
			kicker: '第三章',
			title: CHAPTER_TITLES.financing,
			intro: [
				'同一场发布会上，{by:xie-finance-h1|role}也谈到了产融合作：要{q:xie-finance-guide}。'
			],
			keyFigure: 'platform-financing-total',
			headline:
				'国家产融合作平台累计助企融资规模{platform-financing-total}，受益企业平均每家获得{platform-average-per-firm}',
			description:
				'据新华社对国新办{press-conference-date}发布会的报道，依托国家产融合作平台，累计助企融资规模{platform-financing-total}，受益企业平均每家获得{platform-average-per-firm}融资支持。',
			steps: [
				{
					slug: 'platform-total',
					scene: { type: 'big-number', figure: 'platform-financing-total' },
					title: '国家产融合作平台累计助企融资规模',
					keyFigure: 'platform-financing-total',
					headline: '国家产融合作平台累计助企融资规模{platform-financing-total}',
					description:
						'据新华社报道，从国新办{press-conference-date}的发布会上获悉，依托国家产融合作平台，{platform-institutions}金融和投资机构推出{platform-products}金融产品，累计助企融资规模{platform-financing-total}。报道没有写明从何时起算。',
					text: [
						'依托国家产融合作平台，{platform-institutions}金融和投资机构聚焦制造业企业急需，推出{platform-products}金融产品，累计助企融资规模{platform-financing-total}。'
					],
					caption: '国家产融合作平台累计助企融资{platform-financing-total}',
					alt: '大号数字{platform-financing-total}：国家产融合作平台累计助企融资规模。',
					notes: '这是累计数，报道没有写明从何时算起，不宜当作某一段时间的新增。'
				},
				{
					slug: 'platform-per-firm',
					scene: {
						type: 'area-product',
						total: 'platform-financing-total',
						count: 'platform-beneficiary-firms',
						average: 'platform-average-per-firm'
					},
					title: '融资规模 = 受益企业数 × 平均每家融资（推算）',
					keyFigure: 'platform-beneficiary-firms',
					headline: '国家产融合作平台受益企业{platform-beneficiary-firms}（推算）',
					description:
						'据新华社对国新办{press-conference-date}发布会的报道，国家产融合作平台累计助企融资规模{platform-financing-total}，受益企业平均每家获得{platform-average-per-firm}融资支持。本文用总额除以平均数推算，受益企业{platform-beneficiary-firms}；报道没有写明时段。',
					text: [
						'受益企业平均每家获得{platform-average-per-firm}融资支持。',
						'用总额除以平均数，本文推算受益企业{platform-beneficiary-firms}：总额是下限（突破），平均数是上限（近），所以企业数也只能是下限。'
					],
					caption: '国家产融合作平台受益企业{platform-beneficiary-firms}（推算）',
					alt: '一个矩形，宽代表本文推算的受益企业数{platform-beneficiary-firms}，高代表平均每家{platform-average-per-firm}，面积代表融资规模{platform-financing-total}。',
					chartNote: '受益企业数为本文推算，是下限。',
					notes: '报道没有给出受益企业数，这是本文用总额除以平均数得到的下限。'
				},
				{
					slug: 'relending-quota',
					scene: {
						type: 'amount-bars',
						figures: ['platform-financing-total', 'relending-quota-increase']
					},
					title: '不同口径的金额：平台累计融资与再贷款额度',
					keyFigure: 'relending-quota-increase',
					headline: '上半年增加科技创新和技术改造再贷款额度{relending-quota-increase}',
					description:
						'{by:xie-relending|role}在国新办{press-conference-date}的发布会上介绍，上半年增加科技创新和技术改造再贷款额度{relending-quota-increase}，并出台支持科技型企业并购重组的并购贷款试点政策等。',
					text: [
						'{by:xie-relending}介绍，积极配合相关部门制定服务新型工业化的金融政策：上半年，增加科技创新和技术改造再贷款额度{relending-quota-increase}；出台支持科技型企业并购重组的并购贷款试点政策等，贷款占比、贷款期限等显著放宽。'
					],
					caption: '上半年增加科技创新和技术改造再贷款额度{relending-quota-increase}',
					alt: '两根横条：平台累计助企融资{platform-financing-total}，上半年增加的再贷款额度{relending-quota-increase}。',
					chartNote: '两者口径不同，并排只为比较量级；报道没有说明两者之间的关系，不能相加。',
					notes: '报道写的是增加的再贷款额度，没有写已经发放多少；它和平台累计数不能相加。'
				},
				{
					slug: 'credit-loans',
					scene: { type: 'share', figure: 'credit-loan-share' },
					title: '专项贷款产品：企业信用贷款占比',
					keyFigure: 'credit-loan-share',
					headline: '围绕重点产业链推出的专项贷款产品：企业信用贷款占比{credit-loan-share}',
					description:
						'据新华社对国新办{press-conference-date}发布会的报道，围绕支持重点产业链，联合部分银行推出了专项贷款产品，企业信用贷款占比{credit-loan-share}，最长贷款期限达到{longest-loan-term}。报道没有写明时段，也没有写明这一占比是占什么的比重。',
					text: [
						'融资产品进一步丰富。{by:xie-partners}表示，联合{strategic-partner-institutions}战略合作金融机构，为新型工业化各项重要任务创新金融产品和服务。',
						'围绕支持重点产业链，联合部分银行推出了专项贷款产品，企业信用贷款占比{credit-loan-share}，最长贷款期限达到{longest-loan-term}。'
					],
					caption:
						'专项贷款产品：企业信用贷款占比{credit-loan-share}，最长贷款期限{longest-loan-term}',
					alt: '一百个方格中{credit-loan-share|plain}涂色，并标注“超过”：企业信用贷款占比高于这一数值。报道没有写明这是占什么的比重，图上按专项贷款产品来画。',
					chartNote:
						'原文为“超过”，涂色部分是下限。报道没有写明这一占比的分母；画成专项贷款产品中的占比，是本文的解读。',
					notes: '原文只给出企业信用贷款占比和最长贷款期限，没有写明占比的分母，也没有更多细节。'
				},
				{
					slug: 'special-loans',
					scene: {
						type: 'amount-bars',
						figures: [
							'platform-financing-total',
							'relending-quota-increase',
							'upgrade-loans-financing'
						]
					},
					title: '三笔口径不同、不能相加的金额：平台累计融资、再贷款额度、绿色工厂贷等产品的融资',
					keyFigure: 'upgrade-loans-financing',
					headline: '绿色工厂贷、工信数转贷等产品累计支持企业融资{upgrade-loans-financing}',
					description:
						'据新华社对国新办{press-conference-date}发布会的报道，针对传统产业转型升级推出的绿色工厂贷、工信数转贷等产品，累计支持企业融资{upgrade-loans-financing}。报道没有写明从何时起算。',
					text: [
						'报道接着列出两类产品：支持产业技术创新的“中试验+研发贷”、科创贷等；针对传统产业转型升级的绿色工厂贷、工信数转贷等，累计支持企业融资{upgrade-loans-financing}。',
						'报道把这笔融资写在绿色工厂贷、工信数转贷等产品之后，本文按这一组产品的数字来画。'
					],
					caption: '绿色工厂贷等产品累计支持融资{upgrade-loans-financing}',
					alt: '三根横条：平台累计助企融资{platform-financing-total}，上半年增加的再贷款额度{relending-quota-increase}，绿色工厂贷、工信数转贷等产品累计支持企业融资{upgrade-loans-financing}。',
					chartNote: '三者口径不同，并排只为比较量级；报道没有说明三者之间的关系，不能相加。',
					notes: '第三根条加入；提醒三者不能相加。'
				},
				{
					slug: 'pilot-cities',
					scene: { type: 'unit-grid', total: 'pilot-cities' },
					title: '国家产融合作试点城市',
					keyFigure: 'pilot-cities',
					headline: '围绕{pilot-cities}国家产融合作试点城市推动先行先试',
					description:
						'{by:xie-pilot-cities|role}在国新办{press-conference-date}的发布会上表示，要围绕{pilot-cities}国家产融合作试点城市，推动试点政策、标准等先行先试。报道没有写明时段。',
					text: [
						'{q:xie-next-step}{by:xie-next-step}表示。',
						'{by:xie-pilot-cities}还表示，要深入实施“科技产业金融一体化”专项，并围绕{pilot-cities}国家产融合作试点城市，推动试点政策、标准等先行先试。'
					],
					caption: '{pilot-cities}国家产融合作试点城市',
					alt: '{pilot-cities|bare}个方格，每格代表一个国家产融合作试点城市。',
					chartNote: '方格为示意，不对应具体城市。',
					notes: '收尾：试点城市是下一步政策先行先试的地方。'
				}
			]
		},
		{
			id: 'investment',
			name: '招商',
			kicker: '第四章',
			title: CHAPTER_TITLES.investment,
			intro: [
				'最后一章换一个尺度，看一个省。湖北的招商引资报道不是发布会的内容，它给出的是另一类数字：项目个数和计划投资额。'
			],
			keyFigure: 'hubei-signed-projects',
			headline:
				'1—6月湖北招商引资亿元以上签约项目{hubei-signed-projects}，开工项目{hubei-started-projects}',
			description:
				'据【招商引资】栏目的报道，1—6月，湖北全省招商引资亿元以上签约项目{hubei-signed-projects}，亿元以上开工项目{hubei-started-projects}，同比增长{hubei-started-projects-growth}。',
			steps: [
				{
					slug: 'hubei-training',
					scene: {
						type: 'calendar',
						dates: ['press-conference-date', 'hubei-training-date']
					},
					title: '湖北专题培训会与国新办发布会',
					keyFigure: 'hubei-training-date',
					headline: '{hubei-training-date}，湖北省商务厅举办招商引资《指导意见》专题培训会',
					description:
						'据【招商引资】栏目的报道，{hubei-training-date}，湖北省商务厅举办《关于新发展阶段创新招商引资工作的指导意见》专题培训会。',
					text: [
						'{hubei-training-date}，湖北省商务厅举办《关于新发展阶段创新招商引资工作的指导意见》专题培训会。日历上同时标出了国新办发布会的日期。'
					],
					caption: '{hubei-training-date}，湖北专题培训会',
					alt: '{year}年7月的月历，标出{hubei-training-date}（湖北专题培训会）和{press-conference-date}（国新办发布会）。',
					chartNote: '两篇报道都只写月日；年份按发布会的日期定为{year}年。',
					notes: '换一个尺度：从全国数据转到一个省的招商实践。'
				},
				{
					slug: 'guidance-framework',
					scene: {
						type: 'framework',
						groups: [
							{ figure: 'guidance-key-points' },
							{ figure: 'guidance-models' },
							{ figure: 'guidance-programmes' },
							{ figure: 'guidance-safeguards' }
						]
					},
					title:
						'湖北招商引资《指导意见》：“{guidance-key-points}重点、{guidance-models}模式、{guidance-programmes}工程、{guidance-safeguards}保障”',
					headline:
						'湖北招商引资《指导意见》的“{guidance-key-points}重点、{guidance-models}模式、{guidance-programmes}工程、{guidance-safeguards}保障”',
					description:
						'据【招商引资】栏目的报道，在{hubei-training-date}的专题培训会上，{by:long-guidance|role}围绕湖北《指导意见》“{guidance-key-points}重点、{guidance-models}模式、{guidance-programmes}工程、{guidance-safeguards}保障”等内容作了解读。',
					text: [
						'{by:long-guidance|role}围绕《指导意见》“{guidance-key-points}重点、{guidance-models}模式、{guidance-programmes}工程、{guidance-safeguards}保障”等内容，结合湖北在探索招商引资新模式过程中涌现的好案例，作了深入解读。'
					],
					caption:
						'湖北招商引资《指导意见》：“{guidance-key-points}重点、{guidance-models}模式、{guidance-programmes}工程、{guidance-safeguards}保障”',
					alt: '四组方块，代表湖北招商引资《指导意见》的“{guidance-key-points}重点、{guidance-models}模式、{guidance-programmes}工程、{guidance-safeguards}保障”，每个方块代表一项。',
					chartNote: '报道没有说明这四组各包括哪些具体内容，图上只画数量。',
					notes: '报道没有逐项展开这四组的内容，图上只画数量。'
				},
				{
					slug: 'guidance-focus',
					scene: {
						type: 'framework',
						groups: [
							{ figure: 'hubei-service-clusters' },
							{ figure: 'investment-government-levels', names: ['investment-government-levels'] }
						]
					},
					title: '湖北招商引资《指导意见》：集群与层级',
					headline:
						'湖北招商引资《指导意见》：整治“内卷式”招商，统筹省、市、县{investment-government-levels}招商工作力量',
					description:
						'据【招商引资】栏目的报道，湖北《指导意见》要整治“内卷式”招商，聚焦“51020”先进制造业产业集群和{hubei-service-clusters}现代服务业集群，统筹省、市、县{investment-government-levels}招商工作力量，构建全省招商“一盘棋”格局。',
					text: [
						'据报道，{by:guidance-features}突出几个特点，其中包括：要全力推进高质量招商，整治“内卷式”招商；要聚焦湖北省“51020”先进制造业产业集群和{hubei-service-clusters}现代服务业集群，推进产业链条招商、产业集群招商和产业生态招商；要统筹省、市、县{investment-government-levels}招商工作力量和各行业主管部门资源，合力构建全省招商“一盘棋”格局。'
					],
					caption: '整治“内卷式”招商，统筹省、市、县{investment-government-levels}招商工作力量',
					alt: '两组方块：{hubei-service-clusters}现代服务业集群；省、市、县{investment-government-levels}招商工作力量。',
					notes: '整治“内卷式”招商，可以和会议摘录里的规范竞争秩序对照着看，这是本文的解读。'
				},
				{
					slug: 'hubei-signed',
					scene: { type: 'units', figure: 'hubei-signed-projects' },
					title: '湖北招商引资亿元以上签约项目（1—6月）',
					keyFigure: 'hubei-signed-projects',
					headline: '1—6月湖北招商引资亿元以上签约项目{hubei-signed-projects}',
					description:
						'据【招商引资】栏目的报道，1—6月，湖北全省招商引资亿元以上签约项目{hubei-signed-projects}，{hubei-large-project-threshold}签约项目{hubei-large-signed-projects}。',
					text: [
						'报道还给出了全省今年以来的招商引资数据。今年1—6月，湖北全省招商引资签约项目中，{hubei-project-threshold}的有{hubei-signed-projects}。'
					],
					caption: '1—6月湖北招商引资亿元以上签约项目{hubei-signed-projects}',
					alt: '{hubei-signed-projects|bare}个小方格，每格代表一个{hubei-project-threshold}的招商引资签约项目。',
					chartNote: '每格一个项目；统计口径为{hubei-project-threshold}。',
					notes: '每个小格是一个项目，用面积感受数量。'
				},
				{
					slug: 'hubei-large',
					scene: {
						type: 'units',
						figure: 'hubei-signed-projects',
						highlight: 'hubei-large-signed-projects',
						share: 'hubei-large-project-share'
					},
					title: '湖北招商引资{hubei-large-project-threshold}签约项目（1—6月）',
					keyFigure: 'hubei-large-signed-projects',
					headline:
						'1—6月湖北招商引资{hubei-large-project-threshold}签约项目{hubei-large-signed-projects}',
					description:
						'据【招商引资】栏目的报道，1—6月，湖北全省招商引资{hubei-large-project-threshold}签约项目{hubei-large-signed-projects}，亿元以上签约项目{hubei-signed-projects}。本文按金额门槛推断前者在后者之中，推算约占{hubei-large-project-share|plain}（{hubei-large-signed-projects}÷{hubei-signed-projects}）。',
					text: [
						'{hubei-large-project-threshold}的签约项目有{hubei-large-signed-projects}。按金额门槛，它们也在亿元以上签约项目之列；本文据此推算，约占{hubei-large-project-share|plain}。'
					],
					caption:
						'1—6月湖北招商引资{hubei-large-project-threshold}签约项目{hubei-large-signed-projects}',
					alt: '在{hubei-signed-projects|bare}个方格中，{hubei-large-signed-projects|bare}个被标亮，代表{hubei-large-project-threshold}的签约项目；本文按金额门槛推断它们在亿元以上签约项目之中，推算约占{hubei-large-project-share|plain}。',
					chartNote: '占比为本文推算。',
					notes: '{hubei-large-project-threshold}的签约项目在数量上只占很小一部分。'
				},
				{
					slug: 'hubei-started',
					scene: {
						type: 'change',
						from: 'hubei-started-projects-2024',
						to: 'hubei-started-projects',
						change: 'hubei-started-projects-growth'
					},
					title: '湖北招商引资亿元以上开工项目（1—6月）',
					keyFigure: 'hubei-started-projects',
					headline:
						'1—6月湖北招商引资亿元以上开工项目{hubei-started-projects}，同比增长{hubei-started-projects-growth}',
					description:
						'据【招商引资】栏目的报道，1—6月，湖北全省招商引资亿元以上开工项目{hubei-started-projects}，同比增长{hubei-started-projects-growth}，计划投资额{hubei-planned-investment}。',
					text: [
						'开工项目是另一组数据。1—6月，湖北全省招商引资亿元以上开工项目{hubei-started-projects}，同比增长{hubei-started-projects-growth}；本文据此推算，上年同期约为{hubei-started-projects-2024|plain}。'
					],
					caption:
						'1—6月湖北招商引资亿元以上开工项目{hubei-started-projects}，同比增长{hubei-started-projects-growth}',
					alt: '两个点用线相连：湖北招商引资亿元以上开工项目从上年同期的{hubei-started-projects-2024}（本文推算）增至{hubei-started-projects}，增长{hubei-started-projects-growth}。',
					chartNote: '上年同期数为本文推算：今年数÷（1+增速）。',
					notes: '报道没有说明开工项目与签约项目的关系，两个数不能相加或相除。'
				},
				{
					slug: 'hubei-growth-axis',
					scene: {
						type: 'growth-bars',
						figures: axisThrough('hubei-started-projects-growth'),
						highlight: ['hubei-started-projects-growth']
					},
					title: '同比增速对照：1—6月湖北招商引资亿元以上开工项目数',
					keyFigure: 'hubei-started-projects-growth',
					headline:
						'增速轴全览：1—6月湖北招商引资亿元以上开工项目数同比增长{hubei-started-projects-growth}',
					description:
						'据【招商引资】栏目的报道，1—6月，湖北全省招商引资亿元以上开工项目数同比增长{hubei-started-projects-growth}。本文把它和报道中的其他同比增速并排：工业机器人产量增长{industrial-robot-output-growth}，上半年规上工业增加值增长{industrial-value-added-growth}；各项口径和时段不同，不宜直接比高低。',
					text: [
						'回到贯穿全文的增速轴：1—6月，湖北招商引资亿元以上开工项目数同比增长{hubei-started-projects-growth}。',
						'这些增速口径不一：有的是增加值，有的是收入、产量、成交额或项目数，时段也不尽相同。并排只为看清各自的位置，不宜直接比较高低。'
					],
					caption: '1—6月湖北招商引资亿元以上开工项目数增长{hubei-started-projects-growth}',
					alt: '九根横条汇总全文的增速：工业机器人{industrial-robot-output-growth}最长，其次服务机器人{service-robot-output-growth}、技术合同成交额{tech-contract-turnover-growth}；1—6月湖北招商引资亿元以上开工项目数{hubei-started-projects-growth}，上半年规上工业增加值{industrial-value-added-growth}。',
					chartNote: `各指标口径不同：有的是增加值，有的是收入、产量、成交额或项目数。${AXIS_NOTE}`,
					notes: '这是全文增速的总览，提醒口径和时段都不同。'
				},
				{
					slug: 'hubei-investment',
					scene: {
						type: 'area-product',
						total: 'hubei-planned-investment',
						count: 'hubei-started-projects',
						average: 'hubei-average-planned-investment'
					},
					title:
						'湖北招商引资亿元以上开工项目（1—6月）：计划投资额 = 项目数 × 平均每个项目（推算）',
					keyFigure: 'hubei-planned-investment',
					headline: '1—6月湖北招商引资亿元以上开工项目计划投资额{hubei-planned-investment}',
					description:
						'据【招商引资】栏目的报道，1—6月，湖北全省招商引资亿元以上开工项目{hubei-started-projects}，计划投资额{hubei-planned-investment}。本文推算（计划投资额÷项目数），平均每个项目{hubei-average-planned-investment}。',
					text: [
						'这些开工项目的计划投资额为{hubei-planned-investment}，本文推算平均每个项目{hubei-average-planned-investment}。'
					],
					caption: '1—6月湖北招商引资亿元以上开工项目计划投资额{hubei-planned-investment}',
					alt: '一个矩形，宽代表湖北招商引资亿元以上开工项目数{hubei-started-projects}，高代表本文推算的平均每个项目计划投资{hubei-average-planned-investment}，面积代表计划投资额{hubei-planned-investment}。',
					chartNote: '平均每个项目的计划投资为本文推算。',
					notes: '收尾：平均每个开工项目的计划投资额。'
				}
			]
		}
	],
	closing: {
		title: '来源与方法',
		sourcesTitle: '来源',
		sourcesIntro:
			'除年份和标明“推算”的以外，本文所有数字均来自以下四份材料，数字及其限定词（超过、超、突破、近、多、余、以上）都与原文一致。原文没有写年份，只写“今年”和月日；{year}年是发布会举行的年份，由本文补上。',
		methodTitle: '方法',
		method: [
			'我们把原文中的每一个数字录入数据集，连同单位、限定词、统计时段和原文摘录。构建网站时，程序会逐条核对：摘录确实出现在原文中，摘录里的数字与录入的数值一致，录入的时段确实写在这个数字所在的句子里；任何一条不符，网站就无法生成。',
			'引语和转述也这样核对：每一处引号、每一次转述都登记在案，连同说话人和原文段落；引号里的话必须与原文逐字一致，说话人必须是原文写明的那一位。',
			'正文和图表中的数字都不是手写的，而是从数据集中引用、由同一个格式化函数输出，因此正文、图表和下方的总表始终一致。'
		],
		claimsTitle: '引语与转述的出处',
		claimsIntro:
			'正文引用或转述的每一段话，都在这里列出说话人和原文段落。标明“本文”的推算和解读，是本文自己的，不是原文的说法。',
		glossaryTitle: '术语',
		glossary: [
			{
				term: '规上',
				definition:
					'即“规模以上”。原文中的规上工业、规上工业企业，都指规模以上这一统计口径；原文没有写明这一口径的具体门槛。'
			},
			{ term: '同比', definition: '与上年同一时期相比。例如上半年同比增长，是与上年上半年相比。' },
			{
				term: '贡献率',
				definition:
					'统计上的通行定义：某一部分的增量占总增量的比重，回答总增长里有多少来自这一部分，不等于这一部分在总量中的占比。'
			},
			{
				term: '百分点',
				definition:
					'两个百分数之间的差。数字产业业务收入增速较上年同期提高{digital-industry-growth-acceleration}，指的是本期增速比上年同期的增速高这么多，而不是增速本身增长了{digital-industry-growth-acceleration|bare}%。'
			},
			{
				term: '拉动',
				definition:
					'统计上的通行算法：总增速乘以某部分的贡献率，得到这一部分带来的增长，单位是百分点。'
			}
		],
		qualifiersTitle: '限定词',
		qualifiers:
			'原文的“超过”“突破”“超”“多”“余”指真实数值高于所写数字；“以上”指不低于所写数字，包括本数；“近”指略低于所写数字。本文推算的数字沿用同样的记号：下限除以上限仍是下限，标“超过”；经过四舍五入、或偏差方向无法确定的，标“约”。图表中，带限定词的数值都另有标记，不会画成一个确切的值。',
		derivedTitle: '推算的数字',
		derivedIntro:
			'以下数字不是原文直接给出的，而是本文用原文数字算出的。带限定词的输入会影响结果：下限除以上限仍是下限（标为“超过”）；经过四舍五入或偏差方向无法确定的，标为“约”。',
		tableTitle: '全部数字',
		tableIntro:
			'数据集中的每一个数字，按章节排列，附原文摘录，便于核对。时段一栏按原文所写列出，年份由本文补上；原文没有写明时段的，如实注明；推算的数字，时段随所用的数字。',
		credit: '图表与推算：本文。'
	},
	keyHelp: {
		title: '演示模式的按键',
		items: [
			{ keys: '→ ↓ 空格 PageDown', does: '下一步（翻页笔可用）' },
			{ keys: '← ↑ PageUp', does: '上一步' },
			{ keys: 'Home / End', does: '第一步 / 最后一步' },
			{ keys: '数字 + Enter', does: '跳到第几步' },
			{ keys: 'f', does: '全屏' },
			{ keys: 'b', does: '黑屏，按任意键恢复' },
			{ keys: 'q', does: '显示这一步的二维码' },
			{ keys: 't', does: '投影主题：深色背景、浅色文字，再按一次恢复' },
			{ keys: 's', does: '在另一个窗口打开演讲者视图' },
			{ keys: 'l', does: '切换到英文版，停在同一步' },
			{ keys: 'j / k', does: '下一步 / 上一步（阅读时也可用）' },
			{ keys: 'i', does: '显示字幕里数字的出处；再按一次看下一个数字' },
			{ keys: 'h ?', does: '显示或隐藏这份按键说明' },
			{ keys: 'Esc', does: '回到阅读' }
		]
	},
	figureLabels: {
		'industrial-value-added-growth': '规上工业增加值',
		'high-tech-manufacturing-growth': '规上高技术制造业增加值',
		'digital-industry-revenue-growth': '数字产业业务收入',
		'digital-industry-growth-2024': '数字产业业务收入（上年同期）',
		'press-conference-date': '国新办发布会',
		'hubei-training-date': '湖北专题培训会',
		'manufacturing-share-of-gdp': '制造业增加值占GDP',
		'equipment-manufacturing-share': '装备制造业占规上工业增加值',
		'green-factories-share': '国家层面绿色工厂产值占制造业总产值',
		'credit-loan-share': '企业信用贷款占比',
		'cloud-to-software-ratio': '云计算、大数据服务收入相当于软件业务收入的',
		'cloud-big-data-revenue': '云计算、大数据服务收入',
		'software-revenue': '软件业务收入',
		'provinces-growing': '省份，规上工业增加值全部同比增长',
		'industrial-provinces-profit-above-average': '工业大省，利润增速高于全国平均水平',
		'economy-major-categories': '国民经济大类',
		'5g-categories-reached': '大类已有5G融合应用融入',
		'5g-categories-not-reached': '大类尚无5G融合应用融入（推算）',
		'5g-category-coverage': '覆盖比例（推算）',
		'innovation-centres': '国家级制造业创新中心',
		'pilot-cities': '国家产融合作试点城市',
		'little-giants-supported': '获支持的“小巨人”企业',
		'hubei-signed-projects': '亿元以上签约项目',
		'hubei-large-signed-projects': '{hubei-large-project-threshold}签约项目',
		'hubei-large-project-share': '占亿元以上签约项目（推算）',
		'high-tech-contribution': '规上高技术制造业贡献率',
		'high-tech-pull': '高技术制造业拉动（推算）',
		'5g-base-stations': '5G基站总数',
		'openharmony-devices': '搭载开源鸿蒙的设备总量',
		'openharmony-products': '搭载开源鸿蒙的品种类',
		'smes-served': '累计服务中小企业',
		'humanoid-training-data': '开源训练数据',
		'software-revenue-growth': '软件业务收入',
		'cloud-big-data-revenue-growth': '云计算、大数据服务收入',
		'industrial-robot-output-growth': '工业机器人产量',
		'service-robot-output-growth': '服务机器人产量',
		'tech-contract-turnover-growth': '技术合同成交额',
		'hubei-started-projects-growth': '湖北招商引资亿元以上开工项目数',
		'hubei-started-projects-2024': '亿元以上开工项目（上年同期）',
		'hubei-started-projects': '亿元以上开工项目',
		'sme-deal-orders': '促成交易订单金额',
		'sme-tech-transfer-contracts': '技术成果转化合同金额',
		'platform-financing-total': '平台助企融资规模',
		'relending-quota-increase': '增加的再贷款额度',
		'upgrade-loans-financing': '绿色工厂贷、工信数转贷等产品支持融资',
		'pilot-platform-reserve': '储备库',
		'pilot-platforms-first-batch': '首批重点培育',
		'pilot-platform-target': '年底目标：国家级中试平台',
		'guidance-key-points': '重点',
		'guidance-models': '模式',
		'guidance-programmes': '工程',
		'guidance-safeguards': '保障',
		'hubei-service-clusters': '现代服务业集群',
		'investment-government-levels': '招商工作力量',
		'pilot-key-fields': '关键领域',
		'tech-contract-turnover': '成交额',
		'tech-contracts-registered': '登记技术合同',
		'tech-contract-average-value': '平均每件（推算）',
		'platform-beneficiary-firms': '受益企业（推算）',
		'platform-average-per-firm': '平均每家',
		'hubei-planned-investment': '计划投资额',
		'hubei-average-planned-investment': '平均每个项目（推算）'
	},
	names: {
		'pilot-key-fields': ['原材料', '装备制造', '消费品', '信息技术', '新兴和未来产业', '共性技术'],
		'investment-government-levels': ['省', '市', '县']
	},
	lists: {
		'nev-competition': {
			source: '会议（摘录未写明名称和日期）',
			claim: 'meeting-nev',
			items: [
				'加强成本调查和价格监测',
				'强化产品生产一致性监督检查',
				'督促重点车企落实好支付账期承诺',
				'着力健全规范竞争的长效机制，加强行业自律，更好发挥标准引领产业升级作用'
			]
		}
	},
	periodTags: {
		h1: '上半年',
		'jan-jun': '1—6月',
		'jan-may': '1至5月',
		'end-june': '6月底',
		'year-end': '年底目标',
		now: '目前',
		current: '当前',
		cumulative: '累计',
		'prior-year': '上年同期（推算）',
		none: ''
	},
	periods: {
		h1: '%year%年上半年',
		'jan-jun': '%year%年1—6月',
		'jan-may': '%year%年1至5月',
		'end-june': '截至%year%年6月底',
		'year-end': '%year%年底目标',
		now: '目前',
		current: '当前',
		cumulative: '累计，原文未写明起算时间',
		'prior-year': '上年同期（推算）',
		none: '原文未写明时段'
	},
	kinds: {
		'yoy-growth': '同比增速',
		'pp-change': '百分点变化',
		share: '比重',
		ratio: '比例',
		contribution: '贡献率',
		pull: '拉动',
		count: '数量',
		amount: '金额',
		average: '平均值',
		target: '目标',
		duration: '时长',
		threshold: '统计门槛',
		date: '日期'
	},
	formulas: {
		difference: '%a% − %b% = %result%',
		percent: '%a% ÷ %b% → %result%',
		quotient: '%a% ÷ %b% → %result%',
		'contribution-pull': '%a% × %b% → %result%',
		'previous-from-growth': '%a% ÷ (1 + %b%) → %result%'
	},
	ui: {
		skipToStory: '跳到正文',
		chapters: '章节',
		opening: '开篇',
		closing: '来源与方法',
		progress: '阅读进度',
		dataTable: '图表数据',
		takeAway: '下载：',
		takeCsv: '数据（CSV）',
		takeSvg: '图表（SVG）',
		takePng: '图片（PNG）',
		takeAllFigures: '全部数字可以下载：',
		takeAllCsv: 'CSV表格（Excel可直接打开）',
		takeAllJson: 'JSON数据',
		listSeparator: '、',
		tableFigure: '指标',
		tableValue: '数值',
		tablePeriod: '时段',
		tableKind: '类型',
		tableSource: '原文摘录或推算',
		derived: '推算',
		source: '来源：',
		sourceDerived: '推算：本文',
		sourceSeparator: '；',
		labelSeparator: '：',
		stepOf: '%n% / %total%',
		share: '分享这一步',
		copied: '链接已复制',
		copyFailed: '无法复制，请手动复制地址栏中的链接',
		chapterLink: '本章链接',
		qualifierOver: '超过',
		qualifierUnder: '近',
		qualifierAbout: '约',
		weekdays: '一二三四五六日',
		monthTitle: '%year%年%month%月',
		notToScale: '示意图，不按比例',
		rest: '其余',
		present: '演示',
		presentation: '演示模式',
		exitPresentation: '退出演示（Esc）',
		stepNumber: '当前步骤',
		qrLabel: '本步链接的二维码：',
		qrHint: '扫码在手机上打开这一步',
		elapsed: '已用时间',
		resetClock: '重新计时',
		nextStep: '下一步',
		lastStep: '这是最后一步。',
		presenterControls: '演示控制',
		previous: '上一步',
		next: '下一步',
		shareTitle: '%title% · 工业经济的上半场',
		linkShown: '复制这个链接：',
		tag: '%label%（%tag%）',
		fullStop: '。',
		translated: '本文译文',
		// The other edition, in its own language (the menu marks it lang="en").
		otherLanguage: 'EN',
		otherLanguageName: 'English edition (EN)',
		original: '原文',
		qrUnavailable:
			'这份文件不知道本文的网址，做不出能在手机上打开的二维码。请从网站上打开本文再演示，或在构建时设置网站地址（SITE_URL）。',
		// When scripts, or a part of them, did not come (issue 29).
		scriptsFailed: '网络中断，页面的脚本没有载入：图表暂以静态显示，每一步的图在文字之后。',
		partFailed: '网络中断，这部分没有载入：图表暂以静态显示。',
		retry: '重试',
		// Issue 29: the presenter view's name (a dialog over its window's page).
		presenterView: '演示者视图',
		// Issue 30: between a page's description and the reports it comes from; a preview card's tag
		// for a figure whose source gives no period.
		sentenceGap: '',
		noPeriod: '原文未写明时段',
		// Issue 32: a step's share poster, its embed code, its files in plain sight.
		savePoster: '保存分享图',
		posterHint: '长按图片，保存或发给朋友。',
		close: '关闭',
		embed: '嵌入代码',
		embedHint: '把这段代码贴进网页的HTML：图表按网页给它的宽度重排，高度自动调整。',
		copyCode: '复制代码',
		codeCopied: '代码已复制',
		embedBack: '阅读全文',
		// Issue 33: dates, corrections, each figure's source panel, the step controls.
		published: '%date%发布',
		updated: '%date%更新',
		correctedOn: '%date%更正',
		correctionsTitle: '更正记录',
		correctionsIntro: '本文发布后改正过的内容，新的在前：原来怎样写，现在怎样写，为什么改。',
		noCorrections: '本文发布后还没有更正。',
		correctionWrong: '原来',
		correctionNow: '现在',
		correctionWhy: '原因',
		correctionWhere: '涉及',
		feedTitle: '%title%：发布与更正',
		feedPublished: '本文发布',
		feedCorrection: '更正｜%where%',
		traceHint: '查看这个数字的出处',
		traceOf: '%figure%的出处',
		traceSentence: '原文',
		traceReport: '出自',
		tracePeriod: '时段',
		tracePeriodWords: '原文的字眼',
		traceNoPeriod: '原文没有写明时段',
		traceYear: '原文没有写年份，年份由本文补上',
		traceQualifier: '限定词',
		traceExact: '没有，原文写的是确切的数字',
		traceAbove: '真实数值高于所写数字',
		traceAtLeast: '不低于所写数字，包括本数',
		traceBelow: '真实数值低于所写数字',
		traceApprox: '经过四舍五入，或偏差方向无法确定：真实数值可能略高或略低',
		traceDerived: '本文推算',
		traceInputs: '所用的数字',
		traceTable: '在全部数字表中查看',
		traceClose: '关闭',
		stepControls: '逐步阅读'
	}
};

export default content;
