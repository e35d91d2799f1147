/**
 * How much of total growth one part accounts for. The two growth rates are drawn exactly as the
 * growth chart before it draws them (same frame, same keys), then the part's contribution rate
 * cuts a slice off the total's bar: the part's pull, growth × contribution rate.
 */
import type { ContributionSpec } from '../spec';
import { emphasisSize, fig, r, spaced, type Marks, type SceneContext, type Size } from '../marks';
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
	const valueSize = emphasisSize(size, 15, FONT.tick);
	marks.texts.push({
		key: 'slice-label',
		x: r(left),
		y: r(below + 42),
		text: spaced(ctx, rate.short, rate.text),
		size: valueSize,
		tone: 'ink',
		weight: 'bold',
		emphasis: true
	});
	marks.texts.push({
		key: 'slice-pull',
		x: r(left),
		y: r(below + 42 + valueSize + 8),
		text: spaced(ctx, pull.short, pull.text),
		size: valueSize,
		tone: 'ink',
		emphasis: true
	});
	return marks;
}
