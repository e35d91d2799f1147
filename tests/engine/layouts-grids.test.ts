/**
 * What the layouts of counted things must do for a reader, on the fixture story's scenes and
 * hand-made ones (tests/engine/hand-scenes.ts): a share as a hundred squares, a unit grid, many
 * units in blocks, a funnel of squares. Every counted thing drawn once, bounds marked, keys kept
 * between steps, nothing out of the box.
 */
import { describe, expect, it } from 'vitest';
import { cellSegments } from '$lib/scenes/cells';
import { LAYOUTS, layoutScene } from '$lib/scenes/layouts';
import type { Marks } from '$lib/scenes/marks';
import type { UnitGridSpec } from '$lib/scenes/spec';
import {
	ALL_SIZES,
	allTexts,
	byKey,
	figure,
	keysWith,
	rect,
	sceneOf,
	SIZES,
	SNAPSHOT,
	text,
	withFigures
} from '../support/marks';
import { ctx, hand, handScene, steps } from './hand-scenes';

describe('share', () => {
	const cells = (marks: Marks) => marks.rects.filter((m) => /^cell-\d+$/.test(m.key));
	const outlines = (marks: Marks) => marks.rects.filter((m) => m.outline);
	const shares = withFigures(ctx, [
		figure('s-exact', 25.7, '%', { kind: 'share' }),
		figure('s-whole', 40, '%', { kind: 'share' }),
		figure('s-bound', 20, '%', { kind: 'share', qualifier: '超过' }),
		figure('s-all', 100, '%', { kind: 'share' }),
		figure('s-tiny', 0.4, '%', { kind: 'share' }),
		figure('s-near', 41, '%', { kind: 'share', qualifier: '近' })
	]);

	it.each([
		['25.7%: 25 filled, a 0.7 part', 's-exact', 25, 0.7],
		['40%: 40 filled, an empty part', 's-whole', 40, 0],
		['超过20%: 20 filled', 's-bound', 20, 0],
		['100%: all filled, no part', 's-all', 100, null],
		['0.4%: none filled, a 0.4 part', 's-tiny', 0, 0.4],
		['约58.3% (the fixture’s estimate): 58 filled, a 0.3 part', 'canteen-share', 58, 0.3]
	] as const)('%s', (_name, id, filled, part) => {
		const marks = LAYOUTS.share({ type: 'share', figure: id }, shares, SNAPSHOT);
		const all = cells(marks);
		expect(all).toHaveLength(100);
		expect(all.filter((m) => m.tone === 'accent')).toHaveLength(filled);
		// Filled cells come first, in reading order.
		expect(all.slice(0, filled).every((m) => m.tone === 'accent')).toBe(true);
		const partCell = marks.rects.find((m) => m.key === 'cell-part');
		if (part === null) {
			expect(partCell).toBeUndefined();
		} else {
			const slot = rect(marks, `cell-${filled}`);
			expect(partCell).toMatchObject({ x: slot.x, y: slot.y, h: slot.h, tone: 'accent' });
			expect(partCell!.w).toBeCloseTo(slot.w * part, 0);
		}
		expect(text(marks, 'share-value').text).toBe(shares.figures[id]!.text);
	});

	it.each([
		['park-share', 38],
		['s-bound', 20]
	])('a lower bound (%s, 超过) gets dashed outlines just after the filled cells', (id, full) => {
		expect(shares.figures[id]!.qualifier).toBe('超过');
		const marks = LAYOUTS.share({ type: 'share', figure: id }, shares, SNAPSHOT);
		const dashed = outlines(marks);
		expect(dashed.length).toBeGreaterThan(0);
		dashed.forEach((m, k) => {
			const slot = rect(marks, `cell-${full + k}`);
			expect(slot.tone).toBe('faint');
			expect({ x: m.x, y: m.y }).toEqual({ x: slot.x, y: slot.y });
		});
		expect(text(marks, 'share-value').text).toMatch(/^超过/);
	});

	it.each(['canteen-share', 's-exact', 's-near'])(
		'a share that is not a lower bound (%s) has no dashed outline',
		(id) => {
			const marks = LAYOUTS.share({ type: 'share', figure: id }, shares, SNAPSHOT);
			expect(outlines(marks)).toEqual([]);
		}
	);

	it.each(SIZES)('keeps the hundred squares inside the box (%s)', (_name, size) => {
		const marks = layoutScene(sceneOf(steps, 'park-share', 'share'), ctx, size);
		for (const m of cells(marks)) {
			expect(m.x + m.w).toBeLessThanOrEqual(size.width);
			expect(m.y + m.h).toBeLessThanOrEqual(size.height);
		}
	});
});

