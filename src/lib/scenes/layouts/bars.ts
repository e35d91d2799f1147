/**
 * Horizontal bars with their labels above them, shared by the growth and amount scenes. Labels sit
 * above the bar rather than beside it because Chinese labels are long and phones are narrow; on a
 * presentation's wide stage they sit beside it, so each row is one line and the values in focus
 * can be drawn large.
 */
import { linear, type Linear } from '../scale';
import { formatFigure } from '$lib/format';
import type { Unit } from '$lib/data/vocab';
import { direction, emphasisSize, labelWithTag, r, textWidth, wrapText } from '../marks';
import type { Marks, SceneContext, Size, Tone } from '../marks';
import type { FigureView } from '$lib/story/types';

export const FONT = { label: 13, value: 13, tick: 11 };

export interface BarItem {
	figure: FigureView;
	/** The length, in the axis unit. */
	value: number;
	tone: Tone;
}

/** Marks that show a bound: an arrow past the end for 超过/多/余, a notch before it for 近. */
export function boundMarks(
	marks: Marks,
	key: string,
	f: FigureView,
	xEnd: number,
	y: number,
	h: number
): number {
	const d = direction(f);
	if (d === 'above') {
		marks.rules.push({
			key: `${key}:more`,
			x1: xEnd,
			y1: y + h / 2,
			x2: xEnd + 14,
			y2: y + h / 2,
			tone: 'ink',
			dashed: true
		});
		marks.paths.push({
			key: `${key}:arrow`,
			d: `M${r(xEnd + 14)},${r(y + h / 2 - 4)}L${r(xEnd + 20)},${r(y + h / 2)}L${r(xEnd + 14)},${r(y + h / 2 + 4)}`,
			tone: 'ink'
		});
		return 22;
	}
	if (d === 'below') {
		marks.rules.push({
			key: `${key}:less`,
			x1: xEnd - 1,
			y1: y - 3,
			x2: xEnd - 1,
			y2: y + h + 3,
			tone: 'ink',
			dashed: true
		});
		return 4;
	}
	return 0;
}

/** Where the rows of a bar chart sit, shared by scenes that keep the same bars (growth → contribution). */
export interface BarFrame {
	x: Linear;
	top: number;
	rowH: number;
	barH: number;
	/** The y of the bar in row i. */
	barY: (i: number) => number;
	/** Labels beside the bars (presenting), ending at `labelX`, rather than above them. */
	beside: boolean;
	labelX: number;
	/** The size of row i's value label: larger, presenting, for a bar in focus. */
	valueSize: (i: number) => number;
}

/** The scale and rows for `items` in a box: the right margin fits the longest value label. */
export function barFrame(items: BarItem[], size: Size, ctx: SceneContext, top = 26): BarFrame {
	const beside = !!size.present;
	const valueSize = (i: number) =>
		items[i]?.tone === 'accent' ? emphasisSize(size, FONT.value, FONT.tick) : FONT.value;
	const labelW = beside
		? Math.max(0, ...items.map((i) => textWidth(labelWithTag(i.figure, ctx), FONT.label)))
		: 0;
	const left = beside ? Math.min(4 + labelW + 10, size.width * 0.45) : 4;
	const widest = Math.max(
		0,
		...items.map(
			(item, i) =>
				textWidth(item.figure.text, valueSize(i), true) +
				(direction(item.figure) === 'above' ? 22 : 4)
		)
	);
	const right = Math.min(size.width * 0.45, widest + 10);
	const max = Math.max(...items.map((i) => i.value), 0);
	const x = linear([0, max || 1], [left, size.width - right], 4);
	const rowH = Math.min(beside ? 64 : 52, (size.height - top - 4) / Math.max(items.length, 1));
	const barH = beside
		? Math.max(8, Math.min(24, rowH * 0.5))
		: Math.max(8, Math.min(18, rowH * 0.34));
	const barY = beside
		? (i: number) => top + i * rowH + (rowH - barH) / 2
		: (i: number) => top + i * rowH + FONT.label + 6;
	return { x, top, rowH, barH, barY, beside, labelX: left - 10, valueSize };
}

type RowOptions = { ctx: SceneContext; unit: Unit; top?: number; rule?: number };

