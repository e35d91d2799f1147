/**
 * `/en/` as well as `/en`, for each edition under a prefix: a static host serves a folder's
 * index.html for an address with a trailing slash, and `en/` is a folder (of the chapter pages).
 * This page sends the reader on to `/en` (the story's own page, which is `en.html`), and says what
 * it is as that page does, for a link shared with the slash: the same title, description and
 * preview image, the same policy. (The default language's edition is at the root: `/` is its page.)
 */
import { languageOf, localeAt, PREFIXED } from '$lib/languages';
import { stories } from '$lib/server/story';
import { previewAlt } from '$lib/server/images/index';
import { feedPath, pagePath, previewPath } from '$lib/story/address';
import { pageMeta } from '$lib/story/meta';
import { ICON_LINK } from '$lib/server/icon';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => PREFIXED.map((l) => ({ lang: l.prefix }));

const siteUrl = (process.env.SITE_URL ?? '').replace(/\/+$/, '');
const attr = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export const GET: RequestHandler = ({ params }) => {
	const locale = localeAt(params.lang);
	const story = stories[locale];
	const meta = pageMeta(story, null, null);
	const feedTitle = story.ui.feedTitle.replace('%title%', story.meta.title);
	const image = `${siteUrl || '..'}${previewPath(meta.image)}`;
	// The edition's page, from its folder: `../en`.
	const page = `..${pagePath(locale)}`;
	const tags = [
		['og:type', 'website'],
		['og:title', meta.socialTitle],
		['og:description', meta.description],
		['og:image', image],
		['og:image:type', 'image/png'],
		['og:image:width', '1200'],
		['og:image:height', '630'],
		['og:image:alt', previewAlt(meta.image)]
	]
		.map(([key, value]) => `<meta property="${key}" content="${attr(value!)}">`)
		.concat(
			[
				['twitter:card', 'summary_large_image'],
				['twitter:image', image]
			].map(([key, value]) => `<meta name="${key}" content="${attr(value!)}">`)
		);
	const html = `<!doctype html>
<html lang="${languageOf(locale).lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=${page}">
<title>${attr(meta.title)}</title>
<meta name="description" content="${attr(meta.description)}">
${siteUrl ? `<link rel="canonical" href="${siteUrl}${pagePath(locale)}">\n` : ''}${ICON_LINK}
<link rel="alternate" type="application/atom+xml" title="${attr(feedTitle)}" href="${siteUrl || '..'}${feedPath(locale)}">
${tags.join('\n')}
</head>
<body>
<p><a href="${page}">${attr(meta.title)}</a></p>
</body>
</html>
`;
	return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
