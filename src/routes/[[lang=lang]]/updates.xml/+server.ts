/** An edition's Atom feed: its publication and every correction. */
import { LOCALES, localeAt } from '$lib/languages';
import { atomFeed } from '$lib/server/site-files';
import { langParam } from '$lib/story/address';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => LOCALES.map((l) => ({ lang: langParam(l) }));

export const GET: RequestHandler = ({ params }) =>
	new Response(atomFeed(localeAt(params.lang)), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' }
	});
