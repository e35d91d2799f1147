/**
 * A share as a hundred squares. The filled part is exact to a tenth (the last square filled in
 * part); a lower bound (超过20%) gets dashed squares beyond it and the word that says so.
 */
import type { ShareSpec } from '../spec';
import type { FigureView } from '$lib/story/types';
import { direction, fig, spaced, r, textWidth, wrapText } from '../marks';
import type { Marks, SceneContext, Size } from '../marks';

export function share(spec: ShareSpec, ctx: SceneContext, size: Size): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const f = fig(ctx, spec.figure);
	// The squares on the left, the number and its labels in a column beside them.
	const side = Math.min(size.height - 8, size.width * 0.52);
	const cell = side / 10;
	const gap = Math.max(1.5, cell * 0.12);
	const x0 = 4;
	const y0 = 4;

	squareMarks(marks, f, { x0, y0, cell, gap });

	// The number and what it is a share of, beside the squares.
	const tx = x0 + side + Math.min(28, size.width * 0.05);
	const colW = size.width - tx - 4;
	const valueSize = Math.min(44, (colW / textWidth(f.text, 1, true)) * 0.94);
	let ty = y0 + valueSize;
	marks.texts.push({
		key: 'share-value',
		x: r(tx),
		y: r(ty),
		text: f.text,
		size: r(valueSize),
		weight: 'bold',
		tone: 'accent',
		emphasis: true
	});
	ty += 28;
	const labelSize = colW < 220 ? 14 : 16;
	const lines = wrapText(f.short, colW, labelSize);
	lines.forEach((line, i) => {
		marks.texts.push({
			key: `share-label-${i}`,
			x: r(tx),
			y: r(ty + i * labelSize * 1.4),
			text: line,
			size: labelSize,
			tone: 'ink'
		});
	});
	ty += lines.length * labelSize * 1.4 + 10;
	for (const id of [spec.part, spec.whole]) {
		if (!id) continue;
		const p = fig(ctx, id);
		for (const [i, line] of wrapText(spaced(ctx, p.short, p.text), colW, 13).entries()) {
			marks.texts.push({
				key: `share-input-${id}-${i}`,
				x: r(tx),
				y: r(ty),
				text: line,
				size: 13,
				tone: 'muted'
			});
			ty += 18;
		}
		ty += 4;
	}
	return marks;
}

/**
 * A hundred squares of side `cell` from (x0, y0), ten a row, filled to the share: the last one in
 * part; for a lower bound, dashed squares after them.
 */
function squareMarks(
	marks: Marks,
	f: FigureView,
	{ x0, y0, cell, gap }: { x0: number; y0: number; cell: number; gap: number }
) {
	const full = Math.floor(f.value + 1e-9);
	const part = f.value - full;
	for (let i = 0; i < 100; i++) {
		const col = i % 10;
		const row = Math.floor(i / 10);
		marks.rects.push({
			key: `cell-${i}`,
			x: r(x0 + col * cell),
			y: r(y0 + row * cell),
			w: r(cell - gap),
			h: r(cell - gap),
			tone: i < full ? 'accent' : 'faint',
			group: 'cells'
		});
	}
	// The partly filled square, keyed alone so that it slides between shares.
	const col = full % 10;
	const row = Math.floor(full / 10);
	if (full < 100) {
		marks.rects.push({
			key: 'cell-part',
			x: r(x0 + col * cell),
			y: r(y0 + row * cell),
			w: r((cell - gap) * part),
			h: r(cell - gap),
			tone: 'accent'
		});
	}
	if (direction(f) === 'above') {
		// Dashed squares after the filled ones: the share goes on past what is drawn.
		for (let k = 0; k < 3 && full + k < 100; k++) {
			const i = full + k;
			marks.rects.push({
				key: `more-${k}`,
				x: r(x0 + (i % 10) * cell),
				y: r(y0 + Math.floor(i / 10) * cell),
				w: r(cell - gap),
				h: r(cell - gap),
				tone: 'ink',
				outline: true
			});
		}
	}
}
