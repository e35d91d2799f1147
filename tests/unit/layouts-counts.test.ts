// The story's test: it checks this story's counted scenes with its own numbers.
/**
 * This story's counted things as drawn, with its own numbers: its unit grids (31 provinces, 97
 * sectors…), its 4918 projects, its funnel of pilot platforms and their target, its frameworks and
 * its list of measures. (What these layouts must do for any story is tests/engine/layouts-grids and
 * layouts-texts, on the fixture and hand-made scenes.)
 */
import { describe, expect, it } from 'vitest';
import { cellSegments } from '$lib/scenes/cells';
import { LAYOUTS, layoutScene } from '$lib/scenes/layouts';
import type { Marks } from '$lib/scenes/marks';
import {
	ALL_SIZES,
	allTexts,
	byKey,
	DESKTOP,
	keysWith,
	PHONE,
	rect,
	SIZES,
	SNAPSHOT,
	text,
	textSpan
} from '../support/marks';
import { ctx, sceneOf } from './story-scenes';

describe('unit-grid', () => {
	const units = (marks: Marks) => marks.rects.filter((m) => /^unit-\d+$/.test(m.key));
	const count = (marks: Marks, tone: string) => units(marks).filter((m) => m.tone === tone).length;

	it.each([
		['provinces', 31, { highlight: 8, accent: 23, faint: 0 }],
		['5g-sectors', 97, { highlight: 0, accent: 86, faint: 11 }],
		['innovation-centres', 33, { highlight: 0, accent: 33, faint: 0 }],
		['pilot-cities', 66, { highlight: 0, accent: 66, faint: 0 }]
	] as const)('%s: %i cells, filled and highlighted as the figures say', (slug, total, tones) => {
		const scene = sceneOf(slug, 'unit-grid');
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
	});

	it('states each figure about the grid in the legend', () => {
		const scene = sceneOf('5g-sectors', 'unit-grid');
		const shown = allTexts(layoutScene(scene, ctx, SNAPSHOT)).join('');
		for (const id of [scene.total, scene.filled!, ...scene.notes!]) {
			expect(shown).toContain(ctx.figures[id]!.text);
		}
	});

	it.each(SIZES)(
		'puts the legend below the grid on a phone, beside it on a desktop (%s)',
		(name, size) => {
			const marks = layoutScene(sceneOf('provinces', 'unit-grid'), ctx, size);
			const right = Math.max(...units(marks).map((m) => m.x + m.w));
			const bottom = Math.max(...units(marks).map((m) => m.y + m.h));
			const legend = marks.texts.filter((t) => t.key.startsWith('legend-'));
			for (const t of legend) {
				if (name === 'phone') expect(t.y - t.size).toBeGreaterThanOrEqual(bottom);
				else expect(t.x).toBeGreaterThan(right);
			}
		}
	);
});

describe('units', () => {
	const scene = sceneOf('hubei-large', 'units');
	const n = ctx.figures['hubei-signed-projects']!.value;
	const k = ctx.figures['hubei-large-signed-projects']!.value;

	it.each(ALL_SIZES)(
		'4918 projects: the blocks cover every cell once, the first 83 highlighted (%s)',
		(_name, size) => {
			expect([n, k]).toEqual([4918, 83]);
			const marks = layoutScene(scene, ctx, size);
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
		const marks = layoutScene(sceneOf('hubei-signed', 'units'), ctx, SNAPSHOT);
		expect(marks.cells!.blocks).toEqual([
			{ key: 'cells-whole', start: 0, end: 4918, tone: 'accent' }
		]);
	});

	it('names the whole, the highlighted part and the share in the legend', () => {
		const shown = allTexts(layoutScene(scene, ctx, SNAPSHOT)).join('');
		for (const id of [
			'hubei-signed-projects',
			'hubei-large-signed-projects',
			'hubei-large-project-share'
		])
			expect(shown).toContain(ctx.figures[id]!.text);
	});

	it('uses the largest whole-pixel cells that fit: one pixel larger would not hold them all', () => {
		for (const [, size] of SIZES) {
			const { grid } = layoutScene(scene, ctx, size).cells!;
			expect(Number.isInteger(grid.size)).toBe(true);
			const availW = size.width - 8;
			const availH = size.height - grid.y - 4;
			const bigger = grid.size + 1;
			expect(Math.floor(availW / bigger) * Math.floor(availH / bigger)).toBeLessThan(n);
		}
	});
});

