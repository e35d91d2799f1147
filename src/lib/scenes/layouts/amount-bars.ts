/**
 * Amounts in one unit on one axis (亿元), each labelled as the source writes it and with its bound
 * marked. Bars keep the order the step gives, so a bar added by the next step joins at the end.
 */
import { toBase } from '$lib/data/derive';
import { UNITS } from '$lib/data/vocab';
import type { AmountBarsSpec } from '../spec';
import { fig, type Marks, type SceneContext, type Size } from '../marks';
import { barRows } from './bars';

export function amountBars(spec: AmountBarsSpec, ctx: SceneContext, size: Size): Marks {
	const scale = UNITS[spec.unit].scale;
	const last = spec.figures.at(-1);
	const items = spec.figures.map((id) => {
		const figure = fig(ctx, id);
		return {
			figure,
			value: toBase(figure) / scale,
			tone: id === last && spec.figures.length > 1 ? ('accent' as const) : ('base' as const)
		};
	});
	return barRows(items, size, { locale: ctx.locale, unit: spec.unit });
}
