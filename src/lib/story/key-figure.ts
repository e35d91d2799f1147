/**
 * A step's key figure, as the pictures that travel alone show it (a link's preview card, the share
 * poster, an embed): the figure the step names as its own (`keyFigure` in the copy), with what it
 * is and over which period.
 */
import type { FigureView, StepView, StoryView } from './types';
import { UNSTATED } from './vocabulary';

/**
 * The step's key figure; none where the scene is that number, drawn large (a second copy of it
 * beside the scene would say nothing more), or where the step names none.
 */
export function keyFigureOf(
	story: Pick<StoryView, 'figures'>,
	step: Pick<StepView, 'keyFigure' | 'scene'>
): FigureView | null {
	return step.keyFigure && step.scene.type !== 'big-number' ? story.figures[step.keyFigure]! : null;
}

/**
 * A figure's period as a picture shows it: as the source gives it, or the edition's words saying
 * that the source gives none (a date is its own time, and has none).
 */
export const periodOf = (f: FigureView, ui: StoryView['ui']) =>
	f.kind === 'date' ? '' : f.period === UNSTATED ? ui.noPeriod : f.periodLabel;

/**
 * A figure's lines under its value: what it is, and its period (in brackets, as the edition
 * writes them; none where the label already names it).
 */
export function figureLine(f: FigureView, ui: StoryView['ui']) {
	const period = periodOf(f, ui);
	return {
		id: f.id,
		text: f.text,
		label: f.label,
		period:
			period && !f.label.includes(period)
				? ui.tag.replace('%label%', '').replace('%tag%', period)
				: ''
	};
}
