/**
 * How much of total growth one part accounts for. The total growth is a bar in percentage points;
 * the part's contribution rate cuts a slice off it, which is the part's pull (增速 × 贡献率).
 */
import { scaleLinear } from 'd3';
import type { ContributionSpec } from '../spec';
import { fig, r, type Marks, type SceneContext, type Size } from '../marks';
import { FONT } from './bars';

export function contribution(spec: ContributionSpec, ctx: SceneContext, size: Size): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const total = fig(ctx, spec.total);
	const part = fig(ctx, spec.partGrowth);
	const rate = fig(ctx, spec.contribution);
	const pull = fig(ctx, spec.pull);
	const left = 4;
	const x = scaleLinear()
		.domain([0, Math.max(total.value, part.value)])
		.range([left, size.width - Math.min(120, size.width * 0.28)]);
	const barH = 18;
	const rows = [
		{ f: part, y: 24 },
		{ f: total, y: 96 }
	];
	for (const { f, y } of rows) {
		marks.texts.push({
			key: `label:${f.id}`,
			x: left,
			y,
			text: f.short,
			size: FONT.label,
			tone: 'ink'
		});
		marks.rects.push({
			key: `bar:${f.id}`,
			x: left,
			y: y + 8,
			w: r(x(f.value) - left),
			h: barH,
			tone: f === part ? 'accent' : 'base'
		});
		marks.texts.push({
			key: `value:${f.id}`,
			x: r(x(f.value) + 6),
			y: y + 8 + barH / 2,
			text: f.text,
			size: FONT.value,
			weight: 'bold',
			tone: 'ink',
			baseline: 'middle'
		});
	}
	// The slice of total growth that came from the part.
	const sliceY = 96 + 8;
	const sliceW = x(total.value * (rate.value / 100)) - left;
	marks.rects.push({ key: 'slice', x: left, y: sliceY, w: r(sliceW), h: barH, tone: 'highlight' });
	marks.rules.push({
		key: 'slice-lead',
		x1: r(left + sliceW / 2),
		y1: sliceY + barH,
		x2: r(left + sliceW / 2),
		y2: sliceY + barH + 28,
		tone: 'ink'
	});
	marks.texts.push({
		key: 'slice-label',
		x: left,
		y: sliceY + barH + 46,
		text: `${rate.short} ${rate.text}`,
		size: 15,
		tone: 'ink',
		weight: 'bold'
	});
	marks.texts.push({
		key: 'slice-pull',
		x: left,
		y: sliceY + barH + 68,
		text: `${pull.short} ${pull.text}`,
		size: 15,
		tone: 'ink'
	});
	marks.texts.push({
		key: 'slice-rest',
		x: r(left + sliceW + (x(total.value) - left - sliceW) / 2),
		y: sliceY + barH + 20,
		text: ctx.ui.rest,
		size: 12,
		tone: 'muted',
		anchor: 'middle'
	});
	return marks;
}
