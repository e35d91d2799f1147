/**
 * What the layouts of amounts must do for a reader, on the fixture story's scenes and hand-made
 * ones (tests/engine/hand-scenes.ts): a big number on a ruler of magnitudes, amounts as bars in one
 * unit, a total as count × average. Each bound marked the way the true value lies.
 */
import { describe, expect, it } from 'vitest';
import { toBase } from '$lib/data/derive';
import { LAYOUTS, layoutScene } from '$lib/scenes/layouts';
import type { Marks } from '$lib/scenes/marks';
import {
	allTexts,
	byKey,
	figure,
	rect,
	rule,
	sceneOf,
	SIZES,
	SNAPSHOT,
	text,
	textSpan,
	withFigures
} from '../support/marks';
import { ctx, hand, handScene, HAND_SCENES, steps } from './hand-scenes';

describe('big-number', () => {
	/** The marker's x and the ruler's ends: the marker path starts at its tip. */
	function ruler(marks: Marks) {
		const line = rule(marks, 'ruler');
		const marker = byKey(marks.paths, 'ruler-marker');
		const x = Number(/^M(-?[\d.]+),/.exec(marker.d)![1]);
		return { x, from: line.x1, to: line.x2 };
	}

	it.each(['resident-income', 'stations', 'devices', 'firms-served', 'records', 'total'])(
		'%s: the marker sits at log10 of the value in base units',
		(id) => {
			const f = hand.figures[id]!;
			for (const [, size] of SIZES) {
				const marks = LAYOUTS['big-number']({ type: 'big-number', figure: id }, hand, size);
				const { x, from, to } = ruler(marks);
				// The ruler runs from 10² to 10¹³.
				const expected = from + ((Math.log10(toBase(f)) - 2) / 11) * (to - from);
				expect(x).toBeCloseTo(expected, 0);
				expect(text(marks, 'bn-value').text).toBe(f.text);
			}
		}
	);

	it('labels the named magnitudes 万, 亿 and 万亿 on the ruler, in order', () => {
		const marks = LAYOUTS['big-number']({ type: 'big-number', figure: 'stations' }, hand, SNAPSHOT);
		const labels = marks.texts.filter((t) => t.key.startsWith('ruler-label-'));
		expect(labels.map((t) => t.text)).toEqual(['万', '亿', '万亿']);
		const { from, to } = ruler(marks);
		labels.forEach((t, i) => {
			const p = [4, 8, 12][i]!;
			expect(t.x).toBeCloseTo(from + ((p - 2) / 11) * (to - from), 0);
		});
	});

	it('gives a percentage no ruler', () => {
		const marks = layoutScene(sceneOf(steps, 'city-growth', 'big-number'), ctx, SNAPSHOT);
		expect(marks.rules).toEqual([]);
		expect(marks.paths).toEqual([]);
		expect(text(marks, 'bn-value').text).toBe('5.2%');
	});

	const bounds = withFigures(hand, [
		figure('b-near', 41, '万件', { qualifier: '近' }),
		figure('b-exact', 4918, '个')
	]);
	it.each([
		['超过', 'firms-served', 1],
		['超', 'devices', 1],
		['多', 'records', 1],
		['突破', 'total', 1],
		['近', 'b-near', -1],
		['an exact figure', 'b-exact', 0]
	])('%s: a bound arrow on the marker points the way the true value lies', (_name, id, way) => {
		const marks = LAYOUTS['big-number']({ type: 'big-number', figure: id }, bounds, SNAPSHOT);
		const arrow = marks.rules.find((m) => m.key === 'ruler-bound');
		if (way === 0) {
			expect(arrow).toBeUndefined();
			expect(marks.paths.map((p) => p.key)).toEqual(['ruler-marker']);
		} else {
			expect(arrow).toBeDefined();
			expect(arrow!.x1).toBe(ruler(marks).x);
			expect(Math.sign(arrow!.x2 - arrow!.x1)).toBe(way);
			expect(marks.paths.map((p) => p.key)).toContain('ruler-bound-arrow');
		}
	});

	it('writes the secondary figure beneath the number', () => {
		const marks = layoutScene(sceneOf(steps, 'resident-income', 'big-number'), ctx, SNAPSHOT);
		const secondary = text(marks, 'bn-secondary');
		expect(secondary.text).toContain(ctx.figures['income-growth']!.text);
		expect(secondary.y).toBeGreaterThan(text(marks, 'bn-value').y);
	});

	it.each(SIZES)('sizes the number to fit the width (%s)', (_name, size) => {
		for (const id of ['total', 'firms-served', 'devices', 'resident-income']) {
			const marks = LAYOUTS['big-number']({ type: 'big-number', figure: id }, hand, size);
			expect(textSpan(text(marks, 'bn-value'))[1], id).toBeLessThanOrEqual(size.width);
		}
	});
});

