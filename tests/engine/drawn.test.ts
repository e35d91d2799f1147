/**
 * How marks reach the page: grouped squares drawn as one shape per tone that covers exactly the
 * squares the layout placed, classes that say which marks join a scene on screen, and layouts
 * computed once per scene and size, ahead of the step when the browser is idle. On the fixture
 * story's scenes: its share, its unit grid and its calendar group their squares.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import Scene from '$lib/components/Scene.svelte';
import { drawMarks } from '$lib/scenes/drawn';
import * as layouts from '$lib/scenes/layouts';
import type { Marks, RectMark } from '$lib/scenes/marks';
import type { SceneSpec } from '$lib/scenes/spec';
import { layoutOf, prepareLayouts, provideLayouts } from '$lib/scenes/registry.svelte';
import { sceneContext } from '$lib/story/context';
import { allSteps } from '$lib/story/resolve';
import { fixtureStory } from './fixture';

const story = fixtureStory('zh-CN');
const ctx = sceneContext(story);
const steps = allSteps(story);
const SIZE = { width: 640, height: 420 };
const stepOf = (slug: string) => steps.find((s) => s.slug === slug)!;

/** The rectangles a drawn shape outlines, read back from its path. */
function squaresOf(d: string) {
	const squares = [...d.matchAll(/M([\d.]+) ([\d.]+)h([\d.]+)v([\d.]+)h-([\d.]+)z/g)].map((m) => ({
		x: +m[1]!,
		y: +m[2]!,
		w: +m[3]!,
		h: +m[4]!,
		back: +m[5]!
	}));
	// Nothing in the path but whole squares.
	expect(squares.map((s) => `M${s.x} ${s.y}h${s.w}v${s.h}h-${s.back}z`).join('')).toBe(d);
	for (const s of squares) expect(s.back).toBe(s.w);
	return squares.map(({ x, y, w, h }) => ({ x, y, w, h }));
}

describe('grouped squares', () => {
	// A grid in three tones, made from the fixture's counts: 7 highlighted of 12 filled of 30.
	const highlighted: SceneSpec = {
		type: 'unit-grid',
		total: 'canteen-count',
		filled: 'street-count',
		highlight: 'canteen-streets'
	};
	it.each([
		['park-share', stepOf('park-share').scene, 'cells', 100],
		['street-canteens', stepOf('street-canteens').scene, 'units', 12],
		['a unit grid in three tones', highlighted, 'units', 30],
		// March has 31 days.
		['report-date', stepOf('report-date').scene, 'days', 31]
	] as const)(
		'%s: every square of the group is drawn once, by tone, as one shape',
		(_name, spec, group, n) => {
			const marks = layouts.layoutScene(spec, ctx, SIZE);
			const grouped = marks.rects.filter((m) => m.group === group);
			expect(grouped.length).toBeGreaterThanOrEqual(n);
			const drawn = drawMarks(marks);
			const tones = [...new Set(grouped.map((m) => m.tone))];
			expect(drawn.groups.map((g) => g.key)).toEqual(tones.map((t) => `${group}-${t}`));
			for (const tone of tones) {
				const shape = drawn.groups.find((g) => g.key === `${group}-${tone}`)!;
				expect(shape.cls).toBe(`p t-${tone} fill`);
				const want = grouped
					.filter((m) => m.tone === tone)
					.map(({ x, y, w, h }) => ({ x, y, w, h }));
				expect(squaresOf(shape.d)).toEqual(want);
			}
			// The other rectangles (a part cell, outlines, legend swatches) are still drawn one by one.
			expect(drawn.rects.map((m) => m.key)).toEqual(
				marks.rects.filter((m) => !m.group).map((m) => m.key)
			);
		}
	);

	it('the shapes lie beneath the marks drawn one by one (a part cell over its empty square)', () => {
		const step = stepOf('park-share');
		provideLayouts(layouts);
		// The step's share (超过38%: dashed outlines after the filled squares), and the story's
		// estimate as a share (约58.3%: a part cell of 0.3).
		for (const spec of [step.scene, { type: 'share', figure: 'canteen-share' } as const]) {
			const html = render(Scene, {
				props: { spec, ctx, ...SIZE, id: 't', title: step.title, alt: step.alt }
			}).body;
			const firstShape = html.indexOf('<path class="p t-faint fill"');
			const firstRect = html.indexOf('<rect class="m');
			expect(firstShape).toBeGreaterThan(0);
			expect(firstRect).toBeGreaterThan(firstShape);
			// The hundred squares are two elements, not a hundred.
			expect(html.match(/<rect/g)!.length).toBeLessThan(5);
		}
	});
});