describe('unit-grid', () => {
	const units = (marks: Marks) => marks.rects.filter((m) => /^unit-\d+$/.test(m.key));
	const count = (marks: Marks, tone: string) => units(marks).filter((m) => m.tone === tone).length;
	const grids: [string, UnitGridSpec, number, Record<'highlight' | 'accent' | 'faint', number>][] =
		[
			[
				'street-canteens',
				sceneOf(steps, 'street-canteens', 'unit-grid'),
				12,
				{ highlight: 0, accent: 7, faint: 5 }
			],
			[
				'three tones',
				{
					type: 'unit-grid',
					total: 'canteen-count',
					filled: 'street-count',
					highlight: 'canteen-streets'
				},
				30,
				{ highlight: 7, accent: 5, faint: 18 }
			],
			[
				'all filled',
				{ type: 'unit-grid', total: 'street-count' },
				12,
				{ highlight: 0, accent: 12, faint: 0 }
			]
		];

	it.each(grids)(
		'%s: %i cells, filled and highlighted as the figures say',
		(_name, scene, total, tones) => {
			expect(ctx.figures[scene.total]!.value).toBe(total);
			for (const [, size] of SIZES) {
				const marks = layoutScene(scene, ctx, size);
				expect(units(marks)).toHaveLength(total);
				expect(count(marks, 'highlight')).toBe(tones.highlight);
				expect(count(marks, 'accent')).toBe(tones.accent);
				expect(count(marks, 'faint')).toBe(tones.faint);
				// The highlighted cells are drawn first: their members are not named.
				const order = units(marks).map((m) => m.tone);
				expect(order.slice(0, tones.highlight).every((t) => t === 'highlight')).toBe(true);
				// Every cell inside the box, and no two cells on top of each other.
				for (const m of units(marks)) {
					expect(m.x + m.w).toBeLessThanOrEqual(size.width);
					expect(m.y + m.h).toBeLessThanOrEqual(size.height);
				}
				expect(new Set(units(marks).map((m) => `${m.x},${m.y}`)).size).toBe(total);
			}
		}
	);

	it('states each figure about the grid in the legend, the story’s estimate included', () => {
		const scene = sceneOf(steps, 'street-canteens', 'unit-grid');
		const shown = allTexts(layoutScene(scene, ctx, SNAPSHOT)).join('');
		expect(scene.notes).toEqual(['canteen-share', 'canteen-count']);
		for (const id of [scene.total, scene.filled!, ...scene.notes!])
			expect(shown).toContain(ctx.figures[id]!.text);
	});

	it.each(SIZES)(
		'puts the legend below the grid on a phone, beside it on a desktop (%s)',
		(name, size) => {
			const marks = layoutScene(sceneOf(steps, 'street-canteens', 'unit-grid'), ctx, size);
			const right = Math.max(...units(marks).map((m) => m.x + m.w));
			const bottom = Math.max(...units(marks).map((m) => m.y + m.h));
			const legend = marks.texts.filter((t) => t.key.startsWith('legend-'));
			expect(legend.length).toBeGreaterThan(0);
			for (const t of legend) {
				if (name === 'phone') expect(t.y - t.size).toBeGreaterThanOrEqual(bottom);
				else expect(t.x).toBeGreaterThan(right);
			}
		}
	);
});

