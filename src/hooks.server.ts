import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { startAfterFirstPaint } from '$lib/server/after-paint';

/** The page's language: `<html lang>` is Chinese in app.html, English for the pages under /en. */
const withLang = (html: string, route: string | null) =>
	route?.startsWith('/en/') ? html.replace('<html lang="zh-CN">', '<html lang="en">') : html;

// Every page is written at build time; its scripts are fetched once it has been painted, and a
// chapter's page is placed at its chapter (a step's page at its step) before that (see
// after-paint.ts). Only prerendered
// pages: one rendered on request (the dev server, or the preview's answer to an unknown path) has
// its policy in a header, which a page chunk cannot change. The one-file edition has its scripts
// inside the page: nothing to fetch.
export const handle: Handle = ({ event, resolve }) =>
	building && !__SINGLE_FILE__
		? resolve(event, {
				transformPageChunk: ({ html, done }) =>
					done
						? startAfterFirstPaint(withLang(html, event.route.id), event.url.pathname, {
								opens: event.params.step ?? event.params.chapter
							})
						: withLang(html, event.route.id)
			})
		: resolve(event, { transformPageChunk: ({ html }) => withLang(html, event.route.id) });
