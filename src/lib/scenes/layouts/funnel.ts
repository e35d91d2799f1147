/**
 * Nested squares whose areas are the counts, anchored at one corner: 2400余 → 241. A lower bound
 * (余) gets a dashed edge just outside its square. A target (5个以上) is a dashed outline at the
 * same scale, drawn apart beside the squares: the source does not say where it will come from.
 */
import type { FunnelSpec } from '../spec';
import type { FigureView } from '$lib/story/types';
import { direction, emphasisSize, fig, spaced, r, wrapText } from '../marks';
import type { Marks, SceneContext, Size, Tone } from '../marks';

const TONES: Tone[] = ['faint', 'accent', 'highlight'];
/** Room for the legend: entries the scene ever shows, so the squares keep their size between steps. */
const ENTRIES = 3;
/** Room under the squares on a phone for a target drawn apart, and its distance from them. */
const TARGET_ROOM = 36;
const TARGET_GAP = 16;

export function funnel(spec: FunnelSpec, ctx: SceneContext, size: Size): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const nested = spec.figures.map((id) => fig(ctx, id));
	const target = spec.target ? fig(ctx, spec.target) : undefined;
	const figures = target ? [...nested, target] : nested;
	const ratio = spec.ratio ? fig(ctx, spec.ratio) : undefined;
	const wide = size.width >= 560;
	const lw = wide ? size.width * 0.4 - 28 : size.width - 8;
	const ratioText = ratio ? spaced(ctx, ratio.short, ratio.text) : '';
	// On a phone the ratio's lines count in the legend's height; beside a wide scene they are
	// wrapped to the legend's width, known once the squares are placed.
	let ratioLines = ratio && !wide ? wrapText(ratioText, lw, 14) : [];
	// On a phone the legend goes under the squares, and a target under their corner: room for both.
	const legendH = wide ? 0 : ENTRIES * 44 + ratioLines.length * 18 + 36 + TARGET_ROOM;
	const side = Math.min(wide ? size.width * 0.58 : size.width - 12, size.height - 12 - legendH);
	const x0 = 4;
	const bottom = 8 + side;
	const max = figures[0]!.value;
	const sideOf = (f: (typeof figures)[number]) => side * Math.sqrt(f.value / max);

	nested.forEach((f, i) => {
		const s = sideOf(f);
		marks.rects.push({
			key: `square-${f.id}`,
			x: x0,
			y: r(bottom - s),
			w: r(s),
			h: r(s),
			tone: TONES[i] ?? 'accent'
		});
		if (direction(f) === 'above') {
			const d = 5;
			marks.paths.push({
				key: `square-more-${f.id}`,
				d: `M${r(x0)},${r(bottom - s - d)}H${r(x0 + s + d)}V${r(bottom)}`,
				tone: 'ink',
				dashed: true
			});
		}
	});

	// The target apart: right of the squares' bottom corner where there is room (always beside a
	// wide scene; on a phone when the squares leave the width), else under that corner.
	const targetSide = target ? Math.max(4, sideOf(target)) : 0;
	const besideTarget = wide || size.width - x0 - side > targetSide + 2 * TARGET_GAP;
	if (target) {
		marks.rects.push({
			key: `square-${target.id}`,
			x: r(besideTarget ? x0 + side + TARGET_GAP : x0),
			y: r(besideTarget ? bottom - targetSide : bottom + TARGET_GAP),
			w: r(targetSide),
			h: r(targetSide),
			tone: 'ink',
			outline: true
		});
	}

	// Names and numbers beside the squares (under them on a phone), largest first.
	const lx = wide ? x0 + side + Math.max(28, TARGET_GAP + targetSide + 12) : x0;
	const ly = wide ? 28 : bottom + 36 + (target && !besideTarget ? targetSide + TARGET_GAP : 0);
	if (ratio && wide) ratioLines = wrapText(ratioText, size.width - lx - 4, 14);
	legendMarks(marks, figures, {
		target,
		lx,
		ly,
		width: wide ? size.width - lx - 4 : lw,
		focusSize: emphasisSize(size, 20, 14),
		ratioLines
	});
	return marks;
}

/**
 * Names and numbers, largest first, from (lx, ly) on, lines of `width` at most; then the ratio's
 * lines. The figure in focus: the last one the step adds (the first batch, then the target).
 */
function legendMarks(
	marks: Marks,
	figures: FigureView[],
	o: {
		target: FigureView | undefined;
		lx: number;
		ly: number;
		width: number;
		focusSize: number;
		ratioLines: string[];
	}
) {
	const { target, lx, width, focusSize, ratioLines } = o;
	let ly = o.ly;
	const focus = figures.at(-1);
	figures.forEach((f, i) => {
		const isTarget = f === target;
		const valueSize = f === focus ? focusSize : 20;
		marks.rects.push({
			key: `legend-swatch-${f.id}`,
			x: r(lx),
			y: r(ly - 13),
			w: 14,
			h: 14,
			tone: isTarget ? 'ink' : (TONES[i] ?? 'accent'),
			outline: isTarget
		});
		marks.texts.push({
			key: `legend-value-${f.id}`,
			x: r(lx + 22),
			y: r(ly),
			text: f.text,
			size: valueSize,
			weight: 'bold',
			tone: 'ink',
			emphasis: f === focus
		});
		const lines = wrapText(f.short, width - 22, 14);
		lines.forEach((line, k) => {
			marks.texts.push({
				key: `legend-label-${f.id}-${k}`,
				x: r(lx + 22),
				y: r(ly + 20 + k * 18),
				text: line,
				size: 14,
				tone: 'muted'
			});
		});
		ly += 44 + (valueSize - 20) + (lines.length - 1) * 18;
	});
	ratioLines.forEach((line, k) => {
		marks.texts.push({
			key: `ratio-${k}`,
			x: r(lx),
			y: r(ly + 8 + k * 18),
			text: line,
			size: 14,
			tone: 'ink'
		});
	});
}