describe('units', () => {
	const scene = handScene('units', 'units');
	const n = hand.figures[scene.figure]!.value;
	const k = hand.figures[scene.highlight!]!.value;

	it.each(ALL_SIZES)(
		'2750 units: the blocks cover every cell once, the first 61 highlighted (%s)',
		(_name, size) => {
			expect([n, k]).toEqual([2750, 61]);
			const marks = layoutScene(scene, hand, size);
			const { grid, blocks } = marks.cells!;
			// Blocks follow each other with no gap and no overlap, from 0 to n.
			expect(blocks[0]!.start).toBe(0);
			blocks.slice(1).forEach((b, i) => expect(b.start).toBe(blocks[i]!.end));
			expect(blocks.at(-1)!.end).toBe(n);
			const part = byKey(blocks, 'cells-part');
			expect(part).toMatchObject({ start: 0, end: k, tone: 'highlight' });
			expect(byKey(blocks, 'cells-whole').tone).toBe('base');
			// The segments drawn cover exactly n cells.
			const area = blocks
				.flatMap((b) => cellSegments(grid, b))
				.reduce((sum, s) => sum + ((s.w + grid.gap) * (s.h + grid.gap)) / grid.size ** 2, 0);
			expect(area).toBeCloseTo(n, 6);
			// The grid fits the box.
			expect(grid.x + grid.cols * grid.size).toBeLessThanOrEqual(size.width + 1e-9);
			expect(grid.y + Math.ceil(n / grid.cols) * grid.size).toBeLessThanOrEqual(size.height);
			expect(grid.size).toBeGreaterThan(grid.gap);
		}
	);

	it('draws the whole in the accent tone when nothing is highlighted', () => {
		const marks = layoutScene(handScene('units, none highlighted', 'units'), hand, SNAPSHOT);
		expect(marks.cells!.blocks).toEqual([{ key: 'cells-whole', start: 0, end: n, tone: 'accent' }]);
	});

	it('names the whole, the highlighted part and the share in the legend', () => {
		const shown = allTexts(layoutScene(scene, hand, SNAPSHOT)).join('');
		for (const id of [scene.figure, scene.highlight!, scene.share!])
			expect(shown).toContain(hand.figures[id]!.text);
	});

	it('uses the largest whole-pixel cells that fit: one pixel larger would not hold them all', () => {
		for (const [, size] of SIZES) {
			const { grid } = layoutScene(scene, hand, size).cells!;
			expect(Number.isInteger(grid.size)).toBe(true);
			const availW = size.width - 8;
			const availH = size.height - grid.y - 4;
			const bigger = grid.size + 1;
			expect(Math.floor(availW / bigger) * Math.floor(availH / bigger)).toBeLessThan(n);
		}
	});
});

describe('funnel', () => {
	const scene = handScene('funnel with a target', 'funnel');

	it.each(ALL_SIZES)(
		'square areas are in proportion to the counts, anchored at one corner (%s)',
		(_name, size) => {
			const marks = layoutScene(scene, hand, size);
			const squares = scene.figures.map((id) => ({
				f: hand.figures[id]!,
				s: rect(marks, `square-${id}`)
			}));
			const [first] = squares;
			for (const { f, s } of squares) {
				expect(s.w).toBe(s.h);
				expect(s.w / first!.s.w).toBeCloseTo(Math.sqrt(f.value / first!.f.value), 2);
				expect(s.x).toBe(first!.s.x);
				expect(s.y + s.h).toBeCloseTo(first!.s.y + first!.s.h, 0);
			}
		}
	);

	it('draws a target as a dashed outline, and counts that happened as filled squares', () => {
		const marks = layoutScene(scene, hand, SNAPSHOT);
		expect(hand.figures.target!.kind).toBe('target');
		expect(rect(marks, 'square-target')).toMatchObject({ outline: true });
		expect(rect(marks, 'legend-swatch-target')).toMatchObject({ outline: true });
		for (const id of scene.figures) expect(rect(marks, `square-${id}`).outline).toBeFalsy();
	});

	it.each(ALL_SIZES)(
		'draws the target apart, outside the squares it is not said to come from, at their scale (%s)',
		(_name, size) => {
			expect(scene.figures).not.toContain(scene.target);
			const marks = layoutScene(scene, hand, size);
			const target = rect(marks, `square-${scene.target}`);
			const largest = rect(marks, `square-${scene.figures[0]}`);
			// No overlap with the largest square (and so none with the ones inside it), nor its dashed edge.
			const apart = target.x >= largest.x + largest.w + 8 || target.y >= largest.y + largest.h + 8;
			expect(apart).toBe(true);
			for (const m of marks.rects) expect(m.x + m.w).toBeLessThanOrEqual(size.width);
			const scale = hand.figures[scene.target!]!.value / hand.figures[scene.figures[0]!]!.value;
			expect(target.w).toBeCloseTo(Math.max(4, largest.w * Math.sqrt(scale)), 0);
		}
	);

	it('keeps the squares’ keys between a funnel step and the next, which adds its target', () => {
		const before = layoutScene(handScene('funnel', 'funnel'), hand, SNAPSHOT);
		const after = layoutScene(scene, hand, SNAPSHOT);
		expect(keysWith(before.rects, 'square-')).toHaveLength(2);
		for (const key of keysWith(before.rects, 'square-'))
			expect(keysWith(after.rects, 'square-')).toContain(key);
	});

	it('writes each figure and the ratio in the legend', () => {
		const shown = allTexts(layoutScene(scene, hand, SNAPSHOT)).join('');
		for (const id of [...scene.figures, scene.ratio!])
			expect(shown).toContain(hand.figures[id]!.text);
	});
});
