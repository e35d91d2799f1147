import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { DEFAULT_LANGUAGE, languageAt } from '$lib/languages';
import { startAfterFirstPaint } from '$lib/server/after-paint';
import { ICON_HREF } from '$lib/server/icon';

/**
 * app.html's own places: the page's language in `<html lang="%lang%">` (the language whose prefix
 * the page is under, the route's `lang` parameter, else the default language: the 404 page, say),
 * and the site's icon, inside the page (see $lib/server/icon).
 */
const withLang = (html: string, prefix: string | undefined) =>
	html
		.replace(
			'<html lang="%lang%">',
			`<html lang="${(languageAt(prefix) ?? DEFAULT_LANGUAGE).lang}">`
		)
		.replace('href="%icon%"', `href="${ICON_HREF}"`);

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
						? startAfterFirstPaint(withLang(html, event.params.lang), event.url.pathname, {
								// A story page's step, else its chapter (`<chapter>/<step>`, `<chapter>`).
								opens: event.params.page?.split('/').at(-1) || undefined
							})
						: withLang(html, event.params.lang)
			})
		: resolve(event, { transformPageChunk: ({ html }) => withLang(html, event.params.lang) });
