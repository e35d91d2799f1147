/**
 * Each step's scene as a PNG, in each edition's words, drawn from its SVG file at twice its size
 * (1200 pixels wide, with its title, note and source around the chart), for slides.
 */
import { error } from '@sveltejs/kit';
import { scenePng } from '$lib/server/images/index';
import { localeAt } from '$lib/languages';
import { stepEntriesInEachEdition } from '$lib/server/story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = stepEntriesInEachEdition;

export const GET: RequestHandler = async ({ params }) => {
	const png = await scenePng(params.slug, localeAt(params.lang));
	if (!png) error(404, `No step ${params.slug}`);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