const amounts = HAND_SCENES.filter(([, s]) => s.type === 'amount-bars').map(
	([name]) => [name, handScene(name, 'amount-bars')] as const
);

describe('amount-bars', () => {
	// (Not the ratio's: the source writes its amounts in 亿元, 55788亿元 among them.)
	it.each(amounts.slice(0, 2))(
		'%s: bar lengths in the common unit, in the order the step gives',
		(_name, scene) => {
			for (const [, size] of SIZES) {
				const marks = layoutScene(scene, hand, size);
				const bars = scene.figures.map((id) => rect(marks, `bar:${id}`));
				const values = scene.figures.map((id) => toBase(hand.figures[id]!));
				bars.forEach((b, i) => {
					expect(b.w / bars[0]!.w).toBeCloseTo(values[i]! / values[0]!, 2);
					if (i > 0) expect(b.y).toBeGreaterThan(bars[i - 1]!.y);
				});
				// The unit is written once, on the last tick: the unit the source writes the largest
				// amount in (突破1.2万亿元 → 万亿元), so axis and labels speak one unit style.
				const largest = scene.figures
					.map((id) => hand.figures[id]!)
					.reduce((a, b) => (toBase(b) > toBase(a) ? b : a));
				const ticks = marks.texts.filter((m) => m.key.startsWith('tick:'));
				expect(ticks.at(-1)!.text.endsWith(largest.unit)).toBe(true);
				expect(ticks.at(-1)!.text).not.toMatch(/\d{5,}亿元/);
				for (const t of ticks.slice(0, -1)) expect(t.text).toMatch(/^\d+(\.\d+)?$/);
			}
		}
	);

	it('draws 突破1.2万亿元 four times as long as 3000亿元, on an axis in 万亿元, never 12000亿元', () => {
		const marks = layoutScene(
			handScene('amount-bars of three units', 'amount-bars'),
			hand,
			SNAPSHOT
		);
		expect([hand.figures.total!.text, hand.figures.quota!.text]).toEqual([
			'突破1.2万亿元',
			'3000亿元'
		]);
		expect(rect(marks, 'bar:total').w / rect(marks, 'bar:quota').w).toBeCloseTo(4, 2);
		const ticks = marks.texts.filter((m) => m.key.startsWith('tick:')).map((m) => m.text);
		expect(ticks.at(-1)).toMatch(/^1\.2万亿元$|^1\.\d?万亿元$/);
		expect(ticks.join(' ')).not.toContain('12000');
	});

	it('compares two amounts as bars and writes their ratio, drawing no share', () => {
		const scene = handScene('amount-bars with a ratio', 'amount-bars');
		const marks = layoutScene(scene, hand, SNAPSHOT);
		expect(rect(marks, 'bar:revenue').w).toBeGreaterThan(rect(marks, 'bar:part-revenue').w);
		const ratio = hand.figures[scene.ratio!]!;
		expect(ratio.kind).toBe('ratio');
		expect(allTexts(marks).join('')).toContain(ratio.text);
		// No hundred squares: a ratio does not say one amount is part of the other.
		expect(marks.rects.filter((m) => m.group)).toEqual([]);
	});

	it('accents the newest bar, the last one given', () => {
		const scene = handScene('amount-bars of three units', 'amount-bars');
		const marks = layoutScene(scene, hand, SNAPSHOT);
		expect(scene.figures.map((id) => rect(marks, `bar:${id}`).tone)).toEqual([
			'base',
			'base',
			'accent'
		]);
	});
});

