/**
 * The story's recurring chart: growth rates on one shared axis. Bars are sorted longest first and
 * keyed by figure, so each new step's bar joins the others and the axis rescales smoothly.
 */
import type { GrowthBarsSpec } from '../spec';
import { fig, type Marks, type SceneContext, type Size } from '../marks';
import { barRows } from './bars';

export function growthBars(spec: GrowthBarsSpec, ctx: SceneContext, size: Size): Marks {
	const highlight = new Set(spec.highlight ?? []);
	const items = spec.figures
		.map((id) => fig(ctx, id))
		.sort((a, b) => b.value - a.value)
		.map((figure) => ({
			figure,
			value: figure.value,
			tone:
				highlight.size === 0 || highlight.has(figure.id) ? ('accent' as const) : ('base' as const)
		}));
	// The first figure is the baseline every other rate is read against.
	const baseline = spec.figures.length > 1 ? fig(ctx, spec.figures[0]!).value : undefined;
	return barRows(items, size, { ctx, unit: '%', rule: baseline });
}
