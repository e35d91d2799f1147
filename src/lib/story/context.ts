import type { SceneContext } from '$lib/scenes/marks';
import { plain } from './text';
import type { StoryView } from './types';

/** What scenes read from the story: figures, names, list items and labels. */
export const sceneContext = (story: StoryView): SceneContext => ({
	locale: story.locale,
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
