/**
 * The English edition's: each step's scene as an SVG file of its own, a chart to take away: plain colours and its own
 * list of fonts, nothing from the page (see $lib/scenes/standalone).
 */
import { error } from '@sveltejs/kit';
import { sceneSvg } from '$lib/server/images/index';
import { stepSlugs } from '$lib/server/story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => stepSlugs.map((slug) => ({ slug }));

export const GET: RequestHandler = ({ params }) => {
	const svg = sceneSvg(params.slug, 'en');
	if (!svg) error(404, `No step ${params.slug}`);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
