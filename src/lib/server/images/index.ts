/**
 * The story's images, for the routes that write them when the site is built (and the pages that
 * name them in their heads).
 */
import type { Locale } from '$lib/format';
import { stories } from '$lib/server/story';
import { sceneContext } from '$lib/story/context';
import { allSteps } from '$lib/story/steps';
import { imageFonts, previews, previewSvg, sceneFile } from './catalogue';
import { toPng } from './render';

const editions = Object.values(stories).map((s) => ({ story: s, ctx: sceneContext(s) }));
const cards = editions.flatMap((e) => previews(e.story, e.ctx));

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
export function sceneSvg(slug: string, locale: Locale = 'zh-CN'): string | null {
	const edition = editions.find((e) => e.story.locale === locale)!;
	const step = allSteps(edition.story).find((s) => s.slug === slug);
	return step ? sceneFile(step, edition.ctx) : null;
}

/** The same scene as PNG at twice its size (1200 by 800), for slides. */
export async function scenePng(slug: string, locale: Locale = 'zh-CN'): Promise<Buffer | null> {
	const svg = sceneSvg(slug, locale);
	return svg ? toPng(svg, await imageFonts(editions), 1200).png : null;
}
