import type { SceneContext } from '$lib/scenes/marks';
import type { StepView, UiKey } from '$lib/story/types';

/** What the presentation and the presenter's view both show: the steps, one of them on screen. */
export interface PresentProps {
	steps: StepView[];
	/** Slug of the step on screen. */
	active: string;
	ctx: SceneContext;
	ui: Record<UiKey, string>;
	chapterName: (step: StepView) => string;
}
