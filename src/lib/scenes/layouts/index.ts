/** The layout of each scene type: pure functions from settings, figures and size to marks. */
import type { SceneSpec } from '../spec';
import type { Marks, SceneContext, Size } from '../marks';
import { amountBars } from './amount-bars';
import { areaProduct } from './area-product';
import { bigNumber } from './big-number';
import { calendar } from './calendar';
import { change } from './change';
import { contribution } from './contribution';
import { framework } from './framework';
import { funnel } from './funnel';
import { growthBars } from './growth-bars';
import { list } from './list';
import { share } from './share';
import { unitGrid } from './unit-grid';
import { units } from './units';

type Layouts = {
	[T in SceneSpec['type']]: (
		spec: Extract<SceneSpec, { type: T }>,
		ctx: SceneContext,
		size: Size
	) => Marks;
};

export const LAYOUTS: Layouts = {
	calendar,
	'big-number': bigNumber,
	'growth-bars': growthBars,
	share,
	contribution,
	'unit-grid': unitGrid,
	change,
	funnel,
	'amount-bars': amountBars,
	'area-product': areaProduct,
	units,
	framework,
	list
};

/** The marks of a scene at a size. */
export function layoutScene(spec: SceneSpec, ctx: SceneContext, size: Size): Marks {
	return (LAYOUTS[spec.type] as (s: SceneSpec, c: SceneContext, z: Size) => Marks)(spec, ctx, size);
}