describe('classes', () => {
	const rect = (key: string, extra: Partial<RectMark> = {}): RectMark => ({
		key,
		x: 1,
		y: 2,
		w: 3,
		h: 4,
		tone: 'accent',
		...extra
	});
	const marks: Marks = {
		rects: [rect('a'), rect('b', { outline: true })],
		rules: [{ key: 'a', x1: 0, y1: 0, x2: 5, y2: 5, tone: 'faint', dashed: true }],
		texts: [{ key: 'a', x: 0, y: 10, text: '超过20%', size: 12 }],
		paths: [{ key: 'p', d: 'M0 0L1 1', tone: 'base', fill: true }]
	};

	it('marks the ones that join, asking by kind and key', () => {
		const asked: string[] = [];
		const drawn = drawMarks(marks, (key) => {
			asked.push(key);
			return key === 'rect:b' || key === 'text:a';
		});
		expect(asked.sort()).toEqual(['rect:a', 'rect:b', 'rule:a', 'text:a']);
		expect(drawn.rects.map((m) => m.cls)).toEqual(['m t-accent', 'm t-accent join outline']);
		expect(drawn.rules[0]!.cls).toBe('m t-faint dashed');
		expect(drawn.texts[0]!.cls).toBe('m t-ink join');
		expect(drawn.paths[0]!.cls).toBe('p t-base fill');
	});

	it('places marks by transform, a rectangle as a scaled unit square', () => {
		const drawn = drawMarks(marks);
		expect(drawn.rects[0]!.transform).toBe('translate(1px, 2px) scale(3, 4)');
		expect(drawn.rules[0]).toMatchObject({
			x2: 5,
			y2: 5,
			width: 1,
			transform: 'translate(0px, 0px)'
		});
		expect(drawn.texts[0]).toMatchObject({
			anchor: 'start',
			weight: undefined,
			baseline: undefined
		});
	});
});

describe('layouts computed once', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('gives the same marks for a scene at a size until the size changes', () => {
		const spy = vi.fn(layouts.layoutScene);
		const module = { ...layouts, layoutScene: spy };
		const spec = stepOf('industry-growth').scene;
		const first = layoutOf(module, spec, ctx, SIZE);
		expect(layoutOf(module, spec, ctx, { ...SIZE })).toBe(first);
		expect(spy).toHaveBeenCalledTimes(1);
		const phone = layoutOf(module, spec, ctx, { width: 360, height: 320 });
		expect(phone).not.toBe(first);
		expect(phone).toEqual(layouts.layoutScene(spec, ctx, { width: 360, height: 320 }));
		expect(spy).toHaveBeenCalledTimes(2);
	});

	it('lays the nearby scenes out in idle moments, one per moment, and stops when asked', () => {
		const idle: (() => void)[] = [];
		vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
		vi.stubGlobal('cancelIdleCallback', () => idle.splice(0));
		const spy = vi.fn(layouts.layoutScene);
		provideLayouts({ ...layouts, layoutScene: spy });
		const size = { width: 500, height: 400 };
		const specs = ['industry-growth', 'park-share', 'resident-income'].map(
			(slug) => stepOf(slug).scene
		);
		const stop = prepareLayouts(specs, ctx, size);
		expect(spy).not.toHaveBeenCalled();
		idle.shift()!();
		expect(spy).toHaveBeenCalledTimes(1);
		stop();
		expect(idle).toEqual([]);
		// What was laid out ahead is not laid out again when its step comes.
		layoutOf({ ...layouts, layoutScene: spy }, specs[0]!, ctx, size);
		expect(spy).toHaveBeenCalledTimes(1);
		layoutOf({ ...layouts, layoutScene: spy }, specs[1]!, ctx, size);
		expect(spy).toHaveBeenCalledTimes(2);
	});
});
