/**
 * Derived figures: values computed from source figures, never typed. The qualifier of a derived
 * figure follows from its inputs' qualifiers: a lower bound divided by an upper bound is a lower
 * bound (突破1.2万亿元 ÷ 近3400万元 → 超过3.5万家), while bounds pulling both ways give only 约.
 */
import { QUALIFIERS, UNITS, type Direction, type Op, type Qualifier, type Unit } from './vocab.ts';

export interface Operand {
	value: number;
	unit: Unit;
	qualifier: Qualifier;
}

/** The value in the unit's base (亿元 → 元), so figures in different units can be combined. */
export const toBase = (f: { value: number; unit: Unit }) => f.value * UNITS[f.unit].scale;

/** How the result moves when each input grows: +1 with it, −1 against it. Inputs are positive. */
const MONOTONICITY: Record<Op, [1 | -1, 1 | -1]> = {
	difference: [1, -1],
	percent: [1, -1],
	quotient: [1, -1],
	'contribution-pull': [1, 1],
	'previous-from-growth': [1, -1]
};

/** The unrounded value of a derivation, in `unit`. */
export function compute(op: Op, a: Operand, b: Operand, unit: Unit): number {
	switch (op) {
		case 'difference':
			return a.value - b.value;
		case 'percent':
			return (toBase(a) / toBase(b)) * 100;
		case 'quotient':
			return toBase(a) / toBase(b) / UNITS[unit].scale;
		case 'contribution-pull':
			return (a.value * b.value) / 100;
		case 'previous-from-growth':
			return toBase(a) / (1 + b.value / 100) / UNITS[unit].scale;
	}
}

/** Units the inputs of an op must have, as a sentence for errors; undefined when they fit. */
export function unitProblem(op: Op, a: Operand, b: Operand, unit: Unit): string | undefined {
	const base = (u: Unit) => UNITS[u].base;
	if (op === 'difference') {
		const fits =
			base(a.unit) === base(b.unit) ||
			(a.unit === '%' && b.unit === '个百分点' && (unit === '%' || unit === '个百分点'));
		return fits ? undefined : `cannot subtract ${b.unit} from ${a.unit}`;
	}
	if (op === 'percent' && (unit !== '%' || base(a.unit) !== base(b.unit))) {
		return `a percent needs two inputs in the same unit and the unit %, got ${a.unit} ÷ ${b.unit} in ${unit}`;
	}
	if ((op === 'contribution-pull' || op === 'previous-from-growth') && b.unit !== '%') {
		return `the second input of ${op} must be a percentage, got ${b.unit}`;
	}
	if (op === 'contribution-pull' && unit !== '个百分点') {
		return `a contribution pull is in 个百分点, got ${unit}`;
	}
	return undefined;
}

const flip = (d: Direction): Direction => (d === 'above' ? 'below' : d === 'below' ? 'above' : d);

/** The direction of the result's bound, from each input's direction and how the result moves. */
export function combineDirections(op: Op, a: Qualifier, b: Qualifier): Direction {
	const [ma, mb] = MONOTONICITY[op];
	const da = QUALIFIERS[a].direction;
	const db = QUALIFIERS[b].direction;
	const dirs = [ma > 0 ? da : flip(da), mb > 0 ? db : flip(db)].filter((d) => d !== 'exact');
	if (dirs.length === 0) return 'exact';
	if (dirs.every((d) => d === dirs[0])) return dirs[0]!;
	return 'approx';
}

/** Rounds to `digits` decimals (negative: tens, hundreds) with `fn`, free of float noise. */
export function roundWith(x: number, digits: number, fn: (n: number) => number): number {
	// Guard against 5.900000000000001 rounding up, or 731.99999 flooring down.
	const nudge = (n: number) => fn(Number(n.toPrecision(12)));
	const rounded =
		digits >= 0 ? nudge(x * 10 ** digits) / 10 ** digits : nudge(x / 10 ** -digits) * 10 ** -digits;
	return Number(rounded.toFixed(Math.max(0, digits)));
}

/**
 * Rounds a derived value so that its qualifier stays true: a lower bound is rounded down (超过),
 * an upper bound up (不到), anything else to nearest, marked 约 unless rounding changed nothing.
 */
export function roundDerived(
	raw: number,
	digits: number,
	direction: Direction,
	override?: '约'
): { value: number; qualifier: Qualifier } {
	if (override === '约' || direction === 'approx') {
		return { value: roundWith(raw, digits, Math.round), qualifier: '约' };
	}
	if (direction === 'above')
		return { value: roundWith(raw, digits, Math.floor), qualifier: '超过' };
	if (direction === 'below') return { value: roundWith(raw, digits, Math.ceil), qualifier: '不到' };
	const value = roundWith(raw, digits, Math.round);
	const unchanged = Math.abs(value - raw) <= 1e-9 * Math.max(1, Math.abs(raw));
	return { value, qualifier: unchanged ? 'exact' : '约' };
}
