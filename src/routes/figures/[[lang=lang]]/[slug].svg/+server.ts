/**
 * Each step's scene as an SVG file of its own, in each edition's words (`/figures/en/…` in English), a chart to take away: plain colours and its own
 * list of fonts, nothing from the page (see $lib/scenes/standalone).
 */
import { error } from '@sveltejs/kit';
import { sceneSvg } from '$lib/server/images/index';
import { localeAt } from '$lib/languages';
import { stepEntriesInEachEdition } from '$lib/server/story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = stepEntriesInEachEdition;

export const GET: RequestHandler = ({ params }) => {
	const svg = sceneSvg(params.slug, localeAt(params.lang));
	if (!svg) error(404, `No step ${params.slug}`);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
