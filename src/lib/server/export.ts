/** The story's figures in the export format (see $lib/data/export), for the data routes. */
import dataset from 'virtual:dataset';
import { exportFile } from '$lib/data/export';
import { story } from '$lib/server/story';
import { allSteps, figuresInReadingOrder } from '$lib/story/steps';

/** Every figure, as the closing section's table lists them. */
export const allFigures = () => exportFile(story, dataset, figuresInReadingOrder(story));

/** The figures one step's scene draws, as its data table lists them; null if there is no such step. */
export function stepFigures(slug: string) {
	const step = allSteps(story).find((s) => s.slug === slug);
	return step ? exportFile(story, dataset, step.figures) : null;
}

export const csvResponse = (csv: string) =>
	new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