/** Bars in the order given, one row each: label, bar from zero, value at its end. */
export function barRows(items: BarItem[], size: Size, opts: RowOptions): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const frame = barFrame(items, size, opts.ctx, opts.top);
	tickMarks(marks, frame, size, opts, frame.top + frame.rowH * items.length);
	items.forEach((item, i) => rowMarks(marks, item, i, frame, opts));
	return marks;
}

/**
 * The axis's ticks and grid lines down to `bottom`. Fewer ticks where the axis is short, or its
 * labels long (200 billion); the unit is written once, on the last.
 */
function tickMarks(marks: Marks, frame: BarFrame, size: Size, opts: RowOptions, bottom: number) {
	const { x, top } = frame;
	const tickText = (t: number, last: boolean) =>
		formatFigure({ value: t, unit: opts.unit, qualifier: 'exact' }, opts.ctx.locale, {
			digits: 2,
			unitShown: last || opts.unit === '%'
		});
	let count = size.width < 480 ? 3 : 5;
	let ticks = x.ticks(count);
	const crowded = (ts: number[]) =>
		ts.some(
			(t, k) =>
				k > 0 &&
				x(t) - x(ts[k - 1]!) <
					(textWidth(tickText(t, k === ts.length - 1), FONT.tick) +
						textWidth(tickText(ts[k - 1]!, false), FONT.tick)) /
						2 +
						8
		);
	while (count > 2 && crowded(ticks)) ticks = x.ticks(--count);
	// A short axis (presenting, beside long labels): its ends, or only its last tick.
	if (crowded(ticks)) ticks = [ticks[0]!, ticks.at(-1)!];
	if (crowded(ticks)) ticks = ticks.slice(-1);
	for (const [k, t] of ticks.entries()) {
		const tx = r(x(t));
		marks.rules.push({
			key: `grid:${t}`,
			x1: tx,
			y1: top - 4,
			x2: tx,
			y2: r(bottom),
			tone: 'faint'
		});
		marks.texts.push({
			key: `tick:${t}`,
			x: tx,
			y: top - 10,
			text: tickText(t, k === ticks.length - 1),
			size: FONT.tick,
			tone: 'muted',
			anchor: t === 0 ? 'start' : 'middle'
		});
	}
}

/** Row i: its label, its bar from zero with any bound, its value, and the reference value's tick. */
function rowMarks(marks: Marks, item: BarItem, i: number, frame: BarFrame, opts: RowOptions) {
	const { x, top, rowH, barH } = frame;
	const left = x.range[0];
	const key = item.figure.id;
	const y = top + i * rowH;
	const barY = frame.barY(i);
	const x0 = x(0);
	const x1 = x(item.value);
	// Beside the bar (presenting), a label wider than its column takes more lines, centred on it.
	const label = labelWithTag(item.figure, opts.ctx);
	const lines = frame.beside ? wrapText(label, frame.labelX - 3, FONT.label) : [label];
	for (const [k, line] of lines.entries()) {
		const dy = (k - (lines.length - 1) / 2) * (FONT.label + 4);
		marks.texts.push({
			key: k === 0 ? `label:${key}` : `label:${key}:${k}`,
			...(frame.beside
				? {
						x: r(frame.labelX),
						y: r(barY + barH / 2 + dy),
						anchor: 'end' as const,
						baseline: 'middle' as const
					}
				: { x: left, y: r(y + FONT.label) }),
			text: line,
			size: FONT.label,
			tone: 'ink'
		});
	}
	marks.rects.push({
		key: `bar:${key}`,
		x: r(x0),
		y: r(barY),
		w: r(Math.max(0, x1 - x0)),
		h: r(barH),
		tone: item.tone
	});
	const extra = boundMarks(marks, `bar:${key}`, item.figure, x1, barY, barH);
	marks.texts.push({
		key: `value:${key}`,
		x: r(x1 + 6 + extra),
		y: r(barY + barH / 2),
		text: item.figure.text,
		size: frame.valueSize(i),
		tone: 'ink',
		weight: 'bold',
		baseline: 'middle',
		emphasis: item.tone === 'accent'
	});
	// The reference value, as a dashed tick through each bar (not through the labels).
	if (opts.rule !== undefined) {
		const rx = r(x(opts.rule));
		marks.rules.push({
			key: `baseline:${key}`,
			x1: rx,
			y1: r(barY - 3),
			x2: rx,
			y2: r(barY + barH + 3),
			tone: 'ink',
			dashed: true
		});
	}
}
