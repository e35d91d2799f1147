/**
 * Amounts on one axis, each labelled as the source writes it and with its bound marked. The axis
 * speaks the unit of the largest amount as the source writes that one (1.2万亿元 gives an axis in
 * 万亿元, never 12000亿元), so the chart has one unit style. Bars keep the order the step gives, so
 * a bar added by the next step joins at the end.
 */
import { toBase } from '$lib/data/derive';
import { UNITS } from '$lib/data/vocab';
import type { AmountBarsSpec } from '../spec';
import { fig, labelled, r, wrapText, type Marks, type SceneContext, type Size } from '../marks';
import { barFrame, barRows, FONT } from './bars';

export function amountBars(spec: AmountBarsSpec, ctx: SceneContext, size: Size): Marks {
	const figures = spec.figures.map((id) => fig(ctx, id));
	const largest = figures.reduce((a, b) => (toBase(b) > toBase(a) ? b : a));
	const unit = largest.unit;
	const scale = UNITS[unit].scale;
	const last = spec.figures.at(-1);
	const items = figures.map((figure) => ({
		figure,
		value: toBase(figure) / scale,
		tone: figure.id === last && figures.length > 1 ? ('accent' as const) : ('base' as const)
	}));
	const marks = barRows(items, size, { ctx, unit });
	if (spec.ratio) {
		const ratio = fig(ctx, spec.ratio);
		const frame = barFrame(items, size, ctx);
		const fontSize = FONT.label + 1;
		// A derived ratio says so: 本文推算 (the tag reads （推算） in Chinese).
		const line = ctx.ui.tag
			.replace('%label%', labelled(ctx, ratio.short, ratio.text))
			.replace('%tag%', ctx.ui.derived);
		// From the bars' left edge (beside the labels, presenting) to the right.
		const lines = wrapText(line, size.width - frame.x.range[0] - 4, fontSize);
		lines.forEach((line, k) => {
			marks.texts.push({
				key: `ratio:${ratio.id}:${k}`,
				x: frame.x.range[0],
				y: r(frame.top + frame.rowH * items.length + fontSize + 8 + k * (fontSize + 6)),
				text: line,
				size: fontSize,
				tone: 'ink',
				weight: 'bold'
			});
		});
	}
	return marks;
}
