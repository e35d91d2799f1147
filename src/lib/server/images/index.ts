/**
 * The story's images, for the routes that write them when the site is built (and the pages that
 * name them in their heads).
 */
import { error } from '@sveltejs/kit';
import { DEFAULT_LOCALE, localeAt, type Locale } from '$lib/languages';
import { stories } from '$lib/server/story';
import { sceneContext } from '$lib/story/context';
import { allSteps } from '$lib/story/steps';
import { imageFonts, posters, posterSvgOf, previews, previewSvg, sceneFile } from './catalogue';
import { toPng } from './render';

const editions = Object.values(stories).map((s) => ({ story: s, ctx: sceneContext(s) }));
const cards = editions.flatMap((e) => previews(e.story, e.ctx));
// Where the site is deployed, for the posters' QR codes (none without it).
const siteUrl = (process.env.SITE_URL ?? '').replace(/\/+$/, '');
const shares = editions.flatMap((e) => posters(e.story, e.ctx, siteUrl));

/** The names of the preview images: `story`, each chapter's id and each step's slug. */
export const previewNames = cards.map((p) => p.name);

/** What a preview image shows, for its `og:image:alt`. */
export function previewAlt(name: string): string {
	const card = cards.find((p) => p.name === name);
	if (!card) throw new Error(`No preview image named ${name}`);
	return card.alt;
}

/** A preview image as PNG, or null if there is none of that name. */
export async function previewPng(name: string): Promise<Buffer | null> {
	const card = cards.find((p) => p.name === name);
	return card ? toPng(previewSvg(card), await imageFonts(editions)).png : null;
}

/** A step's scene as a standalone SVG file in an edition, or null if there is no such step. */
export function sceneSvg(slug: string, locale: Locale = DEFAULT_LOCALE): string | null {
	const edition = editions.find((e) => e.story.locale === locale)!;
	const step = allSteps(edition.story).find((s) => s.slug === slug);
	return step ? sceneFile(step, edition.story, edition.ctx) : null;
}

/** The same scene as PNG at twice its width (1200 pixels wide), for slides. */
export async function scenePng(
	slug: string,
	locale: Locale = DEFAULT_LOCALE
): Promise<Buffer | null> {
	const svg = sceneSvg(slug, locale);
	return svg ? toPng(svg, await imageFonts(editions), 1200).png : null;
}

/** A step's share poster in an edition, as PNG (1080 by 1440), or null if there is no such step. */
export async function posterPng(
	slug: string,
	locale: Locale = DEFAULT_LOCALE
): Promise<Buffer | null> {
	const poster = shares.find((p) => p.slug === slug && p.locale === locale);
	return poster ? toPng(posterSvgOf(poster), await imageFonts(editions)).png : null;
}

/**
 * A route's answer for a step's image in an edition (`params.lang`, none for the default): the PNG
 * `draw` makes, or 404 for a step there is not.
 */
export const stepPngRoute =
	(draw: (slug: string, locale: Locale) => Promise<Buffer | null>) =>
	async ({ params }: { params: { slug: string; lang?: string } }) => {
		const png = await draw(params.slug, localeAt(params.lang));
		if (!png) error(404, `No step ${params.slug}`);
		return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
	};
