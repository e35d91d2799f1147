/**
 * What each scene's layout must do for a reader, checked on the marks it returns: lengths in
 * proportion to values, bounds marked, every counted thing drawn once, keys stable between steps,
 * and nothing left of the box. The real story is built once; small hand-made figures make the
 * cases the story lacks (a decrease, an exact share, February).
 */
import { describe, expect, it } from 'vitest';
import { zh as content } from '../support/content';
import { toBase } from '$lib/data/derive';
import type { Kind, Period, Qualifier, Unit } from '$lib/data/vocab';
import { formatFigure } from '$lib/format';
import { cellSegments } from '$lib/scenes/cells';
import { LAYOUTS, layoutScene } from '$lib/scenes/layouts';
import {
	textWidth,
	type CellGrid,
	type Marks,
	type RectMark,
	type RuleMark,
	type SceneContext,
	type Size,
	type TextMark
} from '$lib/scenes/marks';
import { SCENE_TYPES, type SceneSpec } from '$lib/scenes/spec';
import { loadDataset } from '$lib/server/read-data';
import { sceneContext } from '$lib/story/context';
import { allSteps, buildStory } from '$lib/story/resolve';
import type { FigureView } from '$lib/story/types';

const story = buildStory(content, loadDataset('data'));
const ctx = sceneContext(story);
const steps = allSteps(story);

const PHONE: Size = { width: 390, height: 480 };
const DESKTOP: Size = { width: 900, height: 640 };
const SNAPSHOT: Size = { width: 640, height: 420 };
const SIZES = [
	['phone', PHONE],
	['desktop', DESKTOP]
] as const;

/** The scene of a step of the real story, by slug. */
function sceneOf<T extends SceneSpec['type']>(
	slug: string,
	type: T
): Extract<SceneSpec, { type: T }> {
	const step = steps.find((s) => s.slug === slug);
	if (!step) throw new Error(`No step ${slug}`);
	if (step.scene.type !== type)
		throw new Error(`Step ${slug} shows ${step.scene.type}, not ${type}`);
	return step.scene as Extract<SceneSpec, { type: T }>;
}

// Finders that fail with the key, so a missing mark names itself.
function byKey<M extends { key: string }>(marks: M[], key: string): M {
	const m = marks.find((x) => x.key === key);
	if (!m) throw new Error(`No mark ${key} among ${marks.map((x) => x.key).join(', ')}`);
	return m;
}
const rect = (marks: Marks, key: string): RectMark => byKey(marks.rects, key);
const text = (marks: Marks, key: string): TextMark => byKey(marks.texts, key);
const rule = (marks: Marks, key: string): RuleMark => byKey(marks.rules, key);
const keysWith = (ms: { key: string }[], prefix: string) =>
	ms.filter((m) => m.key.startsWith(prefix)).map((m) => m.key);
const allTexts = (marks: Marks) => marks.texts.map((t) => t.text);

/** Where a text's ink starts and ends horizontally, estimated as the layouts estimate it. */
function textSpan(t: TextMark): [number, number] {
	const w = textWidth(t.text, t.size, t.weight === 'bold');
	const anchor = t.anchor ?? 'start';
	const x0 = anchor === 'start' ? t.x : anchor === 'middle' ? t.x - w / 2 : t.x - w;
	return [x0, x0 + w];
}

/** A figure as the story resolves it, from the few fields a case needs. */
function figure(
	id: string,
	value: number,
	unit: Unit,
	extra: {
		qualifier?: Qualifier;
		kind?: Kind;
		period?: Period;
		short?: string;
		month?: number;
		numerals?: 'hanzi';
	} = {}
): FigureView {
	const { qualifier = 'exact', kind = 'count', period = 'h1', short = id, ...rest } = extra;
	const base = { value, unit, qualifier, ...rest };
	return {
		id,
		label: short,
		chapter: 'growth',
		kind,
		period,
		...base,
		source: null,
		derivation: null,
		short,
		text: formatFigure(base, 'zh-CN'),
		periodLabel: period,
		periodTag: '',
		kindLabel: kind,
		formula: null
	};
}

