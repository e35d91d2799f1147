/**
 * What every scene's layout must do for a reader, whatever the story: a layout for each scene
 * type, and for the fixture story's scenes and a hand-made scene of every type
 * (tests/engine/hand-scenes.ts), at a phone's, a desktop's and the snapshot's size: unique keys,
 * finite numbers, nothing left of the box or below it, and the same marks twice with the figures
 * untouched. And the cells of a large count, cut into as few rectangles as a run needs.
 */
import { describe, expect, it } from 'vitest';
import { cellSegments } from '$lib/scenes/cells';
import { LAYOUTS, layoutScene } from '$lib/scenes/layouts';
import type { CellGrid } from '$lib/scenes/marks';
import { SCENE_TYPES } from '$lib/scenes/spec';
import { ALL_SIZES, bottomOf, expectSaneMarks, SNAPSHOT } from '../support/marks';
import { hand, HAND_SCENES } from './hand-scenes';

describe('the scene types', () => {
	it('each of the 13 has a layout, and a scene among those tested here', () => {
		expect(Object.keys(LAYOUTS).sort()).toEqual([...SCENE_TYPES].sort());
		expect(SCENE_TYPES).toHaveLength(13);
		expect([...new Set(HAND_SCENES.map(([, s]) => s.type))].sort()).toEqual(
			[...SCENE_TYPES].sort()
		);
	});
});

describe('every scene', () => {
	const cases = HAND_SCENES.flatMap(([name, scene]) =>
		ALL_SIZES.map(([size, box]) => [name, size, scene, box] as const)
	);

	it.each(cases)(
		'%s (%s): unique keys, finite numbers, no text left of the box',
		(_name, _size, scene, size) => {
			expectSaneMarks(layoutScene(scene, hand, size), size);
		}
	);

	it.each(HAND_SCENES)(
		'%s: everything drawn stays within the box height at phone and desktop sizes',
		(_name, scene) => {
			for (const [name, size] of ALL_SIZES) {
				const bottom = bottomOf(layoutScene(scene, hand, size));
				expect(bottom, `${name}: drawn to y=${bottom}`).toBeLessThanOrEqual(size.height + 1);
			}
		}
	);

	it.each(HAND_SCENES)(
		'%s: the layout is pure (same marks twice, figures untouched)',
		(_name, scene) => {
			const before = JSON.stringify(hand.figures);
			expect(layoutScene(scene, hand, SNAPSHOT)).toEqual(layoutScene(scene, hand, SNAPSHOT));
			expect(JSON.stringify(hand.figures)).toBe(before);
		}
	);
});

describe('cellSegments', () => {
	const grid: CellGrid = { x: 4, y: 10, cols: 10, size: 2, gap: 0.5 };
	// A segment stops at its last cell's edge: one gap short of the next tile.
	const seg = (col: number, row: number, ncols: number, nrows: number) => ({
		x: 4 + col * 2,
		y: 10 + row * 2,
		w: ncols * 2 - 0.5,
		h: nrows * 2 - 0.5
	});

	it.each([
		['an empty run', 5, 5, []],
		['a reversed run', 7, 3, []],
		['one cell', 0, 1, [seg(0, 0, 1, 1)]],
		['the start of a row', 0, 3, [seg(0, 0, 3, 1)]],
		['the middle of a row', 3, 7, [seg(3, 0, 4, 1)]],
		['the end of a row', 7, 10, [seg(7, 0, 3, 1)]],
		['one full row', 0, 10, [seg(0, 0, 10, 1)]],
		['full rows only', 10, 40, [seg(0, 1, 10, 3)]],
		['mid-row into the next row', 7, 13, [seg(7, 0, 3, 1), seg(0, 1, 3, 1)]],
		['mid-row to the end of a later row', 5, 30, [seg(5, 0, 5, 1), seg(0, 1, 10, 2)]],
		['from a row start to mid-row', 20, 45, [seg(0, 2, 10, 2), seg(0, 4, 5, 1)]],
		['mid-row, full rows, mid-row', 7, 35, [seg(7, 0, 3, 1), seg(0, 1, 10, 2), seg(0, 3, 5, 1)]],
		['within a later row', 43, 47, [seg(3, 4, 4, 1)]]
	] as const)('%s [%i, %i)', (_name, start, end, want) => {
		expect(cellSegments(grid, { start, end })).toEqual(want);
	});

	it('covers every run exactly, in at most three rectangles that do not overlap', () => {
		const g: CellGrid = { x: 0, y: 0, cols: 7, size: 1, gap: 0 };
		for (let start = 0; start <= 50; start++) {
			for (let end = start; end <= 50; end++) {
				const segments = cellSegments(g, { start, end });
				expect(segments.length).toBeLessThanOrEqual(3);
				const covered = new Set<number>();
				for (const s of segments) {
					for (let r = s.y; r < s.y + s.h; r++)
						for (let c = s.x; c < s.x + s.w; c++) {
							const i = r * g.cols + c;
							expect(covered.has(i), `cell ${i} twice in [${start}, ${end})`).toBe(false);
							covered.add(i);
						}
				}
				expect([...covered].sort((a, b) => a - b)).toEqual(
					Array.from({ length: end - start }, (_, k) => start + k)
				);
			}
		}
	});
});
