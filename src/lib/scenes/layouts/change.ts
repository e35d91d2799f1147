/** One value a year ago and now, on an axis from zero, joined by an arrow labelled with the change. */
import { linear, type Linear } from '../scale';
import { formatFigure } from '$lib/format';
import type { ChangeSpec } from '../spec';
import type { FigureView } from '$lib/story/types';
import { fig, r, textWidth, wrapText, type Marks, type SceneContext, type Size } from '../marks';

export function change(spec: ChangeSpec, ctx: SceneContext, size: Size): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const from = fig(ctx, spec.from);
	const to = fig(ctx, spec.to);
	const delta = fig(ctx, spec.change);
	const x = linear([0, Math.max(from.value, to.value)], [12, size.width - 24], 4);
	const axisY = Math.min(size.height - 70, 260);
	const pointY = axisY - 100;

	axisMarks(marks, x, axisY, to, ctx);
	pointMarks(marks, x, { axisY, pointY, box: size.width }, from, to);
	const x1 = x(from.value) + 12;
	const x2 = x(to.value) - 12;
	if (x2 > x1) {
		marks.rules.push({ key: 'arrow', x1: r(x1), y1: pointY, x2: r(x2), y2: pointY, tone: 'ink' });
		marks.paths.push({
			key: 'arrow-head',
			d: `M${r(x2 - 7)},${pointY - 5}L${r(x2)},${pointY}L${r(x2 - 7)},${pointY + 5}`,
			tone: 'ink'
		});
	}
	// The change itself, written once, over the chart.
	marks.texts.push({
		key: 'change',
		x: 12,
		y: 24,
		text: `${to.value >= from.value ? '+' : '−'}${delta.text}`,
		size: 26,
		weight: 'bold',
		tone: 'accent',
		emphasis: true
	});
	// What the values are: as many lines as the width takes (an English label may need two).
	for (const [k, line] of wrapText(to.label, size.width - 16, 14).entries())
		marks.texts.push({
			key: k === 0 ? 'label' : `label:${k}`,
			x: 12,
			y: axisY + 52 + k * 20,
			text: line,
			size: 14,
			tone: 'ink'
		});
	return marks;
}

/** The axis from zero, its ticks labelled in the later value's unit. */
function axisMarks(marks: Marks, x: Linear, axisY: number, to: FigureView, ctx: SceneContext) {
	marks.rules.push({
		key: 'axis',
		x1: r(x(0)),
		y1: axisY,
		x2: r(x.range[1]),
		y2: axisY,
		tone: 'muted'
	});
	for (const t of x.ticks(4)) {
		marks.rules.push({
			key: `tick:${t}`,
			x1: r(x(t)),
			y1: axisY,
			x2: r(x(t)),
			y2: axisY + 5,
			tone: 'muted'
		});
		marks.texts.push({
			key: `tick-label:${t}`,
			x: r(x(t)),
			y: axisY + 22,
			text: formatFigure({ value: t, unit: to.unit, qualifier: 'exact' }, ctx.locale, {
				digits: 1
			}),
			size: 11,
			tone: 'muted',
			anchor: 'middle'
		});
	}
}

/**
 * Each value as a point over the axis, with its value and period. The earlier value's labels
 * below and left of its point, the later one's above and right: they never collide however close
 * the values are. Where a side has no room, the label flips.
 */
function pointMarks(
	marks: Marks,
	x: Linear,
	{ axisY, pointY, box }: { axisY: number; pointY: number; box: number },
	from: FigureView,
	to: FigureView
) {
	const label = (px: number, prefer: 'left' | 'right', texts: { text: string; size: number }[]) => {
		const w = Math.max(...texts.map((t) => textWidth(t.text, t.size, true)));
		const left = prefer === 'left' ? px - 12 - w >= 2 : px + 12 + w > box - 2;
		return left
			? { x: r(px - 12), anchor: 'end' as const }
			: { x: r(px + 12), anchor: 'start' as const };
	};
	const points = [
		{ f: from, tone: 'base' as const, key: 'from', below: true },
		{ f: to, tone: 'accent' as const, key: 'to', below: false }
	];
	for (const { f, tone, key, below } of points) {
		const px = r(x(f.value));
		marks.rules.push({
			key: `drop-${key}`,
			x1: px,
			y1: pointY,
			x2: px,
			y2: axisY,
			tone: 'faint',
			dashed: true
		});
		marks.paths.push({
			key: `point-${key}`,
			d: `M${px - 8},${pointY}a8,8 0 1,0 16,0a8,8 0 1,0 -16,0`,
			tone,
			fill: true
		});
		const at = label(px, below ? 'left' : 'right', [
			{ text: f.text, size: 20 },
			{ text: f.periodTag, size: 13 }
		]);
		const valueY = below ? pointY + 30 : pointY - 16;
		const periodY = below ? pointY + 50 : pointY - 40;
		marks.texts.push({
			key: `value-${key}`,
			...at,
			y: valueY,
			text: f.text,
			size: 20,
			weight: 'bold',
			tone: 'ink',
			emphasis: key === 'to'
		});
		// The period as the source gives it; none where it gives none.
		if (f.periodTag) {
			marks.texts.push({
				key: `period-${key}`,
				...at,
				y: periodY,
				text: f.periodTag,
				size: 13,
				tone: 'muted'
			});
		}
	}
}
