/**
 * What the layouts of growth rates must do for a reader, on the fixture story's scenes and
 * hand-made ones (tests/engine/hand-scenes.ts): growth bars, a contribution and a change. Lengths
 * in proportion to values, keys kept from one step to the next, the figure's own text beside its
 * mark, a change written with its sign.
 */
import { describe, expect, it } from 'vitest';
import { LAYOUTS, layoutScene } from '$lib/scenes/layouts';
import type { Marks } from '$lib/scenes/marks';
import type { GrowthBarsSpec } from '$lib/scenes/spec';
import {
	figure,
	keysWith,
	rect,
	rule,
	sceneOf,
	SIZES,
	SNAPSHOT,
	text,
	textSpan,
	withFigures
} from '../support/marks';
import { ctx, hand, handScene, steps } from './hand-scenes';

// Growing as a story's steps grow: one bar, the fixture's two, and three.
const growth: [string, GrowthBarsSpec][] = [
	['one bar', { type: 'growth-bars', figures: ['gdp-growth'] }],
	['industry-growth', sceneOf(steps, 'industry-growth', 'growth-bars')],
	[
		'three bars',
		{
			type: 'growth-bars',
			figures: ['gdp-growth', 'industry-growth', 'income-growth'],
			highlight: ['income-growth']
		}
	]
];

describe('growth-bars', () => {
	it.each(growth)(
		'%s: bars longest first, lengths in proportion, labelled with the figure’s text',
		(_name, scene) => {
			for (const [, size] of SIZES) {
				const marks = layoutScene(scene, ctx, size);
				const bars = scene.figures.map((id) => ({
					f: ctx.figures[id]!,
					bar: rect(marks, `bar:${id}`)
				}));
				// Reading down, values never grow.
				const down = [...bars].sort((a, b) => a.bar.y - b.bar.y).map((b) => b.f.value);
				expect(down).toEqual([...down].sort((a, b) => b - a));
				// All bars start at zero, and length over value is the same for every bar.
				const x0 = bars[0]!.bar.x;
				const perUnit = bars[0]!.bar.w / bars[0]!.f.value;
				for (const { f, bar } of bars) {
					expect(bar.x).toBe(x0);
					expect(bar.w).toBeCloseTo(f.value * perUnit, 0);
					expect(text(marks, `value:${f.id}`).text).toBe(f.text);
					expect(text(marks, `label:${f.id}`).text).toContain(f.short);
				}
			}
		}
	);

	it.each(growth)(
		'%s: highlighted figures in the accent tone, the others in the base tone',
		(_name, scene) => {
			const marks = layoutScene(scene, ctx, SNAPSHOT);
			const highlight = new Set(scene.highlight ?? scene.figures);
			for (const id of scene.figures)
				expect(rect(marks, `bar:${id}`).tone, id).toBe(highlight.has(id) ? 'accent' : 'base');
		}
	);

	it.each(growth)(
		'%s: a dashed baseline tick through every bar at the first figure’s value, clear of the labels',
		(_name, scene) => {
			const marks = layoutScene(scene, ctx, SNAPSHOT);
			const first = rect(marks, `bar:${scene.figures[0]}`);
			const ticks = marks.rules.filter((m) => m.key.startsWith('baseline:'));
			if (scene.figures.length === 1) {
				expect(ticks).toEqual([]);
				return;
			}
			expect(ticks).toHaveLength(scene.figures.length);
			for (const id of scene.figures) {
				const tick = rule(marks, `baseline:${id}`);
				const bar = rect(marks, `bar:${id}`);
				expect(tick.dashed).toBe(true);
				expect(tick.x1).toBeCloseTo(first.x + first.w, 0);
				// It spans the bar, and stops short of the label above it.
				expect(tick.y1).toBeLessThan(bar.y);
				expect(tick.y2).toBeGreaterThan(bar.y + bar.h);
				expect(tick.y1).toBeGreaterThan(text(marks, `label:${id}`).y);
			}
		}
	);

	it.each(growth)(
		'%s: bars and value labels stay inside the width on a phone and a desktop',
		(_name, scene) => {
			for (const [, size] of SIZES) {
				const marks = layoutScene(scene, ctx, size);
				for (const r of marks.rects) expect(r.x + r.w, r.key).toBeLessThanOrEqual(size.width);
				for (const t of marks.texts) {
					const [x0, x1] = textSpan(t);
					expect(x0, t.key).toBeGreaterThanOrEqual(0);
					expect(x1, `${t.key} "${t.text}"`).toBeLessThanOrEqual(size.width);
				}
			}
		}
	);
});

