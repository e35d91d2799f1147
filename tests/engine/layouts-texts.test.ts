/**
 * What the layouts of dates, named structures and lists must do for a reader, on the fixture
 * story's calendar and hand-made scenes (tests/engine/hand-scenes.ts): a month in columns from
 * Monday in the source's year, marked dates coloured; one block per item a figure counts, each
 * name on its block; every item of a list across its wrapped lines.
 */
import { describe, expect, it } from 'vitest';
import { LAYOUTS, layoutScene } from '$lib/scenes/layouts';
import type { Marks, SceneContext } from '$lib/scenes/marks';
import type { FrameworkSpec } from '$lib/scenes/spec';
import {
	DESKTOP,
	figure,
	PHONE,
	rect,
	sceneOf,
	SIZES,
	SNAPSHOT,
	text,
	textSpan,
	withFigures
} from '../support/marks';
import { ctx, hand, handScene, steps } from './hand-scenes';

describe('calendar', () => {
	const days = (marks: Marks) => marks.rects.filter((m) => /^day-\d+$/.test(m.key));
	const column = (marks: Marks, d: number) => {
		const cell = text(marks, 'weekday-1').x - text(marks, 'weekday-0').x;
		return Math.round((rect(marks, `day-${d}`).x - 2 - 4) / cell);
	};

	it.each([
		[2025, 7, 31],
		[2025, 2, 28],
		[2024, 2, 29],
		[2030, 3, 31],
		[2025, 6, 30],
		[2025, 12, 31]
	])('%i-%i has %i day cells, in columns from Monday', (year, month, n) => {
		// The month is the marked date's; the year is the source's.
		const dated = { ...withFigures(ctx, [figure('d', 1, '日', { kind: 'date', month })]), year };
		const marks = LAYOUTS.calendar({ type: 'calendar', dates: ['d'] }, dated, SNAPSHOT);
		expect(days(marks)).toHaveLength(n);
		expect(text(marks, 'weekday-0').text).toBe('一');
		for (let d = 1; d <= n; d++) {
			const monday0 = (new Date(Date.UTC(year, month - 1, d)).getUTCDay() + 6) % 7;
			expect(column(marks, d), `${year}-${month}-${d}`).toBe(monday0);
		}
	});

	it("puts 1 March 2030 on a Friday and 4 March on a Monday: the year is the source date's", () => {
		expect(ctx.year).toBe(2030);
		const marks = layoutScene(sceneOf(steps, 'report-date', 'calendar'), ctx, SNAPSHOT);
		expect(text(marks, 'month').text).toBe('2030年3月');
		expect(column(marks, 1)).toBe(4);
		expect(column(marks, 4)).toBe(0);
		expect(rect(marks, 'day-4').y).toBeGreaterThan(rect(marks, 'day-3').y);
	});

	// The first date keeps its colour in every step (12 is blue in both); later dates stand out.
	it.each([
		['report-date', sceneOf(steps, 'report-date', 'calendar'), { 12: 'accent' }],
		[
			'calendar of two dates',
			handScene('calendar of two dates', 'calendar'),
			{ 12: 'accent', 20: 'highlight' }
		]
	] as const)(
		'%s: marked dates coloured (added ones emphasised), the rest plain',
		(_name, scene, marked) => {
			const marks = layoutScene(scene, hand, SNAPSHOT);
			const tones = Object.fromEntries(days(marks).map((m) => [Number(m.key.slice(4)), m.tone]));
			for (const [d, tone] of Object.entries(tones))
				expect(tone, `day ${d}`).toBe((marked as Record<number, string>)[Number(d)] ?? 'faint');
			for (const id of scene.dates) {
				const f = hand.figures[id]!;
				expect(text(marks, `legend-${id}`).text).toContain(f.text);
				expect(rect(marks, `legend-swatch-${id}`).tone).toBe(tones[f.value]);
			}
		}
	);

	it.each(SIZES)('fits the month inside the box (%s)', (_name, size) => {
		const marks = layoutScene(handScene('calendar of two dates', 'calendar'), hand, size);
		for (const m of marks.rects) {
			expect(m.x + m.w).toBeLessThanOrEqual(size.width);
			expect(m.y + m.h).toBeLessThanOrEqual(size.height);
		}
	});
});

