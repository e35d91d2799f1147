/** The figures one step's scene draws, as CSV in the export format: its data table, to take away. */
import { error } from '@sveltejs/kit';
import { toCsv } from '$lib/data/export';
import { csvResponse, stepFigures } from '$lib/server/export';
import { stepSlugs } from '$lib/server/story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => stepSlugs.map((slug) => ({ slug }));

export const GET: RequestHandler = ({ params }) => {
	const file = stepFigures(params.slug);
	if (!file) error(404, `No step ${params.slug}`);
	return csvResponse(toCsv(file.figures));
};
