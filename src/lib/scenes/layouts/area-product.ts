/**
 * A total as the area of a rectangle: the count along its width, the average along its height.
 * The sides are not to scale (they are in different units); the diagram shows how the derived
 * figure follows from the other two. A side that is a lower bound gets a dashed edge beyond it;
 * one that is an upper bound (近) a dashed edge just inside it.
 */
import type { FigureView } from '$lib/story/types';
import type { AreaProductSpec } from '../spec';
import {
	direction,
	fig,
	r,
	spaced,
	wrapText,
	type Marks,
	type SceneContext,
	type Size
} from '../marks';

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
	marks.rules.push({
		key: 'count-bracket',
		x1: r(x0),
		y1: r(by),
		x2: r(x0 + w),
		y2: r(by),
		tone: 'ink'
	});
	marks.rules.push({
		key: 'count-bracket-l',
		x1: r(x0),
		y1: r(by - 6),
		x2: r(x0),
		y2: r(by + 6),
		tone: 'ink'
	});
	marks.rules.push({
		key: 'count-bracket-r',
		x1: r(x0 + w),
		y1: r(by - 6),
		x2: r(x0 + w),
		y2: r(by + 6),
		tone: 'ink'
	});
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
	marks.rules.push({
		key: 'avg-bracket',
		x1: r(bx),
		y1: y0,
		x2: r(bx),
		y2: r(y0 + h),
		tone: 'ink'
	});
	marks.rules.push({
		key: 'avg-bracket-t',
		x1: r(bx - 6),
		y1: y0,
		x2: r(bx + 6),
		y2: y0,
		tone: 'ink'
	});
	marks.rules.push({
		key: 'avg-bracket-b',
		x1: r(bx - 6),
		y1: r(y0 + h),
		x2: r(bx + 6),
		y2: r(y0 + h),
		tone: 'ink'
	});
	const side = [
		...wrapText(average.short, sideLabelW - 24, 15),
		...wrapText(average.text, sideLabelW - 24, 16)
	];
	const nameLines = side.length - wrapText(average.text, sideLabelW - 24, 16).length;
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
