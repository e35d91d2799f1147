/**
 * A link-preview card's texts as the renderer draws them: each text's box measured by resvg itself
 * (with the fonts the build renders with), one text at a time, in the card's own coordinates, and
 * what is wrong with the card's layout in words. The cards tests of the engine and of the story
 * use these.
 */
import { Resvg } from '@resvg/resvg-js';
import { CARD } from '$lib/server/images/card';
import { IMAGE_FONT } from '$lib/server/images/fonts';

export interface Box {
	text: string;
	x: number;
	y: number;
	w: number;
	h: number;
}

/** How far outside the card a text is still measured. */
const MARGIN = 400;
const TEXT = /<text\b[^>]*>([^<]*)<\/text>/g;
const unescape = (s: string) =>
	s.replace(
		/&(amp|lt|gt|quot|#39);/g,
		(e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" })[e]!
	);

/**
 * The inked box of every text of a card, in the card's pixels, as the renderer draws it: the card
 * with that one text and no shapes, measured by resvg (transforms, nested viewports, anchors,
 * baselines and fonts all as it draws them). A text it draws nothing of, inside the card, has
 * no box: `null`.
 */
export function textBoxes(svg: string, fonts: string[]): (Box | null)[] {
	const texts = [...svg.matchAll(TEXT)];
	// The card drawn on a larger canvas, in its own coordinates: what leaves the card is still
	// measured (the renderer measures only what falls on its canvas).
	const { width, height } = CARD;
	const bare = svg
		.replace(/<(rect|path|line)\b[^>]*\/>/g, '')
		.replace(
			`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
			`width="${width + 2 * MARGIN}" height="${height + 2 * MARGIN}" viewBox="${-MARGIN} ${-MARGIN} ${width + 2 * MARGIN} ${height + 2 * MARGIN}"`
		);
	return texts
		.map((m, i) => {
			let k = 0;
			const alone = bare.replace(TEXT, (t) => (k++ === i ? t : ''));
			const text = unescape(m[1]!);
			if (!text.trim()) return undefined;
			const box = new Resvg(alone, {
				font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: IMAGE_FONT }
			}).innerBBox();
			return box ? { text, x: box.x, y: box.y, w: box.width, h: box.height } : null;
		})
		.filter((b) => b !== undefined);
}

/** Whether two boxes share more than a hairline (half a pixel each way). */
const overlap = (a: Box, b: Box) =>
	Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 &&
	Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;

/** What is wrong with a card's layout, in words: a text off the card, over another, or cut. */
export function layoutProblems(svg: string, fonts: string[]): string[] {
	const texts = [...svg.matchAll(TEXT)].map((m) => unescape(m[1]!)).filter((t) => t.trim());
	const boxes = textBoxes(svg, fonts);
	const problems: string[] = [];
	boxes.forEach((b, i) => {
		if (!b) problems.push(`“${texts[i]}” is not drawn inside the card`);
		else if (b.x < 0 || b.y < 0 || b.x + b.w > CARD.width || b.y + b.h > CARD.height)
			problems.push(`“${b.text}” leaves the card (${[b.x, b.y, b.w, b.h].map(Math.round)})`);
	});
	const drawn = boxes.filter((b): b is Box => !!b);
	for (let i = 0; i < drawn.length; i++)
		for (let j = i + 1; j < drawn.length; j++)
			if (overlap(drawn[i]!, drawn[j]!))
				problems.push(`“${drawn[i]!.text}” overlaps “${drawn[j]!.text}”`);
	for (const t of texts) if (t.includes('…')) problems.push(`“${t}” is cut`);
	return problems;
}

/** The texts a card draws in its own column (before the scene's nested picture), by colour. */
export const columnTexts = (svg: string) =>
	[
		...svg
			.slice(0, svg.indexOf('<svg', 10))
			.matchAll(/<text\b[^>]*fill="([^"]+)"[^>]*>([^<]*)<\/text>/g)
	].map((m) => ({ fill: m[1]!, text: unescape(m[2]!) }));

/** Every text a card draws. */
export const drawnTexts = (svg: string) => [...svg.matchAll(TEXT)].map((m) => unescape(m[1]!));
