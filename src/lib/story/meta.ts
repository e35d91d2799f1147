/**
 * What a page says about itself in its head: title, description, canonical address and preview
 * image, for the front page, a chapter's page and a step's page. Computed when the page is built.
 */
import type { StoryChapterId } from '$lib/data/vocab';
import { chapterNameOf, stepPath } from './steps';
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

/** The first sentences of a step's text, up to about `max` characters: a link's description. */
export function summary(step: Pick<StepView, 'text'>, max = 120): string {
	const text = step.text.map(plain).join('');
	const sentences = text.match(/[^。！？]+[。！？]?/g) ?? [];
	let out = '';
	for (const s of sentences) {
		if (out && out.length + s.length > max) break;
		out += s;
	}
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
			description: summary(step),
			path: stepPath(step),
			image: step.slug
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
			path: `/${current.id}`,
			image: current.id
		};
	return {
		title: story.meta.title,
		socialTitle: story.meta.title,
		description: story.meta.description,
		path: '/',
		image: 'story'
	};
}
