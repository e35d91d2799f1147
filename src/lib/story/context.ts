import type { SceneContext } from '$lib/scenes/marks';
import { plain } from './text';
import type { BrowserStory, StoryView } from './types';

/** What scenes read from the story: figures, names, list items and labels. */
export const sceneContext = (
	story: Pick<BrowserStory, 'locale' | 'year' | 'figures' | 'names' | 'lists' | 'ui'>
): SceneContext => ({
	locale: story.locale,
	year: story.year,
	figures: story.figures,
	names: story.names,
	lists: Object.fromEntries(
		Object.entries(story.lists).map(([key, list]) => [
			key,
			{ source: list.source, items: list.items.map(plain) }
		])
	),
	ui: story.ui
});

/**
 * The story without what the page carries as built: the article's text, its corrections and the
 * closing section, and the descriptions, which only the page's head has; with the reports' titles,
 * which the source panel names.
 */
export const forBrowser = ({
	closing: _closing,
	sources,
	claims: _claims,
	figureOrder: _order,
	corrections: _corrections,
	...story
}: StoryView): BrowserStory => ({
	...story,
	opening: {
		...story.opening,
		steps: story.opening.steps.map((s) => ({ ...s, text: [], description: '', corrections: [] }))
	},
	chapters: story.chapters.map((c) => ({
		...c,
		intro: [],
		description: '',
		steps: c.steps.map((s) => ({ ...s, text: [], description: '', corrections: [] }))
	})),
	reports: Object.fromEntries(
		sources.map((s) => [
			s.id,
			story.ui.tag.replace('%label%', s.title).replace('%tag%', s.publisher)
		])
	)
});
