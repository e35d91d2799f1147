/** Every page may be crawled; the sitemap lists them. */
import { robotsTxt } from '$lib/server/site-files';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(robotsTxt(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
