/**
 * A total as the area of a rectangle: the count along its width, the average along its height.
 * The sides are not to scale (they are in different units); the diagram shows how the derived
 * figure follows from the other two. A side that is a lower bound gets a dashed edge beyond it;
 * one that is an upper bound (近) a dashed edge just inside it.
 */
import type { FigureView } from '$lib/story/types';
import type { AreaProductSpec } from '../spec';
import { direction, fig, r, spaced, wrapText } from '../marks';
import type { Marks, SceneContext, Size } from '../marks';

export function areaProduct(spec: AreaProductSpec, ctx: SceneContext, size: Size): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const total = fig(ctx, spec.total);
	const count = fig(ctx, spec.count);
	const average = fig(ctx, spec.average);
	const sideLabelW = Math.min(150, size.width * 0.32);
	const x0 = 4 + sideLabelW;
	const y0 = 16;
	const w = size.width - x0 - 16;
	const h = Math.min(size.height - 110, w * 0.62);

	marks.rects.push({ key: 'area', x: r(x0), y: y0, w: r(w), h: r(h), tone: 'accent' });
	// Bounds on the sides: outside the rectangle for 超过, inside for 近.
	const bound = (
		f: FigureView,
		key: string,
		line: (offset: number) => [number, number, number, number]
	) => {
		const d = direction(f);
		if (d !== 'above' && d !== 'below') return;
		const [x1, y1, x2, y2] = line(d === 'above' ? 7 : -7);
		marks.rules.push({
			key,
			x1: r(x1),
			y1: r(y1),
			x2: r(x2),
			y2: r(y2),
			tone: d === 'above' ? 'ink' : 'paper',
			dashed: true,
			width: 2
		});
	};
	bound(count, 'count-bound', (o) => [x0 + w + o, y0, x0 + w + o, y0 + h]);
	bound(average, 'avg-bound', (o) => [x0, y0 - o, x0 + w, y0 - o]);

	// The total inside: its name, then its value.
	// The value on a second line too, where it is wider than the rectangle (over 1.2 trillion yuan).
	const names = wrapText(total.short, w - 24, 18);
	const centre = [...names, ...wrapText(total.text, w - 12, 24)];
	centre.forEach((line, i) => {
		const last = i >= names.length;
		marks.texts.push({
			key: `area-total-${i}`,
			x: r(x0 + w / 2),
			y: r(y0 + h / 2 + (i - (centre.length - 1) / 2) * 30),
			text: line,
			size: last ? 24 : 18,
			weight: last ? 'bold' : 'normal',
			emphasis: last,
			tone: 'paper',
			anchor: 'middle',
			baseline: 'middle'
		});
	});
	// Width: the count, with a bracket under the rectangle.
	const by = y0 + h + 14;
	bracket(marks, 'count-bracket', [x0, by, x0 + w, by], [0, 6], ['l', 'r']);
	// Centred under the width, on as many lines as the room either side of its centre takes.
	const room = 2 * Math.min(x0 + w / 2, size.width - x0 - w / 2) - 8;
	const countLines = wrapText(spaced(ctx, count.short, count.text), room, 16);
	for (const [k, line] of countLines.entries())
		marks.texts.push({
			key: k === 0 ? 'count-label' : `count-label:${k}`,
			x: r(x0 + w / 2),
			y: r(by + 28 + k * 21),
			text: line,
			size: 16,
			tone: 'ink',
			anchor: 'middle',
			weight: 'bold'
		});
	// Height: the average, with a bracket to the left; its name, then its value.
	const bx = x0 - 14;
	bracket(marks, 'avg-bracket', [bx, y0, bx, y0 + h], [6, 0], ['t', 'b']);
	averageLabel(marks, average, { bx, y0, h, width: sideLabelW - 24 });
	marks.texts.push({
		key: 'not-to-scale',
		x: r(x0 + w),
		y: r(by + 56 + (countLines.length - 1) * 21),
		text: ctx.ui.notToScale,
		size: 12,
		tone: 'muted',
		anchor: 'end'
	});
	return marks;
}

/** A bracket along a side, from (x1, y1) to (x2, y2), a short rule `across` it at each end. */
function bracket(
	marks: Marks,
	key: string,
	[x1, y1, x2, y2]: [number, number, number, number],
	[dx, dy]: [number, number],
	ends: [string, string]
) {
	marks.rules.push({ key, x1: r(x1), y1: r(y1), x2: r(x2), y2: r(y2), tone: 'ink' });
	for (const [end, x, y] of [
		[ends[0], x1, y1],
		[ends[1], x2, y2]
	] as const)
		marks.rules.push({
			key: `${key}-${end}`,
			x1: r(x - dx),
			y1: r(y - dy),
			x2: r(x + dx),
			y2: r(y + dy),
			tone: 'ink'
		});
}

/** The average's name, then its value, left of its bracket and centred on the height. */
function averageLabel(
	marks: Marks,
	average: FigureView,
	{ bx, y0, h, width }: { bx: number; y0: number; h: number; width: number }
) {
	const side = [...wrapText(average.short, width, 15), ...wrapText(average.text, width, 16)];
	const nameLines = side.length - wrapText(average.text, width, 16).length;
	side.forEach((line, i) => {
		marks.texts.push({
			key: `avg-label-${i}`,
			x: r(bx - 12),
			y: r(y0 + h / 2 + (i - (side.length - 1) / 2) * 22),
			text: line,
			size: i < nameLines ? 15 : 16,
			tone: 'ink',
			weight: i < nameLines ? 'normal' : 'bold',
			anchor: 'end',
			baseline: 'middle'
		});
	});
}