describe('funnel', () => {
	it.each(ALL_SIZES)(
		'square areas are in proportion to the counts, anchored at one corner (%s)',
		(_name, size) => {
			const scene = sceneOf('pilot-target', 'funnel');
			const marks = layoutScene(scene, ctx, size);
			const squares = scene.figures.map((id) => ({
				f: ctx.figures[id]!,
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
		const marks = layoutScene(sceneOf('pilot-target', 'funnel'), ctx, SNAPSHOT);
		expect(ctx.figures['pilot-platform-target']!.kind).toBe('target');
		expect(rect(marks, 'square-pilot-platform-target')).toMatchObject({ outline: true });
		expect(rect(marks, 'legend-swatch-pilot-platform-target')).toMatchObject({ outline: true });
		for (const id of ['pilot-platform-reserve', 'pilot-platforms-first-batch'])
			expect(rect(marks, `square-${id}`).outline).toBeFalsy();
	});

	it.each(ALL_SIZES)(
		'draws the target apart, outside the squares it is not said to come from, at their scale (%s)',
		(_name, size) => {
			const scene = sceneOf('pilot-target', 'funnel');
			expect(scene.target).toBe('pilot-platform-target');
			expect(scene.figures).not.toContain(scene.target);
			const marks = layoutScene(scene, ctx, size);
			const target = rect(marks, `square-${scene.target}`);
			const reserve = rect(marks, 'square-pilot-platform-reserve');
			// No overlap with the largest square (and so none with the ones inside it), nor its dashed edge.
			const apart = target.x >= reserve.x + reserve.w + 8 || target.y >= reserve.y + reserve.h + 8;
			expect(apart).toBe(true);
			for (const m of marks.rects) expect(m.x + m.w).toBeLessThanOrEqual(size.width);
			const scale =
				ctx.figures[scene.target!]!.value / ctx.figures['pilot-platform-reserve']!.value;
			expect(target.w).toBeCloseTo(Math.max(4, reserve.w * Math.sqrt(scale)), 0);
		}
	);

	it('keeps the squares’ keys between the two funnel steps', () => {
		const before = layoutScene(sceneOf('pilot-funnel', 'funnel'), ctx, SNAPSHOT);
		const after = layoutScene(sceneOf('pilot-target', 'funnel'), ctx, SNAPSHOT);
		for (const key of keysWith(before.rects, 'square-'))
			expect(keysWith(after.rects, 'square-')).toContain(key);
	});

	it('writes each figure and the ratio in the legend', () => {
		const scene = sceneOf('pilot-target', 'funnel');
		const shown = allTexts(layoutScene(scene, ctx, SNAPSHOT)).join('');
		for (const id of [...scene.figures, scene.ratio!])
			expect(shown).toContain(ctx.figures[id]!.text);
	});
});

describe('framework', () => {
	const tiles = (marks: Marks, id: string) =>
		marks.rects.filter((m) => m.key.startsWith(`tile-${id}-`));

	it.each(['guidance-framework', 'guidance-focus', 'pilot-fields'])(
		'%s: one block per item the figure counts, and each group’s name',
		(slug) => {
			const scene = sceneOf(slug, 'framework');
			for (const [, size] of SIZES) {
				const marks = layoutScene(scene, ctx, size);
				for (const g of scene.groups) {
					const f = ctx.figures[g.figure]!;
					expect(tiles(marks, f.id), f.id).toHaveLength(f.value);
					expect(text(marks, `group-${f.id}`).text).toBe(`${f.text}${f.short}`);
					for (const t of tiles(marks, f.id)) expect(t.x + t.w).toBeLessThanOrEqual(size.width);
				}
			}
		}
	);

	it.each(['pilot-fields', 'guidance-focus'])('%s: writes each name on its own block', (slug) => {
		const scene = sceneOf(slug, 'framework');
		const marks = layoutScene(scene, ctx, PHONE);
		for (const g of scene.groups) {
			const names = (g.names ?? []).flatMap((key) => ctx.names[key]!);
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
		const marks = layoutScene(sceneOf('guidance-framework', 'framework'), ctx, SNAPSHOT);
		expect(marks.texts.filter((t) => t.key.startsWith('tile-name-'))).toEqual([]);
	});

	it('stacks groups without overlap: each heading below the blocks before it', () => {
		const scene = sceneOf('guidance-framework', 'framework');
		const marks = layoutScene(scene, ctx, PHONE);
		for (let g = 1; g < scene.groups.length; g++) {
			const above = tiles(marks, scene.groups[g - 1]!.figure);
			const heading = text(marks, `group-${scene.groups[g]!.figure}`);
			expect(heading.y - heading.size).toBeGreaterThan(Math.max(...above.map((t) => t.y + t.h)));
		}
	});
});

describe('list', () => {
	const linesOf = (marks: Marks, i: number) =>
		marks.texts.filter((t) => t.key.startsWith(`item-${i}-`)).map((t) => t.text);

	it.each([['the story’s Chinese list', ctx, 'nev-competition', '']] as const)(
		'%s: every item’s text appears across its wrapped lines',
		(_name, c, key, joiner) => {
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
		}
	);

	it('wraps the long item on a phone but not on a desktop', () => {
		expect(linesOf(layoutScene(sceneOf('competition-order', 'list'), ctx, PHONE), 3).length).toBe(
			2
		);
		expect(linesOf(layoutScene(sceneOf('competition-order', 'list'), ctx, DESKTOP), 3).length).toBe(
			1
		);
	});
});
