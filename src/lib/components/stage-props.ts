import type { SceneContext } from '$lib/scenes/marks';
import type { StepView } from '$lib/story/types';

/** What a stage (the reading one, the presenting one) draws a step's scene from. */
export interface StageProps {
	step: StepView;
	ctx: SceneContext;
	/** The box's size, as measured. */
	width: number;
	height: number;
	/** The steps the reader or presenter may show next (before and after this one): drawn ahead. */
	near?: StepView[];
}