describe('framework', () => {
	const tiles = (marks: Marks, id: string) =>
		marks.rects.filter((m) => m.key.startsWith(`tile-${id}-`));
	const unnamed: FrameworkSpec = {
		type: 'framework',
		groups: [{ figure: 'points' }, { figure: 'models' }]
	};
	const frameworks: [string, FrameworkSpec][] = [
		['framework', handScene('framework', 'framework')],
		['framework of named items', handScene('framework of named items', 'framework')],
		['unnamed', unnamed]
	];

	it.each(frameworks)(
		'%s: one block per item the figure counts, and each group’s name',
		(_name, scene) => {
			for (const [, size] of SIZES) {
				const marks = layoutScene(scene, hand, size);
				for (const g of scene.groups) {
					const f = hand.figures[g.figure]!;
					expect(tiles(marks, f.id), f.id).toHaveLength(f.value);
					expect(text(marks, `group-${f.id}`).text).toBe(`${f.text}${f.short}`);
					for (const t of tiles(marks, f.id)) expect(t.x + t.w).toBeLessThanOrEqual(size.width);
				}
			}
		}
	);

	it.each(frameworks.slice(0, 2))('%s: writes each name on its own block', (_name, scene) => {
		const marks = layoutScene(scene, hand, PHONE);
		for (const g of scene.groups) {
			const names = (g.names ?? []).flatMap((key) => hand.names[key]!);
			names.forEach((name, i) => {
				const block = rect(marks, `tile-${g.figure}-${i}`);
				const lines = marks.texts.filter((t) => t.key.startsWith(`tile-name-${g.figure}-${i}-`));
				expect(lines.map((t) => t.text).join('')).toBe(name);
				for (const t of lines) {
					expect(t.x).toBeCloseTo(block.x + block.w / 2, 0);
					expect(t.y).toBeGreaterThan(block.y);
					expect(t.y).toBeLessThan(block.y + block.h);
				}
			});
		}
	});

	it('leaves blocks blank when the source names no items', () => {
		const marks = layoutScene(unnamed, hand, SNAPSHOT);
		expect(marks.texts.filter((t) => t.key.startsWith('tile-name-'))).toEqual([]);
	});

	it('stacks groups without overlap: each heading below the blocks before it', () => {
		const scene = handScene('framework', 'framework');
		const marks = layoutScene(scene, hand, PHONE);
		for (let g = 1; g < scene.groups.length; g++) {
			const above = tiles(marks, scene.groups[g - 1]!.figure);
			const heading = text(marks, `group-${scene.groups[g]!.figure}`);
			expect(heading.y - heading.size).toBeGreaterThan(Math.max(...above.map((t) => t.y + t.h)));
		}
	});
});

describe('list', () => {
	const english: SceneContext = withFigures(hand, [], {
		lists: {
			english: {
				source: 'A meeting',
				items: [
					'Strengthen cost surveys and price monitoring across the whole sector',
					'Short',
					'Urge key carmakers to honour their payment-term commitments to suppliers'
				]
			}
		}
	});
	const linesOf = (marks: Marks, i: number) =>
		marks.texts.filter((t) => t.key.startsWith(`item-${i}-`)).map((t) => t.text);

	it.each([
		['a Chinese list', hand, 'measures', ''],
		['an English list', english, 'english', ' ']
	] as const)('%s: every item’s text appears across its wrapped lines', (_name, c, key, joiner) => {
		const list = c.lists[key]!;
		for (const [, size] of SIZES) {
			const marks = LAYOUTS.list({ type: 'list', items: key }, c, size);
			expect(text(marks, 'list-source').text).toBe(list.source);
			list.items.forEach((item, i) => {
				const lines = linesOf(marks, i);
				expect(lines.join(joiner)).toBe(item);
				// A bar beside each item, as tall as its lines.
				expect(rect(marks, `item-bar-${i}`).h).toBeGreaterThan(0);
				for (const t of marks.texts.filter((m) => m.key.startsWith(`item-${i}-`)))
					expect(textSpan(t)[1]).toBeLessThanOrEqual(size.width);
			});
			// Items read top to bottom without overlapping.
			const bars = list.items.map((_, i) => rect(marks, `item-bar-${i}`));
			bars.slice(1).forEach((b, i) => expect(b.y).toBeGreaterThan(bars[i]!.y + bars[i]!.h));
		}
	});

	it('wraps the long item on a phone but not on a desktop', () => {
		const scene = handScene('list', 'list');
		expect(linesOf(layoutScene(scene, hand, PHONE), 3).length).toBe(2);
		expect(linesOf(layoutScene(scene, hand, DESKTOP), 3).length).toBe(1);
	});

	it('fails loudly on an unknown list', () => {
		expect(() => LAYOUTS.list({ type: 'list', items: 'nope' }, hand, SNAPSHOT)).toThrow(/nope/);
	});
});