describe('growth-bars from step to step', () => {
	it('keeps each figure’s key from one growth step to the next, so its bar moves', () => {
		for (let i = 1; i < growth.length; i++) {
			const before = layoutScene(growth[i - 1]![1], ctx, SNAPSHOT);
			const after = layoutScene(growth[i]![1], ctx, SNAPSHOT);
			const keys = (m: Marks) => [...m.rects, ...m.texts].map((x) => x.key);
			for (const id of growth[i - 1]![1].figures)
				for (const key of [`bar:${id}`, `label:${id}`, `value:${id}`]) {
					expect(keys(before)).toContain(key);
					expect(keys(after), `${growth[i]![0]} lost ${key}`).toContain(key);
				}
		}
	});

	it('draws every bar in the accent tone when nothing is highlighted', () => {
		const marks = LAYOUTS['growth-bars'](
			{ type: 'growth-bars', figures: ['gdp-growth', 'industry-growth'] },
			ctx,
			SNAPSHOT
		);
		expect(keysWith(marks.rects, 'bar:').map((k) => rect(marks, k).tone)).toEqual([
			'accent',
			'accent'
		]);
	});
});

describe('change', () => {
	const pointX = (marks: Marks, key: 'from' | 'to') => rule(marks, `drop-${key}`).x1;

	it.each([
		['change of a rate', '+3.4个百分点'],
		['change of a count', '+8.6%']
	])('%s: both values on one axis from zero, the change written with its sign', (name, change) => {
		const scene = handScene(name, 'change');
		const from = hand.figures[scene.from]!;
		const to = hand.figures[scene.to]!;
		for (const [, size] of SIZES) {
			const marks = layoutScene(scene, hand, size);
			const zero = rule(marks, 'axis').x1;
			expect(text(marks, 'tick-label:0').x).toBe(zero);
			expect((pointX(marks, 'to') - zero) / (pointX(marks, 'from') - zero)).toBeCloseTo(
				to.value / from.value,
				2
			);
			expect(text(marks, 'value-from').text).toBe(from.text);
			expect(text(marks, 'value-to').text).toBe(to.text);
			// The earlier value's period as its tag writes it (a year earlier, the story's estimate).
			expect(text(marks, 'period-from').text).toBe(from.periodTag);
			expect(text(marks, 'change').text).toBe(change);
		}
	});

	it('draws the arrow from the earlier value towards the later one', () => {
		const marks = layoutScene(handScene('change of a rate', 'change'), hand, SNAPSHOT);
		const arrow = rule(marks, 'arrow');
		expect(arrow.x1).toBeGreaterThan(pointX(marks, 'from'));
		expect(arrow.x2).toBeLessThan(pointX(marks, 'to'));
	});

	it('writes a decrease with a minus sign', () => {
		const down = withFigures(hand, [
			figure('c-from', 12, '%', { kind: 'yoy-growth', period: 'prior-year' }),
			figure('c-to', 9, '%', { kind: 'yoy-growth' }),
			figure('c-delta', 3, '个百分点', { kind: 'pp-change' })
		]);
		const marks = LAYOUTS.change(
			{ type: 'change', from: 'c-from', to: 'c-to', change: 'c-delta' },
			down,
			SNAPSHOT
		);
		expect(text(marks, 'change').text).toBe('−3个百分点');
		expect(pointX(marks, 'to')).toBeLessThan(pointX(marks, 'from'));
		expect(marks.rules.find((m) => m.key === 'arrow')).toBeUndefined();
	});

	it('labels the axis ticks in the figures’ unit', () => {
		const marks = layoutScene(handScene('change of a count', 'change'), hand, SNAPSHOT);
		const ticks = marks.texts.filter((t) => t.key.startsWith('tick-label:'));
		expect(ticks.length).toBeGreaterThanOrEqual(3);
		for (const t of ticks) expect(t.text).toMatch(/^\d+个$/);
	});
});

describe('contribution', () => {
	const scene = handScene('contribution', 'contribution');

	it.each([...SIZES, ['snapshot', SNAPSHOT] as const])(
		'the slice is the contribution rate of the total bar, bars in proportion (%s)',
		(_name, size) => {
			const marks = layoutScene(scene, hand, size);
			const total = rect(marks, `bar:${scene.total}`);
			const part = rect(marks, `bar:${scene.partGrowth}`);
			const slice = rect(marks, 'slice');
			const rate = hand.figures[scene.contribution]!.value / 100;
			expect(slice.w / total.w).toBeCloseTo(rate, 2);
			expect(slice).toMatchObject({ x: total.x, y: total.y, h: total.h });
			expect(part.w / total.w).toBeCloseTo(
				hand.figures[scene.partGrowth]!.value / hand.figures[scene.total]!.value,
				2
			);
		}
	);

	it('writes the rate and the pull it implies', () => {
		const marks = layoutScene(scene, hand, SNAPSHOT);
		expect(text(marks, 'slice-label').text).toContain('23.3%');
		expect(text(marks, 'slice-pull').text).toContain(hand.figures[scene.pull]!.text);
		expect(text(marks, `value:${scene.total}`).text).toBe('6.8%');
		expect(text(marks, `value:${scene.partGrowth}`).text).toBe('9.5%');
	});

	it('keeps the bar keys of the growth chart before it', () => {
		const before = layoutScene(
			{ type: 'growth-bars', figures: [scene.total, scene.partGrowth] },
			hand,
			SNAPSHOT
		);
		const after = layoutScene(scene, hand, SNAPSHOT);
		expect(keysWith(before.rects, 'bar:')).toHaveLength(2);
		for (const key of keysWith(before.rects, 'bar:'))
			expect(after.rects.map((m) => m.key)).toContain(key);
	});
});
