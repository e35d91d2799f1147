/**
 * A step's share poster, 1080 by 1440: a picture to send in a chat app that shows no preview for an
 * ordinary link, or to keep in a phone's gallery. Portrait, as phones show pictures. From the top:
 * the chapter, the step's title, its key figure with what it is and its period (or, without one,
 * its caption), the scene as the story's own layout draws it, then the source line, the story's
 * name and, when the build knows the site's address, a QR code of the step's page with a line
 * saying so. Its own text is 28 pixels or more (a phone shows it at about a third); the scene's as
 * large as its box allows, up to 26.
 */
import { textWidth, wrapText, type Marks, type Size } from '$lib/scenes/marks';
import { STANDALONE_FONTS, type Palette } from '$lib/scenes/standalone';
import { qrPath } from '$lib/present/qr';
import { fitScene, lines, sceneIn, textAt } from './place';

export const POSTER = { width: 1080, height: 1440 } as const;

export interface PosterSpec {
	/** Unique among the posters: prefixes the ids inside its SVG. */
	id: string;
	/** The chapter's name. */
	kicker: string;
	title: string;
	/** The key figure as readers see it (超过42%), what it is, and its period where the source says. */
	figure: { text: string; label: string; period: string } | null;
	/** Without a key figure: the step's caption. */
	note: string;
	source: string;
	/** The story's name. */
	story: string;
	/** The scene's layout at a given size. */
	lay: (size: Size) => Marks;
	/** The step's public address and the line under its code; none without the site's address. */
	qr: { url: string; hint: string } | null;
}

const MARGIN = 72;
const COLUMN = POSTER.width - 2 * MARGIN;
/** The scene's smallest text, in the poster's pixels. */
const SCENE_TYPE = 26;
/** The QR code's side, its quiet zone included, at most. */
const QR_SIDE = 232;
const BOTTOM = POSTER.height - 64;

/** Lines of text from `top`, each `step` apart; returns the elements and where the last ends. */
function block(
	texts: string[],
	top: number,
	size: number,
	step: number,
	fill: string,
	{ bold = false, x = MARGIN } = {}
) {
	// A line's baseline sits where its em box, centred in its step, has its own.
	const base = (i: number) => top + i * step + (step - size) / 2 + size * 0.88;
	return {
		out: texts.map((t, i) => textAt(t, x, base(i), size, fill, bold)),
		bottom: top + texts.length * step
	};
}

/** The QR code, black on the paper with its quiet zone, its top left corner at (x, y). */
function qrCode(url: string, x: number, y: number, palette: Palette) {
	const { size, d } = qrPath(url);
	// Whole pixels a module: crisp edges for a camera.
	const unit = Math.floor(QR_SIDE / size);
	const side = unit * size;
	return {
		side,
		svg:
			`<g transform="translate(${x + QR_SIDE - side} ${y + QR_SIDE - side}) scale(${unit})">` +
			`<rect width="${size}" height="${size}" fill="#ffffff"/><path d="${d}" fill="#000000"/></g>` +
			// A hairline round it, so the white quiet zone reads as a tile on the paper.
			`<rect x="${x + QR_SIDE - side - 0.5}" y="${y + QR_SIDE - side - 0.5}" width="${side + 1}" height="${side + 1}" fill="none" stroke="${palette.faint}"/>`
	};
}

/** The foot: the source, the story's name and the code's line at the left, the code at the right. */
function foot(poster: PosterSpec, palette: Palette) {
	const column = poster.qr ? COLUMN - QR_SIDE - 40 : COLUMN;
	const source = poster.source ? lines(poster.source, 28, 3, column) : [];
	const story = lines(poster.story, 32, 2, column, true);
	const hint = poster.qr ? lines(poster.qr.hint, 28, 2, column) : [];
	const height =
		(source.length ? source.length * 40 + 16 : 0) +
		story.length * 44 +
		(hint.length ? 16 + hint.length * 40 : 0);
	const top = BOTTOM - Math.max(height, poster.qr ? QR_SIDE : 0);
	const out: string[] = [];
	let y = BOTTOM - height;
	const add = (b: ReturnType<typeof block>, gap = 16) => {
		out.push(...b.out);
		y = b.bottom + gap;
	};
	if (source.length) add(block(source, y, 28, 40, palette.muted));
	add(block(story, y, 32, 44, palette.ink, { bold: true }));
	if (hint.length) add(block(hint, y, 28, 40, palette.muted));
	if (poster.qr)
		out.push(qrCode(poster.qr.url, POSTER.width - MARGIN - QR_SIDE, BOTTOM - QR_SIDE, palette).svg);
	return { out, top };
}

export function posterSvg(poster: PosterSpec, palette: Palette, fonts = STANDALONE_FONTS): string {
	const out: string[] = [];
	let y = 72;
	const add = (b: ReturnType<typeof block>, gap: number) => {
		out.push(...b.out);
		y = b.bottom + gap;
	};
	add(block([poster.kicker], y, 32, 44, palette.accent, { bold: true }), 4);
	// A title that needs more than three lines at 52 pixels is set smaller.
	const titleSize = wrapText(poster.title, COLUMN / 1.06, 52).length > 3 ? 44 : 52;
	const title = lines(poster.title, titleSize, 3, COLUMN, true);
	add(block(title, y, titleSize, titleSize * 1.28, palette.ink, { bold: true }), 20);
	if (poster.figure) {
		// As large as fits the column, up to 112 pixels.
		const size = Math.min(
			112,
			Math.floor(COLUMN / (textWidth(poster.figure.text, 1, true) * 1.04))
		);
		add(block([poster.figure.text], y, size, size * 1.1, palette.highlight, { bold: true }), 0);
		// The period follows the label on its last line if it fits there, else on a line of its own.
		const label = lines(poster.figure.label, 30, 2, COLUMN);
		const period = poster.figure.period;
		if (period && textWidth(`${label.at(-1)}${period}`, 30) <= COLUMN)
			label.push(`${label.pop()}${period}`);
		else if (period) label.push(period);
		add(block(label, y, 30, 42, palette.muted), 32);
	} else {
		add(block(lines(poster.note, 34, 3, COLUMN), y, 34, 48, palette.ink), 32);
	}
	const { out: footOut, top } = foot(poster, palette);
	// The scene between the text and the foot, with a rule above the foot.
	const rule = top - 28;
	const box = { x: MARGIN, y, width: COLUMN, height: rule - 28 - y };
	const scene = sceneIn(poster.lay, box, SCENE_TYPE, palette, `${poster.id}-poster`, fitScene);

	const { width, height } = POSTER;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${fonts}">` +
		`<rect width="${width}" height="${height}" fill="${palette.paper}"/>` +
		`<rect width="${width}" height="14" fill="${palette.accent}"/>` +
		out.join('') +
		scene +
		`<line x1="${MARGIN}" y1="${rule}" x2="${width - MARGIN}" y2="${rule}" stroke="${palette.faint}" stroke-width="2"/>` +
		footOut.join('') +
		`</svg>`
	);
}
