/**
 * The 404 page's words in both editions, and the titles they name: small on purpose, as the site
 * loads its error page with every page. A static host serves one 404 page for any address, so it
 * speaks both languages. Punctuation as each language writes it.
 */
import type { NotFoundContent } from '$lib/story/types';

export const STORY_TITLES = {
	'zh-CN': '工业经济的上半场：四份材料里的数字',
	en: 'China’s industry at half-time: the numbers in four reports'
} as const;

export const CHAPTER_TITLES = {
	'zh-CN': {
		growth: '增长：总量、结构与新动能',
		innovation: '创新：从实验室到生产线',
		financing: '融资：把金融资源引向制造业',
		investment: '招商：湖北的签约与开工'
	},
	en: {
		growth: 'Growth: size, structure and new drivers',
		innovation: 'Innovation: from the lab to the production line',
		financing: 'Financing: steering financial resources into manufacturing',
		investment: 'Investment: projects signed and started in Hubei'
	}
} as const;

export const notFound: Record<'zh-CN' | 'en', NotFoundContent> = {
	'zh-CN': {
		storyTitle: STORY_TITLES['zh-CN'],
		title: '没有找到这个页面',
		text: '这个地址不存在。你可以从开头阅读，或直接跳到某一章：',
		backToStory: '从头阅读',
		separator: '：',
		chapters: CHAPTER_TITLES['zh-CN']
	},
	en: {
		storyTitle: STORY_TITLES.en,
		title: 'Page not found',
		text: 'There is nothing at this address. Start from the beginning, or go straight to a chapter:',
		backToStory: 'Read from the start',
		separator: ': ',
		chapters: CHAPTER_TITLES.en
	}
};
