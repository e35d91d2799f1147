// The story's test: it checks this story's amounts with its own numbers.
/**
 * This story's amounts as drawn, with its own numbers: its big numbers on their ruler, its totals
 * as count × average, and 1.2万亿元 four times 3000亿元. (What these layouts must do for any story is
 * tests/engine/layouts-amounts, on the fixture and hand-made scenes.)
 */
import { describe, expect, it } from 'vitest';
import { toBase } from '$lib/data/derive';
import { LAYOUTS, layoutScene } from '$lib/scenes/layouts';
import type { Marks } from '$lib/scenes/marks';
import { allTexts, byKey, rect, rule, SIZES, SNAPSHOT, text, textSpan } from '../support/marks';
import { ctx, sceneOf, steps } from './story-scenes';

describe('big-number', () => {
	/** The marker's x and the ruler's ends: the marker path starts at its tip. */
	function ruler(marks: Marks) {
		const line = rule(marks, 'ruler');
		const marker = byKey(marks.paths, 'ruler-marker');
		const x = Number(/^M(-?[\d.]+),/.exec(marker.d)![1]);
		return { x, from: line.x1, to: line.x2 };
	}

	it.each([
		'5g-base-stations',
		'openharmony-devices',
		'smes-served',
		'humanoid-training-data',
		'platform-financing-total'
	])('%s: the marker sits at log10 of the value in base units', (id) => {
		const f = ctx.figures[id]!;
		for (const [, size] of SIZES) {
			const marks = LAYOUTS['big-number']({ type: 'big-number', figure: id }, ctx, size);
			const { x, from, to } = ruler(marks);
			// The ruler runs from 10² to 10¹³.
			const expected = from + ((Math.log10(toBase(f)) - 2) / 11) * (to - from);
			expect(x).toBeCloseTo(expected, 0);
			expect(text(marks, 'bn-value').text).toBe(f.text);
		}
	});

	it('labels the named magnitudes 万, 亿 and 万亿 on the ruler, in order', () => {
		const marks = LAYOUTS['big-number'](
			{ type: 'big-number', figure: '5g-base-stations' },
			ctx,
			SNAPSHOT
		);
		const labels = marks.texts.filter((t) => t.key.startsWith('ruler-label-'));
		expect(labels.map((t) => t.text)).toEqual(['万', '亿', '万亿']);
		const { from, to } = ruler(marks);
		labels.forEach((t, i) => {
			const p = [4, 8, 12][i]!;
			expect(t.x).toBeCloseTo(from + ((p - 2) / 11) * (to - from), 0);
		});
	});

	it('gives a percentage no ruler', () => {
		const marks = layoutScene(sceneOf('headline-growth', 'big-number'), ctx, SNAPSHOT);
		expect(marks.rules).toEqual([]);
		expect(marks.paths).toEqual([]);
		expect(text(marks, 'bn-value').text).toBe('6.4%');
	});

	it.each([
		['smes-served (超过)', 'smes-served', 1],
		['openharmony-devices (超)', 'openharmony-devices', 1],
		['humanoid-training-data (多)', 'humanoid-training-data', 1]
	])('%s: a bound arrow on the marker points the way the true value lies', (_name, id, way) => {
		const marks = LAYOUTS['big-number']({ type: 'big-number', figure: id }, ctx, SNAPSHOT);
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
		const marks = layoutScene(sceneOf('openharmony', 'big-number'), ctx, SNAPSHOT);
		const secondary = text(marks, 'bn-secondary');
		expect(secondary.text).toContain(ctx.figures['openharmony-products']!.text);
		expect(secondary.y).toBeGreaterThan(text(marks, 'bn-value').y);
	});

	it.each(SIZES)('sizes the number to fit the width (%s)', (_name, size) => {
		for (const id of ['platform-financing-total', 'smes-served', 'openharmony-devices']) {
			const marks = LAYOUTS['big-number']({ type: 'big-number', figure: id }, ctx, size);
			expect(textSpan(text(marks, 'bn-value'))[1], id).toBeLessThanOrEqual(size.width);
		}
	});
});

