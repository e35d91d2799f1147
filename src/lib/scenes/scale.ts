/**
 * Linear and log positions for the scenes. D3 computes the parts that take judgement — round
 * domains (`nice`) and tick values (`ticks`) from d3-array — while the mapping itself is one line.
 * d3-scale would bring colour interpolation and number formatting the scenes never use (about
 * 10 KB gzip on first load), because every scale carries them as methods.
 */
import { nice, ticks } from 'd3-array';

export interface Linear {
	(value: number): number;
	domain: [number, number];
	range: [number, number];
	/** Round values across the domain, as d3 chooses them. */
	ticks(count: number): number[];
}

/** A linear scale; with `niceCount`, the domain is widened to round numbers first. */
export function linear(
	domain: [number, number],
	range: [number, number],
	niceCount?: number
): Linear {
	const [d0, d1] = niceCount ? (nice(domain[0], domain[1], niceCount) as [number, number]) : domain;
	const [r0, r1] = range;
	const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
	const scale = ((v: number) => r0 + (v - d0) * k) as Linear;
	scale.domain = [d0, d1];
	scale.range = [r0, r1];
	scale.ticks = (count) => ticks(d0, d1, count);
	return scale;
}

/** A base-10 log scale over a positive domain. */
export function log10(
	domain: [number, number],
	range: [number, number]
): (value: number) => number {
	const [l0, l1] = [Math.log10(domain[0]), Math.log10(domain[1])];
	const [r0, r1] = range;
	return (v) => r0 + ((Math.log10(v) - l0) / (l1 - l0)) * (r1 - r0);
}