/** The real context with some figures, names or lists added. */
const withFigures = (
	figures: FigureView[],
	more: Partial<Pick<SceneContext, 'names' | 'lists'>> = {}
): SceneContext => ({
	...ctx,
	figures: { ...ctx.figures, ...Object.fromEntries(figures.map((f) => [f.id, f])) },
	names: { ...ctx.names, ...more.names },
	lists: { ...ctx.lists, ...more.lists }
});

describe('the story uses every scene type', () => {
	it('has at least one step of each of the 13 types, and a layout for each', () => {
		const used = new Set(steps.map((s) => s.scene.type));
		expect([...used].sort()).toEqual([...SCENE_TYPES].sort());
		expect(Object.keys(LAYOUTS).sort()).toEqual([...SCENE_TYPES].sort());
	});
});

describe('every step of the story', () => {
	const cases = steps.flatMap((step) =>
		[...SIZES, ['snapshot', SNAPSHOT] as const].map(
			([name, size]) => [step.slug, name, step.scene, size] as const
		)
	);

	it.each(cases)(
		'%s (%s): unique keys, finite numbers, no text left of the box',
		(_slug, _name, scene, size) => {
			const marks = layoutScene(scene, ctx, size);
			for (const kind of ['rects', 'texts', 'rules', 'paths'] as const) {
				const keys = marks[kind].map((m) => m.key);
				expect(new Set(keys).size, `duplicate ${kind} keys`).toBe(keys.length);
			}
			if (marks.cells) {
				const keys = marks.cells.blocks.map((b) => b.key);
				expect(new Set(keys).size).toBe(keys.length);
			}
			const numbers = [
				...marks.rects.flatMap((m) => [m.x, m.y, m.w, m.h]),
				...marks.texts.flatMap((m) => [m.x, m.y, m.size]),
				...marks.rules.flatMap((m) => [m.x1, m.y1, m.x2, m.y2]),
				...(marks.cells
					? [
							...Object.values(marks.cells.grid),
							...marks.cells.blocks.flatMap((b) => [b.start, b.end])
						]
					: [])
			];
			expect(numbers.every(Number.isFinite), 'a coordinate is not a finite number').toBe(true);
			for (const p of marks.paths) expect(p.d, p.key).not.toMatch(/NaN|Infinity|undefined/);
			expect(
				marks.rects.every((m) => m.w >= 0 && m.h >= 0),
				'a rect of negative size'
			).toBe(true);
			for (const t of marks.texts) {
				expect(t.text.trim(), `${t.key} is empty`).not.toBe('');
				expect(
					textSpan(t)[0],
					`${t.key} "${t.text}" starts left of the box`
				).toBeGreaterThanOrEqual(0);
				expect(
					textSpan(t)[1],
					`${t.key} "${t.text}" runs past the right of the box`
				).toBeLessThanOrEqual(size.width + 1);
			}
		}
	);

	it.each(steps.map((s) => [s.slug, s.scene] as const))(
		'%s: everything drawn stays within the box height at phone and desktop sizes',
		(_slug, scene) => {
			for (const [name, size] of [...SIZES, ['snapshot', SNAPSHOT] as const]) {
				const marks = layoutScene(scene, ctx, size);
				const bottom = Math.max(
					...marks.rects.map((m) => m.y + m.h),
					...marks.texts.map((m) => m.y + m.size * 0.3),
					...marks.rules.map((m) => Math.max(m.y1, m.y2))
				);
				expect(bottom, `${name}: drawn to y=${bottom}`).toBeLessThanOrEqual(size.height + 1);
			}
		}
	);

	it.each(steps.map((s) => [s.slug, s.scene] as const))(
		'%s: the layout is pure (same marks twice, figures untouched)',
		(_slug, scene) => {
			const before = JSON.stringify(ctx.figures);
			expect(layoutScene(scene, ctx, SNAPSHOT)).toEqual(layoutScene(scene, ctx, SNAPSHOT));
			expect(JSON.stringify(ctx.figures)).toBe(before);
		}
	);
});

