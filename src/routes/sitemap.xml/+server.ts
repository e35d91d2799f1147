/** Every page of both editions, with its other edition and the day it last changed. */
import { sitemapXml } from '$lib/server/site-files';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(sitemapXml(), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
