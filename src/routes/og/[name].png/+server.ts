/**
 * The preview image of a page, 1200 by 630, drawn when the site is built: what a chat app shows
 * for a shared link to the story (`story`), a chapter (its id) or a step (its slug).
 */
import { error } from '@sveltejs/kit';
import { previewNames, previewPng } from '$lib/server/images/index';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => previewNames.map((name) => ({ name }));

export const GET: RequestHandler = async ({ params }) => {
	const png = await previewPng(params.name);
	if (!png) error(404, `No preview image ${params.name}`);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
