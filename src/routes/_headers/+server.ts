/** The host's headers for the built site: embeds frameable, nothing else (see $lib/server/headers). */
import { headersFile } from '$lib/server/headers';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(headersFile(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
