/**
 * What a page says about itself in its head: title, description, canonical address and preview
 * image, for the front page, a chapter's page and a step's page. Computed when the page is built.
 */
import type { StoryChapterId } from '$lib/data/vocab';
import { chapterPath, inEdition, previewName, stepPath } from './address';
import { chapterNameOf } from './steps';
import type { StepView, StoryView } from './types';

export interface PageMeta {
	title: string;
	/** The title a shared link previews with. */
	socialTitle: string;
	description: string;
	/** The page's own path: `/`, `/growth`, `/financing/credit-loans`. */
	path: string;
	/** Its preview image, by name under /og/ (`<step>` for /og/<step>.png). */
	image: string;
}

export function pageMeta(
	story: StoryView,
	chapter: StoryChapterId | null,
	step: StepView | null
): PageMeta {
	if (step) {
		const title = story.meta.stepTitle
			.replace('%step%', step.headline)
			.replace('%chapter%', chapterNameOf(story, step.chapter));
		return {
			title,
			socialTitle: title,
			description: step.description,
			path: inEdition(story.locale, stepPath(step)),
			image: previewName(story.locale, step.slug)
		};
	}
	const current = chapter ? story.chapters.find((c) => c.id === chapter) : undefined;
	if (current)
		return {
			title: story.meta.chapterTitle.replace('%chapter%', current.title),
			socialTitle: story.meta.socialChapterTitle
				.replace('%chapter%', current.name)
				.replace('%headline%', current.headline),
			description: current.description,
			path: inEdition(story.locale, chapterPath(current.id)),
			image: previewName(story.locale, current.id)
		};
	return {
		title: story.meta.title,
		socialTitle: story.meta.title,
		description: story.meta.description,
		path: inEdition(story.locale, '/'),
		image: previewName(story.locale, 'story')
	};
}
