/** The Chinese edition's Atom feed: its publication and every correction. */
import { atomFeed } from '$lib/server/site-files';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(atomFeed('zh-CN'), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' }
	});
