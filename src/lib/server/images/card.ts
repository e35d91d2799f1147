/**
 * A link's preview card, 1200 by 630: what a chat app shows when the story, a chapter or a step is
 * shared. Beside the scene (laid out by the story's own layouts, for the card's box, as large as
 * presentation mode draws it), what the key figure is, the figure itself with its qualifier, its
 * period as the source gives it (or that the source gives none), the source line and the story's
 * name. Legible at half size (600 by 315, as chat apps show it): no text under 22 pixels at full
 * size. Every text is set whole: a long one is set smaller, never cut, and the column's texts are
 * laid out to end above the source line (tests/unit/cards.test.ts measures every card as drawn).
 */
import {
	fitToType,
	textWidth,
	verticalExtent,
	wrapText,
	type Marks,
	type Size,
	type TextMark
} from '$lib/scenes/marks';
import { sceneMarkup, STANDALONE_FONTS, xml, type Palette } from '$lib/scenes/standalone';

export const CARD = { width: 1200, height: 630 } as const;

export interface CardSpec {
	/** Unique among the cards: prefixes the ids inside its SVG. */
	id: string;
	/** The chapter's name, or the site's. */
	kicker: string;
	/** What the key figure is (its label), or the step's title where the column has no figure. */
	title: string;
	/** The key figure as readers see it (超过42%), or null: the scene shows it, or there is none. */
	figure: string | null;
	/**
	 * The key figure's period as the source gives it, or the edition's words saying the source
	 * gives none; empty for a date, or without a key figure.
	 */
	period: string;
	/** A line of text under the title, where there is no figure (may be empty). */
	note: string;
	source: string;
	/** The story's name, at the foot. */
	story: string;
	/** The scene's layout at a given size. */
	lay: (size: Size) => Marks;
}

const LEFT = 64;
const COLUMN = 500;
/** The column's texts start below the kicker and end above the source line (or lines). */
const KICKER_Y = 104;
const SOURCE_Y = 540;
const SOURCE_LEADING = 28;
const STORY_Y = 586;
/** Where the scene goes: the right half, with a margin. */
const SCENE = { x: 612, y: 56, width: 548, height: 500 };
/** The scene's smallest text, in the card's pixels (8 at half size: the chart's own labels). */
const SCENE_TYPE = 16;
/** Widths are estimated (textWidth); lines are set to this share of the column, to be safe. */
const SAFE = 0.94;

const textAt = (
	text: string,
	y: number,
	size: number,
	fill: string,
	{ bold = false, x = LEFT } = {}
) =>
	`<text x="${x}" y="${Math.round(y)}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${fill}">${xml(text)}</text>`;

/** A text's lines at a size, bold or not, within the column. */
const linesOf = (text: string, size: number, bold = false) =>
	text ? wrapText(text, (COLUMN * SAFE) / (bold ? 1.06 : 1), size) : [];

interface Block {
	lines: string[];
	size: number;
	/** Baseline to baseline. */
	leading: number;
	/** Space above the block's first line box. */
	before: number;
	bold?: boolean;
	fill: keyof Palette;
}

/** The height the blocks take, from the top of the first line box to the last baseline. */
const heightOf = (blocks: Block[]) =>
	blocks.reduce(
		(h, b) => h + (b.lines.length ? b.before + b.size + (b.lines.length - 1) * b.leading : 0),
		0
	);

/**
 * The column under the kicker: the title, then the figure and its period (or a note), at the
 * largest sizes with which everything fits between the kicker and the source line. The figure is
 * set as large as fits the column in one line, or two (a qualifier in words, “nearly 8.2 / billion
 * yuan”), up to 96 pixels and down to 40; the title from 44 pixels down to 26, the note from 32
 * down to 22. The title gives way first.
 */
function column(card: CardSpec, bottom: number): Block[] {
	const room = bottom - KICKER_Y - 8;
	const figureLines = (size: number) => (card.figure ? linesOf(card.figure, size, true) : []);
	const fits = (size: number) => {
		const lines = figureLines(size);
		return (
			lines.length <= (size > 72 ? 1 : 2) &&
			lines.every((l) => textWidth(l, size, true) <= COLUMN * SAFE)
		);
	};
	let figureSize = 96;
	while (figureSize > 40 && !fits(figureSize)) figureSize -= 4;
	for (let step = 0; ; step++) {
		const titleSize = Math.max(26, 44 - 2 * step);
		const noteSize = Math.max(22, 32 - step);
		const big = Math.max(40, figureSize - 4 * Math.max(0, step - 9));
		const blocks: Block[] = [
			{
				lines: linesOf(card.title, titleSize, true),
				size: titleSize,
				leading: Math.round(titleSize * 1.28),
				before: 22,
				bold: true,
				fill: 'ink'
			},
			{
				lines: figureLines(big),
				size: big,
				leading: Math.round(big * 1.08),
				before: 30,
				bold: true,
				fill: 'highlight'
			},
			{
				lines: card.figure ? [] : linesOf(card.note, noteSize),
				size: noteSize,
				leading: Math.round(noteSize * 1.42),
				before: 30,
				fill: 'ink'
			},
			{
				lines: linesOf(card.period, 26),
				size: 26,
				leading: 34,
				before: card.figure ? 18 : 26,
				fill: 'muted'
			}
		];
		if (heightOf(blocks) <= room || (titleSize === 26 && big === 40)) return blocks;
	}
}

