/**
 * One number too large to draw as units, written large and placed on a ruler of powers of ten
 * whose named steps (万, 亿, 万亿) give it a scale. Percentages get no ruler.
 */
import { log10 } from '../scale';
import { toBase } from '$lib/data/derive';
import { UNITS } from '$lib/data/vocab';
import { magnitudeTicks } from '$lib/format';
import type { BigNumberSpec } from '../spec';
import type { FigureView } from '$lib/story/types';
import { direction, fig, spaced, r, textWidth, wrapText } from '../marks';
import type { Marks, SceneContext, Size } from '../marks';

const RULER = { from: 1e2, to: 1e13 };

export function bigNumber(spec: BigNumberSpec, ctx: SceneContext, size: Size): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const f = fig(ctx, spec.figure);
	const x0 = 4;
	const width = size.width - 8;

	// The dataset's own label: it says what the number counts (a growth rate, a total, a stock).
	const labelLines = wrapText(f.label, width, 18);
	labelLines.forEach((line, i) => {
		marks.texts.push({
			key: `bn-label-${i}`,
			x: x0,
			y: r(30 + i * 24),
			text: line,
			size: 18,
			tone: 'ink'
		});
	});
	// As large as the width takes, up to 112 units: a long number (more than 5.5 million, on a
	// phone) is set smaller rather than run out of the chart.
	const numberSize = Math.min(112, (width / textWidth(f.text, 1, true)) * 0.92);
	const numberY = 30 + labelLines.length * 24 + numberSize * 0.95;
	marks.texts.push({
		key: 'bn-value',
		x: x0,
		y: r(numberY),
		text: f.text,
		size: r(numberSize),
		weight: 'bold',
		tone: 'accent',
		emphasis: true
	});
	let y = numberY + numberSize * 0.25 + 26;
	if (spec.secondary) {
		const s = fig(ctx, spec.secondary);
		marks.texts.push({
			key: 'bn-secondary',
			x: x0,
			y: r(y),
			text: spaced(ctx, s.short, s.text),
			size: 18,
			tone: 'muted'
		});
		y += 34;
	}

	const base = toBase(f);
	if (UNITS[f.unit].base === '%' || base < RULER.from) return marks;

	rulerMarks(marks, f, ctx, { x0, width, rulerY: y + 64, base });
	return marks;
}

/**
 * The ruler: powers of ten from a hundred to ten trillion, the named ones labelled, a marker at
 * the value (`base`, in the unit's base) and, for a bound, an arrow the way the true value lies.
 */
function rulerMarks(
	marks: Marks,
	f: FigureView,
	ctx: SceneContext,
	{ x0, width, rulerY, base }: { x0: number; width: number; rulerY: number; base: number }
) {
	const x = log10([RULER.from, RULER.to], [x0 + 8, x0 + width - 8]);
	marks.rules.push({
		key: 'ruler',
		x1: r(x(RULER.from)),
		y1: r(rulerY),
		x2: r(x(RULER.to)),
		y2: r(rulerY),
		tone: 'muted'
	});
	for (let p = 2; p <= 13; p++) {
		const tx = r(x(10 ** p));
		const named = magnitudeTicks(ctx.locale).find((t) => t.value === 10 ** p);
		marks.rules.push({
			key: `ruler-tick-${p}`,
			x1: tx,
			y1: r(rulerY - (named ? 8 : 4)),
			x2: tx,
			y2: r(rulerY + (named ? 8 : 4)),
			tone: 'muted'
		});
		if (named) {
			marks.texts.push({
				key: `ruler-label-${p}`,
				x: tx,
				y: r(rulerY + 26),
				text: named.label,
				size: 14,
				tone: 'muted',
				anchor: 'middle'
			});
		}
	}
	const mx = r(x(Math.min(RULER.to, base)));
	marks.paths.push({
		key: 'ruler-marker',
		d: `M${mx},${r(rulerY - 4)}l-7,-12h14z`,
		tone: 'accent',
		fill: true
	});
	const d = direction(f);
	if (d !== 'exact') {
		// An arrow on the marker says which way the true value lies.
		const dx = d === 'above' ? 16 : d === 'below' ? -16 : 0;
		if (dx) {
			marks.rules.push({
				key: 'ruler-bound',
				x1: mx,
				y1: r(rulerY - 22),
				x2: r(mx + dx),
				y2: r(rulerY - 22),
				tone: 'ink',
				dashed: true
			});
			marks.paths.push({
				key: 'ruler-bound-arrow',
				d: `M${r(mx + dx)},${r(rulerY - 26)}l${dx > 0 ? 6 : -6},4l${dx > 0 ? -6 : 6},4`,
				tone: 'ink'
			});
		}
	}
	return marks;
}
