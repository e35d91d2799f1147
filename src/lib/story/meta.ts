/**
 * What a page says about itself in its head: title, description, canonical address and preview
 * image, for the front page, a chapter's page and a step's page. Computed when the page is built.
 */
import type { StoryChapterId } from '$lib/data/vocab';
import type { Locale } from '$lib/format';
import { chapterNameOf, inEdition, stepPath } from './steps';
import { plain } from './text';
import type { FigureView, StepView, StoryView } from './types';

export interface PageMeta {
	title: string;
	/** The title a shared link previews with. */
	socialTitle: string;
	description: string;
	/** The page's own path: `/`, `/growth`, `/financing/credit-loans`. */
	path: string;
	/** Its preview image, by name under /og/ (`credit-loans` for /og/credit-loans.png). */
	image: string;
}

/** A chapter's key figure for a link preview, with its period where the source gives one. */
const keyFigureLine = (f: FigureView) =>
	`${f.periodTag && !f.label.includes(f.periodTag) ? f.periodTag : ''}${f.label}${f.text}`;

/** A page's preview image: `credit-loans` in Chinese, `en-credit-loans` in English. */
export const imageName = (story: Pick<StoryView, 'locale'>, name: string) =>
	story.locale === 'zh-CN' ? name : `${story.locale}-${name}`;

/**
 * The first sentences of a step's text, up to about `max` characters: a link's description. English
 * takes about twice the characters of Chinese for the same words.
 */
export function summary(step: Pick<StepView, 'text'>, locale: Locale = 'zh-CN'): string {
	const max = locale === 'zh-CN' ? 120 : 220;
	const text = step.text.map(plain).join(locale === 'zh-CN' ? '' : ' ');
	const sentences =
		locale === 'zh-CN'
			? (text.match(/[^。！？]+[。！？]?/g) ?? [])
			: text.split(/(?<=[.!?][”’)]?)\s+/).map((s) => `${s} `);
	let out = '';
	for (const s of sentences) {
		if (out && out.length + s.length > max) break;
		out += s;
	}
	out = out.trim();
	return out.length > max ? `${[...out].slice(0, max - 1).join('')}…` : out;
}

export function pageMeta(
	story: StoryView,
	chapter: StoryChapterId | null,
	step: StepView | null
): PageMeta {
	if (step) {
		const title = story.meta.stepTitle
			.replace('%step%', step.title)
			.replace('%chapter%', chapterNameOf(story, step.chapter));
		return {
			title,
			socialTitle: title,
			description: summary(step, story.locale),
			path: inEdition(story.locale, stepPath(step)),
			image: imageName(story, step.slug)
		};
	}
	const current = chapter ? story.chapters.find((c) => c.id === chapter) : undefined;
	if (current)
		return {
			title: story.meta.chapterTitle.replace('%chapter%', current.title),
			socialTitle: story.meta.socialChapterTitle
				.replace('%chapter%', current.name)
				.replace('%figure%', keyFigureLine(story.figures[current.keyFigure]!)),
			description: current.description,
			path: inEdition(story.locale, `/${current.id}`),
			image: imageName(story, current.id)
		};
	return {
		title: story.meta.title,
		socialTitle: story.meta.title,
		description: story.meta.description,
		path: inEdition(story.locale, '/'),
		image: imageName(story, 'story')
	};
}