/** The box a text mark takes, as estimated (the card's tests measure them as drawn). */
function boxOf(t: TextMark) {
	const w = textWidth(t.text, t.size, t.weight === 'bold');
	const x = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
	const top =
		t.baseline === 'middle'
			? t.y - t.size * 0.5
			: t.baseline === 'hanging'
				? t.y
				: t.y - t.size * 0.8;
	return { x, y: top, w, h: t.size };
}

/** Whether any two of a scene's texts overlap. */
function crowded(marks: Marks): boolean {
	const boxes = marks.texts.filter((t) => t.text.trim()).map(boxOf);
	return boxes.some((a, i) =>
		boxes
			.slice(i + 1)
			.some(
				(b) =>
					Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1 &&
					Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1
			)
	);
}

/**
 * The scene, laid out for its box at the type presentation mode uses, and drawn smaller if its
 * marks reach beyond the size it was laid out for (a legend that wraps more than it measured):
 * its size, the scale it is drawn at and where its box goes on the card.
 */
function scene(card: CardSpec) {
	// At the type presentation mode uses, unless the layout's labels then run into each other (a
	// label that wraps into the next row): then at smaller type, which leaves them more room.
	let laid = fitToType(card.lay, SCENE, SCENE_TYPE);
	for (const type of [14, 13, 12]) {
		if (!crowded(laid.marks)) break;
		laid = fitToType(card.lay, SCENE, type);
	}
	const { marks, size, scale } = laid;
	let left = 0;
	let right = size.width;
	for (const t of marks.texts) {
		const box = boxOf(t);
		left = Math.min(left, box.x);
		right = Math.max(right, box.x + box.w);
	}
	// Where sceneMarkup draws the marks: shifted down a little in a box taller than they are.
	const span = verticalExtent(marks);
	const dy = Math.round(Math.max(0, (size.height - (span.bottom - span.top)) * 0.4 - span.top));
	const top = Math.min(0, span.top + dy);
	const bottom = Math.max(size.height, span.bottom + dy);
	const fit = Math.min(scale, SCENE.width / (right - left), SCENE.height / (bottom - top));
	return {
		marks,
		size,
		fit,
		x: SCENE.x + (SCENE.width - (right - left) * fit) / 2 - left * fit,
		y: SCENE.y + (SCENE.height - (bottom - top) * fit) / 2 - top * fit
	};
}

export function cardSvg(card: CardSpec, palette: Palette, fonts = STANDALONE_FONTS): string {
	const out: string[] = [textAt(card.kicker, KICKER_Y, 28, palette.accent, { bold: true })];
	// The source line wraps within the column, upwards from its place above the story's name.
	const source = linesOf(card.source, 22);
	const sourceY = SOURCE_Y - (source.length - 1) * SOURCE_LEADING;
	source.forEach((line, i) =>
		out.push(textAt(line, sourceY + i * SOURCE_LEADING, 22, palette.muted))
	);
	let y = KICKER_Y;
	for (const block of column(card, sourceY - 34)) {
		block.lines.forEach((line, i) => {
			y += i === 0 ? block.before + block.size : block.leading;
			out.push(textAt(line, y, block.size, palette[block.fill], { bold: block.bold }));
		});
	}
	out.push(textAt(card.story, STORY_Y, 24, palette.ink, { bold: true }));

	const { marks, size, fit, x, y: top } = scene(card);
	const sceneSvg =
		`<svg x="${x}" y="${top}" width="${size.width * fit}" height="${size.height * fit}" viewBox="0 0 ${size.width} ${size.height}" overflow="visible">` +
		sceneMarkup(marks, size, palette, `${card.id}-scene`) +
		`</svg>`;

	const { width, height } = CARD;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${fonts}">` +
		`<rect width="${width}" height="${height}" fill="${palette.paper}"/>` +
		`<rect width="${width}" height="10" fill="${palette.accent}"/>` +
		`<line x1="${SCENE.x - 24}" y1="${SCENE.y}" x2="${SCENE.x - 24}" y2="${SCENE.y + SCENE.height}" stroke="${palette.faint}" stroke-width="2"/>` +
		out.join('') +
		sceneSvg +
		`</svg>`
	);
}
