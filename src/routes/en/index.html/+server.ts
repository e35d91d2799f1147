/**
 * `/en/` as well as `/en`: a static host serves a folder's index.html for an address with a
 * trailing slash, and `en/` is a folder (of the chapter pages). This page sends the reader on to
 * `/en` (the story's own page, which is `en.html`), and says what it is as that page does, for a
 * link shared with the slash: the same title, description and preview image, the same policy.
 */
import { stories } from '$lib/server/story';
import { previewAlt } from '$lib/server/images/index';
import { pageMeta } from '$lib/story/meta';
import type { RequestHandler } from './$types';

export const prerender = true;

const siteUrl = (process.env.SITE_URL ?? '').replace(/\/+$/, '');
const attr = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export const GET: RequestHandler = () => {
	const meta = pageMeta(stories.en, null, null);
	const feedTitle = stories.en.ui.feedTitle.replace('%title%', stories.en.meta.title);
	const image = `${siteUrl || '..'}/og/${meta.image}.png`;
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
	const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=../en">
<title>${attr(meta.title)}</title>
<meta name="description" content="${attr(meta.description)}">
${siteUrl ? `<link rel="canonical" href="${siteUrl}/en">\n` : ''}<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${attr(feedTitle)}" href="${siteUrl || '..'}/en/updates.xml">
${tags.join('\n')}
</head>
<body>
<p><a href="../en">${attr(meta.title)}</a></p>
</body>
</html>
`;
	return new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
