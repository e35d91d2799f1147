/**
 * A total as the area of a rectangle: the count along its width, the average along its height.
 * The sides are not to scale (they are in different units); the diagram shows how the derived
 * figure follows from the other two, and which of them are bounds.
 */
import type { AreaProductSpec } from '../spec';
import { direction, fig, r, wrapText, type Marks, type SceneContext, type Size } from '../marks';

export function areaProduct(spec: AreaProductSpec, ctx: SceneContext, size: Size): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const total = fig(ctx, spec.total);
	const count = fig(ctx, spec.count);
	const average = fig(ctx, spec.average);
	const sideLabelW = Math.min(150, size.width * 0.32);
	const x0 = 4 + sideLabelW;
	const y0 = 12;
	const w = size.width - x0 - 12;
	const h = Math.min(size.height - 110, w * 0.62);

	marks.rects.push({ key: 'area', x: r(x0), y: y0, w: r(w), h: r(h), tone: 'accent' });
	// A bound on a side is drawn as a dashed edge beyond it.
	if (direction(count) === 'above' || direction(total) === 'above') {
		marks.rects.push({
			key: 'area-more',
			x: r(x0),
			y: y0,
			w: r(w + 10),
			h: r(h),
			tone: 'ink',
			outline: true
		});
	}
	const centre = wrapText(`${total.short} ${total.text}`, w - 24, 22);
	centre.forEach((line, i) => {
		marks.texts.push({
			key: `area-total-${i}`,
			x: r(x0 + w / 2),
			y: r(y0 + h / 2 + (i - (centre.length - 1) / 2) * 28),
			text: line,
			size: 22,
			weight: 'bold',
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
	marks.texts.push({
		key: 'count-label',
		x: r(x0 + w / 2),
		y: r(by + 28),
		text: `${count.short} ${count.text}`,
		size: 16,
		tone: 'ink',
		anchor: 'middle',
		weight: 'bold'
	});
	// Height: the average, with a bracket to the left.
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
	side.forEach((line, i) => {
		marks.texts.push({
			key: `avg-label-${i}`,
			x: r(bx - 12),
			y: r(y0 + h / 2 + (i - (side.length - 1) / 2) * 22),
			text: line,
			size: i < side.length - 1 ? 15 : 16,
			tone: 'ink',
			weight: i === side.length - 1 ? 'bold' : 'normal',
			anchor: 'end',
			baseline: 'middle'
		});
	});
	marks.texts.push({
		key: 'not-to-scale',
		x: r(x0 + w),
		y: r(by + 56),
		text: ctx.ui.notToScale,
		size: 12,
		tone: 'muted',
		anchor: 'end'
	});
	return marks;
}
