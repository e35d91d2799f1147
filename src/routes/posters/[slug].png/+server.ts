/**
 * Each step's share poster, 1080 by 1440, drawn when the site is built: a picture to send where a
 * link shows no preview (see $lib/server/images/poster).
 */
import { error } from '@sveltejs/kit';
import { posterPng } from '$lib/server/images/index';
import { stepSlugs } from '$lib/server/story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => stepSlugs.map((slug) => ({ slug }));

export const GET: RequestHandler = async ({ params }) => {
	const png = await posterPng(params.slug);
	if (!png) error(404, `No step ${params.slug}`);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
