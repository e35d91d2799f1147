/**
 * A link's preview card, 1200 by 630: what a chat app shows when the story, a chapter or a step is
 * shared. Beside the scene (laid out by the story's own layouts, for the card's box, as large as
 * presentation mode draws it), the step's title, its key figure with its qualifier, the source line
 * and the story's name. Legible at half size (600 by 315, as chat apps show it): no text under 22
 * pixels at full size.
 */
import { textWidth, wrapText, type Marks, type Size } from '$lib/scenes/marks';
import { STANDALONE_FONTS, type Palette } from '$lib/scenes/standalone';
import { sceneIn, lines as setLines, textAt as setText } from './place';

export const CARD = { width: 1200, height: 630 } as const;

export interface CardSpec {
	/** Unique among the cards: prefixes the ids inside its SVG. */
	id: string;
	/** The chapter's name, or the site's. */
	kicker: string;
	title: string;
	/**
	 * The key figure as readers see it (超过42%), with what it is and over which period (where the
	 * source gives one); or, without one, a line of text.
	 */
	figure: { text: string; label: string; period: string } | null;
	note: string;
	source: string;
	/** The story's name, at the foot. */
	story: string;
	/** The scene's layout at a given size. */
	lay: (size: Size) => Marks;
}

const LEFT = 64;
const COLUMN = 500;
/** Where the scene goes: the right half, with a margin. */
const SCENE = { x: 612, y: 56, width: 548, height: 500 };
/** The scene's smallest text, in the card's pixels (8 at half size: the chart's own labels). */
const SCENE_TYPE = 16;

/** Lines of at most `max` in the column, the last one cut with an ellipsis if the text is longer. */
const lines = (text: string, size: number, max: number, bold = false) =>
	setLines(text, size, max, COLUMN, bold);

const textAt = (
	text: string,
	y: number,
	size: number,
	fill: string,
	{ bold = false, x = LEFT } = {}
) => setText(text, x, y, size, fill, bold);

export function cardSvg(card: CardSpec, palette: Palette, fonts = STANDALONE_FONTS): string {
	const out: string[] = [];
	let y = 104;
	out.push(textAt(card.kicker, y, 28, palette.accent, { bold: true }));
	y += 22;
	// A title that needs more than three lines at 44 pixels (an English one, often) is set smaller.
	const titleSize = wrapText(card.title, COLUMN / 1.06, 44).length > 3 ? 36 : 44;
	for (const line of lines(card.title, titleSize, 3, true)) {
		y += Math.round(titleSize * 1.32);
		out.push(textAt(line, y, titleSize, palette.ink, { bold: true }));
	}
	y += 36;
	if (card.figure) {
		// As large as fits the column, up to 96 pixels.
		const size = Math.min(96, Math.floor(COLUMN / (textWidth(card.figure.text, 1, true) * 1.04)));
		y += size;
		out.push(textAt(card.figure.text, y, size, palette.highlight, { bold: true }));
		y += 12;
		// The period follows the label on its last line if it fits there, else on a line of its own.
		const label = lines(card.figure.label, 26, 2);
		const period = card.figure.period;
		if (period && textWidth(`${label.at(-1)}${period}`, 26) <= COLUMN)
			label.push(`${label.pop()}${period}`);
		else if (period) label.push(period);
		for (const line of label) {
			y += 36;
			out.push(textAt(line, y, 26, palette.muted));
		}
	} else {
		for (const line of lines(card.note, 32, 3)) {
			y += 46;
			out.push(textAt(line, y, 32, palette.ink));
		}
	}
	out.push(textAt(card.source, 540, 22, palette.muted));
	out.push(textAt(card.story, 586, 24, palette.ink, { bold: true }));

	const scene = sceneIn(card.lay, SCENE, SCENE_TYPE, palette, `${card.id}-scene`);

	const { width, height } = CARD;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${fonts}">` +
		`<rect width="${width}" height="${height}" fill="${palette.paper}"/>` +
		`<rect width="${width}" height="10" fill="${palette.accent}"/>` +
		`<line x1="${SCENE.x - 24}" y1="${SCENE.y}" x2="${SCENE.x - 24}" y2="${SCENE.y + SCENE.height}" stroke="${palette.faint}" stroke-width="2"/>` +
		out.join('') +
		scene +
		`</svg>`
	);
}
