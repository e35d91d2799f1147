/**
 * A step's key figure, as the pictures that travel alone show it (a link's preview card, the share
 * poster, an embed): the first figure its caption names, with what it is and over which period.
 */
import type { FigureView, StepView, StoryView } from './types';

/**
 * The first figure the step's caption names; none where the scene is that number, drawn large (a
 * second copy of it beside the scene would say nothing more).
 */
export function keyFigureOf(
	story: Pick<StoryView, 'figures'>,
	step: Pick<StepView, 'caption' | 'scene'>
): FigureView | null {
	const key = step.caption.find((t) => t.t === 'fig');
	return key?.t === 'fig' && step.scene.type !== 'big-number' ? story.figures[key.id]! : null;
}

/**
 * A figure's lines under its value: what it is, and over which period where the source says (in
 * brackets, as the edition writes them; none where the label already names it).
 */
export const figureLine = (f: FigureView, ui: StoryView['ui']) => ({
	id: f.id,
	text: f.text,
	label: f.label,
	period:
		f.periodLabel && !f.label.includes(f.periodLabel)
			? ui.tag.replace('%label%', '').replace('%tag%', f.periodLabel)
			: ''
});
