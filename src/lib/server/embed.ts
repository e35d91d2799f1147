/**
 * Each step's embed, in every edition: its page (`/embed/<step>`, `/en/embed/<step>`) and its
 * oEmbed document, written when the site is built. The page is written here, not by a route's
 * page component: it has no Kit scripts at all (one script of its own, $lib/embed/live.svelte.ts)
 * and a style of its own, the light palette whatever the reader's system says (a frame sits in
 * someone else's page).
 */
import { error } from '@sveltejs/kit';
import { render } from 'svelte/server';
import EmbedPage from '$lib/components/EmbedPage.svelte';
import { embedContext } from '$lib/embed/context';
import { embedCode, estimatedHeight } from '$lib/embed/size';
import { languageOf, LOCALES, SOURCE_LOCALE, type Locale } from '$lib/languages';
import sceneCss from '$lib/scenes/scene.css?inline';
import { TONES } from '$lib/scenes/standalone';
import { palette } from '$lib/server/images/palette';
import { stories } from '$lib/server/story';
import { sceneContext } from '$lib/story/context';
import {
	embedPath,
	embedScriptPath as scriptPath,
	inEdition,
	langParam,
	pagePath,
	previewPath,
	stepPath
} from '$lib/story/address';
import { figureLine, keyFigureOf } from '$lib/story/key-figure';
import { pageMeta } from '$lib/story/meta';
import { onSite } from '$lib/story/pages';
import { allSteps, chapterNameOf } from '$lib/story/steps';
import { plain } from '$lib/story/text';
import { embedScript } from './embed-script';
import { ICON_LINK } from './icon';

// Where the site is deployed (https://example.org): the embed code and oEmbed need absolute links.
const siteUrl = (process.env.SITE_URL ?? '').replace(/\/+$/, '');

/** Every step, by slug, in each edition (its `lang`: its prefix, none for the default language). */
export const embedEntries = () =>
	LOCALES.flatMap((locale) =>
		allSteps(stories[SOURCE_LOCALE]).map((s) => ({ lang: langParam(locale), step: s.slug }))
	);

/** The width oEmbed gives as an embed's: a column of an article. */
const OEMBED_WIDTH = 600;

const attr = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function stepOf(locale: Locale, slug: string) {
	const story = stories[locale];
	const step = allSteps(story).find((s) => s.slug === slug);
	if (!step) error(404, `No step ${slug}`);
	return { story, step };
}

/** The embed's script's file, named by its hash. */
export const embedScriptPath = async () => onSite(scriptPath((await embedScript()).hash));

/** A step's embed page, as a whole HTML document. */
export async function embedPage(locale: Locale, slug: string): Promise<string> {
	const { story, step } = stepOf(locale, slug);
	const figure = keyFigureOf(story, step);
	const own = inEdition(locale, stepPath(step));
	const { head, body } = render(EmbedPage, {
		props: {
			step,
			kicker: chapterNameOf(story, step.chapter),
			figure: figure ? figureLine(figure, story.ui) : null,
			note: plain(step.caption),
			ctx: embedContext(step.scene, sceneContext(story)),
			back: { href: siteUrl ? `${siteUrl}${own}` : onSite(own), label: story.ui.embedBack },
			storyName: `${story.meta.siteName}${languageOf(locale).typography.titleSeparator}${story.opening.title}`
		}
	});
	const colours = TONES.map((t) => `--${t}:${palette[t]}`).join(';');
	return `<!doctype html>
<html lang="${story.lang}" data-embed="${attr(slug)}">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${attr(pageMeta(story, null, step).title)}</title>
${siteUrl ? `<link rel="canonical" href="${siteUrl}${own}">\n` : ''}${ICON_LINK}
<style>:root{${colours};color-scheme:light}${sceneCss}</style>
${head}
<script src="${await embedScriptPath()}" defer></script>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * A step's oEmbed document (oembed.com, type `rich`): the embed code as its `html`, the step's
 * preview image as its thumbnail. Its addresses are absolute when the build knows the site's (as
 * oEmbed wants them; the pages link the document only then), else paths on the site.
 */
export function oembedDocument(locale: Locale, slug: string) {
	const { story, step } = stepOf(locale, slug);
	const meta = pageMeta(story, null, step);
	const site = siteUrl;
	return {
		version: '1.0',
		type: 'rich',
		title: step.title,
		provider_name: story.meta.siteName,
		provider_url: `${site}${pagePath(locale)}`,
		html: embedCode(`${site}${embedPath(slug, locale)}`, step.title, OEMBED_WIDTH),
		width: OEMBED_WIDTH,
		height: estimatedHeight(OEMBED_WIDTH),
		thumbnail_url: `${site}${previewPath(meta.image)}`,
		thumbnail_width: 1200,
		thumbnail_height: 630
	};
}
