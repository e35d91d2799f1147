// The story's test: it checks this story's dates and changes with its own numbers.
/**
 * This story's dates and changes as drawn, with its own numbers: July 2025 and its marked days, 3.4
 * percentage points and 8.6%, and 23.3% of 6.4%. (What these layouts must do for any story is
 * tests/engine/layouts-bars and layouts-texts, on the fixture and hand-made scenes.)
 */
import { describe, expect, it } from 'vitest';
import { layoutScene } from '$lib/scenes/layouts';
import type { Marks } from '$lib/scenes/marks';
import { ALL_SIZES, keysWith, rect, rule, SIZES, SNAPSHOT, text } from '../support/marks';
import { ctx, sceneOf } from './story-scenes';

describe('calendar', () => {
	const days = (marks: Marks) => marks.rects.filter((m) => /^day-\d+$/.test(m.key));
	const column = (marks: Marks, d: number) => {
		const cell = text(marks, 'weekday-1').x - text(marks, 'weekday-0').x;
		return Math.round((rect(marks, `day-${d}`).x - 2 - 4) / cell);
	};

	it("puts 1 July 2025 on a Tuesday and 7 July on a Monday: the year is the source date's", () => {
		expect(ctx.year).toBe(2025);
		const marks = layoutScene(sceneOf('press-conference', 'calendar'), ctx, SNAPSHOT);
		expect(text(marks, 'month').text).toBe('2025年7月');
		expect(column(marks, 1)).toBe(1);
		expect(column(marks, 7)).toBe(0);
		expect(rect(marks, 'day-7').y).toBeGreaterThan(rect(marks, 'day-6').y);
	});

	// The first date keeps its colour in every step (18 is blue in both); later dates stand out.
	it.each([
		['press-conference', { 18: 'accent' }],
		['hubei-training', { 15: 'highlight', 18: 'accent' }]
	] as const)(
		'%s: marked dates coloured (added ones emphasised), the rest plain',
		(slug, marked) => {
			const scene = sceneOf(slug, 'calendar');
			const marks = layoutScene(scene, ctx, SNAPSHOT);
			const tones = Object.fromEntries(days(marks).map((m) => [Number(m.key.slice(4)), m.tone]));
			for (const [d, tone] of Object.entries(tones))
				expect(tone, `day ${d}`).toBe((marked as Record<number, string>)[Number(d)] ?? 'faint');
			for (const id of scene.dates) {
				const f = ctx.figures[id]!;
				expect(text(marks, `legend-${id}`).text).toContain(f.text);
				expect(rect(marks, `legend-swatch-${id}`).tone).toBe(tones[f.value]);
			}
		}
	);

	it.each(SIZES)('fits the month inside the box (%s)', (_name, size) => {
		const marks = layoutScene(sceneOf('hubei-training', 'calendar'), ctx, size);
		for (const m of marks.rects) {
			expect(m.x + m.w).toBeLessThanOrEqual(size.width);
			expect(m.y + m.h).toBeLessThanOrEqual(size.height);
		}
	});
});

describe('change', () => {
	const pointX = (marks: Marks, key: 'from' | 'to') => rule(marks, `drop-${key}`).x1;

	it.each([
		['digital-industry', '+3.4个百分点'],
		['hubei-started', '+8.6%']
	])('%s: both values on one axis from zero, the change written with its sign', (slug, change) => {
		const scene = sceneOf(slug, 'change');
		const from = ctx.figures[scene.from]!;
		const to = ctx.figures[scene.to]!;
		for (const [, size] of SIZES) {
			const marks = layoutScene(scene, ctx, size);
			const zero = rule(marks, 'axis').x1;
			expect(text(marks, 'tick-label:0').x).toBe(zero);
			expect((pointX(marks, 'to') - zero) / (pointX(marks, 'from') - zero)).toBeCloseTo(
				to.value / from.value,
				2
			);
			expect(text(marks, 'value-from').text).toBe(from.text);
			expect(text(marks, 'value-to').text).toBe(to.text);
			expect(text(marks, 'period-from').text).toBe(from.periodLabel);
			expect(text(marks, 'change').text).toBe(change);
		}
	});

	it('draws the arrow from the earlier value towards the later one', () => {
		const marks = layoutScene(sceneOf('digital-industry', 'change'), ctx, SNAPSHOT);
		const arrow = rule(marks, 'arrow');
		expect(arrow.x1).toBeGreaterThan(pointX(marks, 'from'));
		expect(arrow.x2).toBeLessThan(pointX(marks, 'to'));
	});

	it('labels the axis ticks in the figures’ unit', () => {
		const marks = layoutScene(sceneOf('hubei-started', 'change'), ctx, SNAPSHOT);
		const ticks = marks.texts.filter((t) => t.key.startsWith('tick-label:'));
		expect(ticks.length).toBeGreaterThanOrEqual(3);
		for (const t of ticks) expect(t.text).toMatch(/^\d+个$/);
	});
});

describe('contribution', () => {
	const scene = sceneOf('high-tech-contribution', 'contribution');

	it.each(ALL_SIZES)(
		'the slice is the contribution rate of the total bar, bars in proportion (%s)',
		(_name, size) => {
			const marks = layoutScene(scene, ctx, size);
			const total = rect(marks, `bar:${scene.total}`);
			const part = rect(marks, `bar:${scene.partGrowth}`);
			const slice = rect(marks, 'slice');
			const rate = ctx.figures[scene.contribution]!.value / 100;
			expect(slice.w / total.w).toBeCloseTo(rate, 2);
			expect(slice).toMatchObject({ x: total.x, y: total.y, h: total.h });
			expect(part.w / total.w).toBeCloseTo(
				ctx.figures[scene.partGrowth]!.value / ctx.figures[scene.total]!.value,
				2
			);
		}
	);

	it('writes the rate and the pull it implies', () => {
		const marks = layoutScene(scene, ctx, SNAPSHOT);
		expect(text(marks, 'slice-label').text).toContain('23.3%');
		expect(text(marks, 'slice-pull').text).toContain(ctx.figures[scene.pull]!.text);
		expect(text(marks, `value:${scene.total}`).text).toBe('6.4%');
		expect(text(marks, `value:${scene.partGrowth}`).text).toBe('9.5%');
	});

	it('keeps the bar keys of the growth chart before it', () => {
		const before = layoutScene(sceneOf('high-tech-growth', 'growth-bars'), ctx, SNAPSHOT);
		const after = layoutScene(scene, ctx, SNAPSHOT);
		for (const key of keysWith(before.rects, 'bar:'))
			expect(after.rects.map((m) => m.key)).toContain(key);
	});
});
