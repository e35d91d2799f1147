/**
 * A step on its own, in an edition, to frame in another site's page: its scene at the frame's
 * width, its title, key figure and source, and a link back (see $lib/server/embed). Written as
 * `<step>.html`: the content type is exactly `text/html`, as Kit's prerendering wants it for a page.
 */
import { localeAt } from '$lib/languages';
import { embedEntries, embedPage } from '$lib/server/embed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = embedEntries;

export const GET: RequestHandler = async ({ params }) =>
	new Response(await embedPage(localeAt(params.lang), params.step), {
		headers: { 'content-type': 'text/html' }
	});
