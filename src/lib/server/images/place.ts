/**
 * Placing things in the build's images (the preview card, the share poster): lines wrapped to a
 * column, a text element at a place, and a scene laid out for a box. Widths are the layouts'
 * estimates (see $lib/scenes/marks); a bold line is given a little more room for its wider strokes.
 */
import {
	fitToType,
	textWidth,
	verticalExtent,
	wrapText,
	type Marks,
	type Size
} from '$lib/scenes/marks';
import { sceneMarkup, xml, type Palette } from '$lib/scenes/standalone';

/** Lines of at most `max` within `column`, the last one cut with an ellipsis if the text is longer. */
export function lines(text: string, size: number, max: number, column: number, bold = false) {
	const all = wrapText(text, bold ? column / 1.06 : column, size);
	if (all.length <= max) return all;
	const kept = all.slice(0, max);
	let last = kept[max - 1]!;
	while (last && textWidth(`${last}…`, size, bold) > column) last = [...last].slice(0, -1).join('');
	kept[max - 1] = `${last}…`;
	return kept;
}

/** A line of text with its baseline at `y`. */
export const textAt = (
	text: string,
	x: number,
	y: number,
	size: number,
	fill: string,
	bold = false
) =>
	`<text x="${x}" y="${Math.round(y)}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${fill}">${xml(text)}</text>`;

/** A text's box by the layouts' estimate of its width: its em box, placed by its anchor. */
function textBox(t: Marks['texts'][number]) {
	const w = textWidth(t.text, t.size, t.weight === 'bold');
	const x = t.x - (t.anchor === 'middle' ? w / 2 : t.anchor === 'end' ? w : 0);
	const y =
		t.baseline === 'middle'
			? t.y - t.size / 2
			: t.baseline === 'hanging'
				? t.y
				: t.y - t.size * 0.88;
	return { x1: x, x2: x + w, y1: y, y2: y + t.size };
}

/**
 * Whether a scene's marks stay within the size it was laid out for, and its texts clear of each
 * other (by the layouts' estimates of their widths).
 */
function within(marks: Marks, size: Size): boolean {
	const span = verticalExtent(marks);
	if (span.bottom - span.top > size.height + 1) return false;
	const boxes = marks.texts.filter((t) => t.text.trim()).map(textBox);
	return boxes.every(
		(a, i) =>
			a.x1 >= -1 &&
			a.x2 <= size.width + 1 &&
			boxes
				.slice(i + 1)
				.every((b) => a.x2 <= b.x1 + 1 || b.x2 <= a.x1 + 1 || a.y2 <= b.y1 + 1 || b.y2 <= a.y1 + 1)
	);
}

/**
 * A scene laid out for a box as presentation mode lays it out, as large as its smallest text
 * `minType` pixels asks; where the box is too short for that (the scene's marks would leave the
 * size it was laid out at), laid out larger and drawn smaller, a step at a time.
 */
export function fitScene(
	lay: (size: Size) => Marks,
	box: { width: number; height: number },
	minType: number
) {
	let fitted = fitToType(lay, box, minType);
	for (let round = 0; round < 8 && !within(fitted.marks, fitted.size); round++) {
		const scale = fitted.scale * 0.9;
		const size = {
			width: Math.floor(box.width / scale),
			height: Math.floor(box.height / scale),
			present: true
		};
		fitted = { marks: lay(size), size, scale };
	}
	return fitted;
}

/**
 * A scene laid out by its own layout for a box (as `fit` lays it: by default as large as
 * presentation mode draws it, its smallest text `minType` pixels), centred in the box. `id`
 * prefixes the ids inside it.
 */
export function sceneIn(
	lay: (size: Size) => Marks,
	box: { x: number; y: number; width: number; height: number },
	minType: number,
	palette: Palette,
	id: string,
	fit: typeof fitToType = fitToType
): string {
	const { marks, size, scale } = fit(lay, box, minType);
	const w = size.width * scale;
	const h = size.height * scale;
	return (
		`<svg x="${box.x + (box.width - w) / 2}" y="${box.y + (box.height - h) / 2}" width="${w}" height="${h}" viewBox="0 0 ${size.width} ${size.height}" overflow="visible">` +
		sceneMarkup(marks, size, palette, id) +
		`</svg>`
	);
}
