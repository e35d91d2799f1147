/**
 * Each step's share poster, in each edition (`/posters/en/…` in English), 1080 by 1440, drawn when the site is built: a picture to send where a
 * link shows no preview (see $lib/server/images/poster).
 */
import { error } from '@sveltejs/kit';
import { posterPng } from '$lib/server/images/index';
import { localeAt } from '$lib/languages';
import { stepEntriesInEachEdition } from '$lib/server/story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = stepEntriesInEachEdition;

export const GET: RequestHandler = async ({ params }) => {
	const png = await posterPng(params.slug, localeAt(params.lang));
	if (!png) error(404, `No step ${params.slug}`);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