describe('amount-bars’ bounds', () => {
	it.each([
		['orders', '近', ':less'],
		['contracts', '超过', ':more'],
		['quota', 'exact', null],
		['total', '突破', ':more'],
		['loans', '超过', ':more']
	])('%s (%s): marks its bound at the end of the bar', (id, qualifier, mark) => {
		expect(hand.figures[id]!.qualifier).toBe(qualifier);
		const scene = amounts.map(([, s]) => s).find((s) => s.figures.includes(id))!;
		const marks = layoutScene(scene, hand, SNAPSHOT);
		const bar = rect(marks, `bar:${id}`);
		const bounds = marks.rules.filter((m) => m.key.startsWith(`bar:${id}:`));
		if (mark === null) {
			expect(bounds).toEqual([]);
			return;
		}
		expect(bounds.map((m) => m.key)).toEqual([`bar:${id}${mark}`]);
		// The bound mark starts (an arrow onwards) or stands (a notch) at the bar's end.
		expect(Math.min(bounds[0]!.x1, bounds[0]!.x2)).toBeCloseTo(
			bar.x + bar.w - (mark === ':less' ? 1 : 0),
			0
		);
		// The value label clears the bound mark.
		expect(text(marks, `value:${id}`).x).toBeGreaterThan(Math.max(bounds[0]!.x1, bounds[0]!.x2));
	});
});

describe('area-product', () => {
	// 超过 draws a dashed edge outside its side, 近 one inside (in the paper tone, on the fill).
	it.each([
		['area-product, bounds', { count: 'paper', avg: 'ink' }],
		['area-product, bounds the other way', { count: 'ink', avg: 'paper' }],
		['area-product, no bounds', {}]
	] as const)(
		'%s: the three figures written, a bound drawn on each side that has one',
		(name, bounds: { count?: string; avg?: string }) => {
			const scene = handScene(name, 'area-product');
			for (const [, size] of SIZES) {
				const marks = layoutScene(scene, hand, size);
				const shown = allTexts(marks).join('');
				for (const id of [scene.total, scene.count, scene.average]) {
					// The total may wrap inside the rectangle: look for its characters in order.
					expect(shown.replace(/\s/g, '')).toContain(hand.figures[id]!.text);
				}
				const area = rect(marks, 'area');
				const count = marks.rules.find((m) => m.key === 'count-bound');
				const avg = marks.rules.find((m) => m.key === 'avg-bound');
				expect(count?.tone).toBe(bounds.count);
				expect(avg?.tone).toBe(bounds.avg);
				// Outside for a lower bound, inside for an upper one.
				if (count) expect(count.x1 > area.x + area.w).toBe(bounds.count === 'ink');
				if (avg) expect(avg.y1 < area.y).toBe(bounds.avg === 'ink');
			}
		}
	);

	it.each(SIZES)('brackets the width and the height of the rectangle (%s)', (_name, size) => {
		const marks = layoutScene(handScene('area-product, no bounds', 'area-product'), hand, size);
		const area = rect(marks, 'area');
		const width = rule(marks, 'count-bracket');
		const height = rule(marks, 'avg-bracket');
		expect(width.x1).toBe(area.x);
		expect(width.x2).toBeCloseTo(area.x + area.w, 0);
		expect(width.y1).toBeGreaterThan(area.y + area.h);
		expect([height.y1, height.y2]).toEqual([area.y, area.y + area.h]);
		expect(height.x1).toBeLessThan(area.x);
		expect(area.x + area.w).toBeLessThanOrEqual(size.width);
		expect(text(marks, 'not-to-scale').text).toBe(hand.ui.notToScale);
	});
});