describe('growth-bars', () => {
	const growthSteps = steps.filter((s) => s.scene.type === 'growth-bars');
	const figuresOf = (scene: SceneSpec) => (scene.type === 'growth-bars' ? scene.figures : []);

	it.each(growthSteps.map((s) => [s.slug, s.scene] as const))(
		'%s: bars longest first, lengths in proportion, labelled with the figure’s text',
		(_slug, scene) => {
			const ids = figuresOf(scene);
			for (const [, size] of SIZES) {
				const marks = layoutScene(scene, ctx, size);
				const bars = ids.map((id) => ({ f: ctx.figures[id]!, bar: rect(marks, `bar:${id}`) }));
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

	it.each(growthSteps.map((s) => [s.slug, s.scene] as const))(
		'%s: highlighted figures in the accent tone, the others in the base tone',
		(_slug, scene) => {
			if (scene.type !== 'growth-bars') return;
			const marks = layoutScene(scene, ctx, SNAPSHOT);
			const highlight = new Set(scene.highlight ?? scene.figures);
			for (const id of scene.figures) {
				expect(rect(marks, `bar:${id}`).tone, id).toBe(highlight.has(id) ? 'accent' : 'base');
			}
		}
	);

	it.each(growthSteps.map((s) => [s.slug, s.scene] as const))(
		'%s: a dashed baseline tick through every bar at the first figure’s value, clear of the labels',
		(_slug, scene) => {
			if (scene.type !== 'growth-bars') return;
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

	it.each(growthSteps.map((s) => [s.slug, s.scene] as const))(
		'%s: bars and value labels stay inside the width on a phone and a desktop',
		(_slug, scene) => {
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

	it('keeps each figure’s key from one growth step to the next, so its bar moves', () => {
		for (let i = 1; i < growthSteps.length; i++) {
			const before = layoutScene(growthSteps[i - 1]!.scene, ctx, SNAPSHOT);
			const after = layoutScene(growthSteps[i]!.scene, ctx, SNAPSHOT);
			const ids = figuresOf(growthSteps[i - 1]!.scene);
			// Later steps add figures to the axis, never drop one.
			expect(figuresOf(growthSteps[i]!.scene)).toEqual(expect.arrayContaining(ids));
			const keys = (m: Marks) => [...m.rects, ...m.texts].map((x) => x.key);
			for (const id of ids) {
				for (const key of [`bar:${id}`, `label:${id}`, `value:${id}`]) {
					expect(keys(before)).toContain(key);
					expect(keys(after), `${growthSteps[i]!.slug} lost ${key}`).toContain(key);
				}
			}
		}
	});

	it('draws every bar in the accent tone when nothing is highlighted', () => {
		const marks = LAYOUTS['growth-bars'](
			{
				type: 'growth-bars',
				figures: ['industrial-value-added-growth', 'high-tech-manufacturing-growth']
			},
			ctx,
			SNAPSHOT
		);
		expect(keysWith(marks.rects, 'bar:').map((k) => rect(marks, k).tone)).toEqual([
			'accent',
			'accent'
		]);
	});
});

describe('share', () => {
	const cells = (marks: Marks) => marks.rects.filter((m) => /^cell-\d+$/.test(m.key));
	const outlines = (marks: Marks) => marks.rects.filter((m) => m.outline);
	const shares = [
		figure('s-exact', 25.7, '%', { kind: 'share' }),
		figure('s-whole', 40, '%', { kind: 'share' }),
		figure('s-bound', 20, '%', { kind: 'share', qualifier: '超过' }),
		figure('s-all', 100, '%', { kind: 'share' }),
		figure('s-tiny', 0.4, '%', { kind: 'share' }),
		figure('s-near', 41, '%', { kind: 'share', qualifier: '近' })
	];
	const hand = withFigures(shares);

	it.each([
		['25.7%: 25 filled, a 0.7 part', 's-exact', 25, 0.7],
		['40%: 40 filled, an empty part', 's-whole', 40, 0],
		['超过20%: 20 filled', 's-bound', 20, 0],
		['100%: all filled, no part', 's-all', 100, null],
		['0.4%: none filled, a 0.4 part', 's-tiny', 0, 0.4]
	] as const)('%s', (_name, id, filled, part) => {
		const marks = LAYOUTS.share({ type: 'share', figure: id }, hand, SNAPSHOT);
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
		expect(text(marks, 'share-value').text).toBe(hand.figures[id]!.text);
	});

	it.each([
		['green-factories-share', 20],
		['credit-loan-share', 42]
	])('a lower bound (%s, 超过) gets dashed outlines just after the filled cells', (id, full) => {
		expect(ctx.figures[id]!.qualifier).toBe('超过');
		const marks = LAYOUTS.share({ type: 'share', figure: id }, ctx, SNAPSHOT);
		const dashed = outlines(marks);
		expect(dashed.length).toBeGreaterThan(0);
		dashed.forEach((m, k) => {
			const slot = rect(marks, `cell-${full + k}`);
			expect(slot.tone).toBe('faint');
			expect({ x: m.x, y: m.y }).toEqual({ x: slot.x, y: slot.y });
		});
		expect(text(marks, 'share-value').text).toMatch(/^超过/);
	});

	it.each(['manufacturing-share-of-gdp', 'equipment-manufacturing-share', 's-exact', 's-near'])(
		'a share that is not a lower bound (%s) has no dashed outline',
		(id) => {
			const marks = LAYOUTS.share({ type: 'share', figure: id }, hand, SNAPSHOT);
			expect(outlines(marks)).toEqual([]);
		}
	);

	it.each(SIZES)('keeps the hundred squares inside the box (%s)', (_name, size) => {
		const marks = LAYOUTS.share({ type: 'share', figure: 'manufacturing-share-of-gdp' }, ctx, size);
		for (const m of cells(marks)) {
			expect(m.x + m.w).toBeLessThanOrEqual(size.width);
			expect(m.y + m.h).toBeLessThanOrEqual(size.height);
		}
	});
});

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

	it.each([...SIZES, ['snapshot', SNAPSHOT] as const])(
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
	it.each([...SIZES, ['snapshot', SNAPSHOT] as const])(
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

	it.each([...SIZES, ['snapshot', SNAPSHOT] as const])(
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
		[2025, 6, 30],
		[2025, 12, 31]
	])('%i-%i has %i day cells, in columns from Monday', (year, month, n) => {
		// The month is the marked date's; the year is the source's.
		const hand = { ...withFigures([figure('d', 1, '日', { kind: 'date', month })]), year };
		const marks = LAYOUTS.calendar({ type: 'calendar', dates: ['d'] }, hand, SNAPSHOT);
		expect(days(marks)).toHaveLength(n);
		expect(text(marks, 'weekday-0').text).toBe('一');
		for (let d = 1; d <= n; d++) {
			const monday0 = (new Date(Date.UTC(year, month - 1, d)).getUTCDay() + 6) % 7;
			expect(column(marks, d), `${year}-${month}-${d}`).toBe(monday0);
		}
	});

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

	const bounds = withFigures([
		figure('b-near', 41, '万件', { qualifier: '近' }),
		figure('b-exact', 4918, '个')
	]);
	it.each([
		['smes-served (超过)', 'smes-served', 1],
		['openharmony-devices (超)', 'openharmony-devices', 1],
		['humanoid-training-data (多)', 'humanoid-training-data', 1],
		['a 近 figure', 'b-near', -1],
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

	it('writes a decrease with a minus sign', () => {
		const hand = withFigures([
			figure('c-from', 12, '%', { kind: 'yoy-growth', period: 'prior-year' }),
			figure('c-to', 9, '%', { kind: 'yoy-growth' }),
			figure('c-delta', 3, '个百分点', { kind: 'pp-change' })
		]);
		const marks = LAYOUTS.change(
			{ type: 'change', from: 'c-from', to: 'c-to', change: 'c-delta' },
			hand,
			SNAPSHOT
		);
		expect(text(marks, 'change').text).toBe('−3个百分点');
		expect(pointX(marks, 'to')).toBeLessThan(pointX(marks, 'from'));
		expect(marks.rules.find((m) => m.key === 'arrow')).toBeUndefined();
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

	it.each([...SIZES, ['snapshot', SNAPSHOT] as const])(
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
	const hand = withFigures([], {
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
		['the story’s Chinese list', ctx, 'nev-competition', ''],
		['an English list', hand, 'english', ' ']
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
		expect(linesOf(layoutScene(sceneOf('competition-order', 'list'), ctx, PHONE), 3).length).toBe(
			2
		);
		expect(linesOf(layoutScene(sceneOf('competition-order', 'list'), ctx, DESKTOP), 3).length).toBe(
			1
		);
	});

	it('fails loudly on an unknown list', () => {
		expect(() => LAYOUTS.list({ type: 'list', items: 'nope' }, ctx, SNAPSHOT)).toThrow(/nope/);
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
