/**
 * How much of total growth one part accounts for. The two growth rates are drawn exactly as the
 * growth chart before it draws them (same frame, same keys), then the part's contribution rate
 * cuts a slice off the total's bar: the part's pull, growth × contribution rate.
 */
import type { ContributionSpec } from '../spec';
import { emphasisSize, fig, r, spaced, wrapText } from '../marks';
import type { Marks, SceneContext, Size } from '../marks';
import { barFrame, barRows, FONT } from './bars';

export function contribution(spec: ContributionSpec, ctx: SceneContext, size: Size): Marks {
	const total = fig(ctx, spec.total);
	const part = fig(ctx, spec.partGrowth);
	const rate = fig(ctx, spec.contribution);
	const pull = fig(ctx, spec.pull);
	const items = [part, total]
		.sort((a, b) => b.value - a.value)
		.map((figure) => ({
			figure,
			value: figure.value,
			tone: figure === part ? ('accent' as const) : ('base' as const)
		}));
	const marks = barRows(items, size, { ctx, unit: '%', rule: total.value });
	const frame = barFrame(items, size, ctx);
	const row = items.findIndex((i) => i.figure === total);
	const barY = frame.barY(row);
	const left = frame.x(0);
	// The slice: the contribution rate's share of the total bar.
	const sliceW = frame.x(total.value * (rate.value / 100)) - left;
	const restMid = left + sliceW + (frame.x(total.value) - left - sliceW) / 2;
	marks.rects.push({
		key: 'slice',
		x: r(left),
		y: r(barY),
		w: r(sliceW),
		h: r(frame.barH),
		tone: 'highlight'
	});
	const below = barY + frame.barH;
	marks.rules.push({
		key: 'slice-lead',
		x1: r(left + sliceW / 2),
		y1: r(below),
		x2: r(left + sliceW / 2),
		y2: r(below + 22),
		tone: 'ink'
	});
	marks.texts.push({
		key: 'slice-rest',
		x: r(restMid),
		y: r(below + 16),
		text: ctx.ui.rest,
		size: 12,
		tone: 'muted',
		anchor: 'middle'
	});
	// The contribution rate and the pull: the figures this step is about.
	// Each on as many lines as the width beside the labels takes (an English label may need two).
	const valueSize = emphasisSize(size, 15, FONT.tick);
	let y = below + 42;
	for (const [key, figure, bold] of [
		['slice-label', rate, true],
		['slice-pull', pull, false]
	] as const) {
		for (const [k, line] of wrapText(
			spaced(ctx, figure.short, figure.text),
			size.width - left - 4,
			valueSize
		).entries()) {
			marks.texts.push({
				key: k === 0 ? key : `${key}:${k}`,
				x: r(left),
				y: r(y),
				text: line,
				size: valueSize,
				tone: 'ink',
				...(bold && { weight: 'bold' as const }),
				emphasis: true
			});
			y += valueSize + 8;
		}
	}
	return marks;
}
