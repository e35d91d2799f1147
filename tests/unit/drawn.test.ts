/**
 * How marks reach the page: classes that say which marks join a scene on screen, and layouts
 * computed once per scene and size, ahead of the step when the browser is idle.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import content from '$content/zh-CN';
import { drawMarks } from '$lib/scenes/drawn';
import * as layouts from '$lib/scenes/layouts';
import type { Marks, RectMark } from '$lib/scenes/marks';
import { layoutOf, prepareLayouts, provideLayouts } from '$lib/scenes/registry.svelte';
import { loadDataset } from '$lib/server/read-data';
import { sceneContext } from '$lib/story/context';
import { allSteps, buildStory } from '$lib/story/resolve';

const story = buildStory(content, loadDataset('data'));
const ctx = sceneContext(story);
const steps = allSteps(story);
const SIZE = { width: 640, height: 420 };
const stepOf = (slug: string) => steps.find((s) => s.slug === slug)!;

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
		const specs = ['high-tech-growth', 'high-tech-contribution', 'digital-industry'].map(
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