describe('area-product', () => {
	// 超过 draws a dashed edge outside its side, 近 one inside (in the paper tone, on the fill).
	it.each([
		['tech-contract-value', { count: 'paper', avg: 'ink' }],
		['platform-per-firm', { count: 'ink', avg: 'paper' }],
		['hubei-investment', {}]
	] as const)(
		'%s: the three figures written, a bound drawn on each side that has one',
		(slug, bounds: { count?: string; avg?: string }) => {
			const scene = sceneOf(slug, 'area-product');
			for (const [, size] of SIZES) {
				const marks = layoutScene(scene, ctx, size);
				const shown = allTexts(marks).join('');
				for (const id of [scene.total, scene.count, scene.average]) {
					// The total may wrap inside the rectangle: look for its characters in order.
					expect(shown.replace(/\s/g, '')).toContain(ctx.figures[id]!.text);
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
		const marks = layoutScene(sceneOf('hubei-investment', 'area-product'), ctx, size);
		const area = rect(marks, 'area');
		const width = rule(marks, 'count-bracket');
		const height = rule(marks, 'avg-bracket');
		expect(width.x1).toBe(area.x);
		expect(width.x2).toBeCloseTo(area.x + area.w, 0);
		expect(width.y1).toBeGreaterThan(area.y + area.h);
		expect([height.y1, height.y2]).toEqual([area.y, area.y + area.h]);
		expect(height.x1).toBeLessThan(area.x);
		expect(area.x + area.w).toBeLessThanOrEqual(size.width);
		expect(text(marks, 'not-to-scale').text).toBe(ctx.ui.notToScale);
	});
});

describe('amount-bars', () => {
	it.each(['relending-quota', 'special-loans', 'sme-deals'])(
		'%s: bar lengths in the common unit, in the order the step gives',
		(slug) => {
			const scene = sceneOf(slug, 'amount-bars');
			for (const [, size] of SIZES) {
				const marks = layoutScene(scene, ctx, size);
				const bars = scene.figures.map((id) => rect(marks, `bar:${id}`));
				const values = scene.figures.map((id) => toBase(ctx.figures[id]!));
				bars.forEach((b, i) => {
					expect(b.w / bars[0]!.w).toBeCloseTo(values[i]! / values[0]!, 2);
					if (i > 0) expect(b.y).toBeGreaterThan(bars[i - 1]!.y);
				});
				// The unit is written once, on the last tick: the unit the source writes the largest
				// amount in (突破1.2万亿元 → 万亿元), so axis and labels speak one unit style.
				const largest = scene.figures
					.map((id) => ctx.figures[id]!)
					.reduce((a, b) => (toBase(b) > toBase(a) ? b : a));
				const ticks = marks.texts.filter((m) => m.key.startsWith('tick:'));
				expect(ticks.at(-1)!.text.endsWith(largest.unit)).toBe(true);
				expect(ticks.at(-1)!.text).not.toMatch(/\d{5,}亿元/);
				for (const t of ticks.slice(0, -1)) expect(t.text).toMatch(/^\d+(\.\d+)?$/);
			}
		}
	);

	it('draws 1.2万亿元 four times as long as 3000亿元', () => {
		const marks = layoutScene(sceneOf('relending-quota', 'amount-bars'), ctx, SNAPSHOT);
		expect(ctx.figures['platform-financing-total']!.text).toBe('突破1.2万亿元');
		expect(ctx.figures['relending-quota-increase']!.text).toBe('3000亿元');
		const ratio =
			rect(marks, 'bar:platform-financing-total').w / rect(marks, 'bar:relending-quota-increase').w;
		expect(ratio).toBeCloseTo(4, 2);
	});

	it('writes 1.2万亿元 on an axis in 万亿元, never as 12000亿元', () => {
		const marks = layoutScene(sceneOf('special-loans', 'amount-bars'), ctx, SNAPSHOT);
		const ticks = marks.texts.filter((m) => m.key.startsWith('tick:')).map((m) => m.text);
		expect(ticks.at(-1)).toMatch(/^1\.2万亿元$|^1\.\d?万亿元$/);
		expect(ticks.join(' ')).not.toContain('12000');
	});

	it('cloud-share: compares the two incomes as bars and writes their ratio, drawing no share', () => {
		const scene = sceneOf('cloud-share', 'amount-bars');
		const marks = layoutScene(scene, ctx, SNAPSHOT);
		expect(rect(marks, 'bar:software-revenue').w).toBeGreaterThan(
			rect(marks, 'bar:cloud-big-data-revenue').w
		);
		const ratio = ctx.figures['cloud-to-software-ratio']!;
		expect(ratio.kind).toBe('ratio');
		expect(allTexts(marks).join('')).toContain(ratio.text);
		// No hundred squares: the source never says one income is part of the other.
		expect(marks.rects.filter((m) => m.group)).toEqual([]);
	});

	it('accents the newest bar, the last one given', () => {
		const scene = sceneOf('special-loans', 'amount-bars');
		const marks = layoutScene(scene, ctx, SNAPSHOT);
		expect(scene.figures.map((id) => rect(marks, `bar:${id}`).tone)).toEqual([
			'base',
			'base',
			'accent'
		]);
	});
});

describe('amount-bars’ bounds', () => {
	it.each([
		['sme-deal-orders', '近', ':less'],
		['sme-tech-transfer-contracts', '超过', ':more'],
		['relending-quota-increase', 'exact', null],
		['platform-financing-total', '突破', ':more']
	])('%s (%s): marks its bound at the end of the bar', (id, qualifier, mark) => {
		expect(ctx.figures[id]!.qualifier).toBe(qualifier);
		const scene = steps
			.map((s) => s.scene)
			.find((s) => s.type === 'amount-bars' && s.figures.includes(id))!;
		const marks = layoutScene(scene, ctx, SNAPSHOT);
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
