// The story's test: it lays out this story's 41 steps, its growth charts and its shares.
/**
 * Every one of this story's 41 steps laid out at a phone's, a desktop's and the snapshot's size,
 * sound and inside its box; its growth charts, each bar in proportion, keys kept from one of its
 * steps to the next; its shares with their bounds. (What every layout must do, for any story, is
 * tests/engine/layouts*.test.ts, on the fixture and hand-made scenes.)
 */
import { describe, expect, it } from 'vitest';
import { LAYOUTS, layoutScene } from '$lib/scenes/layouts';
import type { Marks } from '$lib/scenes/marks';
import { SCENE_TYPES, type SceneSpec } from '$lib/scenes/spec';
import {
	ALL_SIZES,
	bottomOf,
	expectSaneMarks,
	rect,
	rule,
	SIZES,
	SNAPSHOT,
	text,
	textSpan
} from '../support/marks';
import { ctx, steps } from './story-scenes';

describe('the story uses every scene type', () => {
	it('has at least one step of each of the 13 types', () => {
		const used = new Set(steps.map((s) => s.scene.type));
		expect([...used].sort()).toEqual([...SCENE_TYPES].sort());
	});
});

describe('every step of the story', () => {
	const cases = steps.flatMap((step) =>
		ALL_SIZES.map(([name, size]) => [step.slug, name, step.scene, size] as const)
	);

	it.each(cases)(
		'%s (%s): unique keys, finite numbers, no text left of the box',
		(_slug, _name, scene, size) => {
			expectSaneMarks(layoutScene(scene, ctx, size), size);
		}
	);

	it.each(steps.map((s) => [s.slug, s.scene] as const))(
		'%s: everything drawn stays within the box height at phone and desktop sizes',
		(_slug, scene) => {
			for (const [name, size] of ALL_SIZES) {
				const bottom = bottomOf(layoutScene(scene, ctx, size));
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

const growthSteps = steps.filter((s) => s.scene.type === 'growth-bars');
const figuresOf = (scene: SceneSpec) => (scene.type === 'growth-bars' ? scene.figures : []);

describe('growth-bars', () => {
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
});

describe('growth-bars from step to step', () => {
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
});

describe('share', () => {
	const cells = (marks: Marks) => marks.rects.filter((m) => /^cell-\d+$/.test(m.key));
	const outlines = (marks: Marks) => marks.rects.filter((m) => m.outline);

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

	it.each(['manufacturing-share-of-gdp', 'equipment-manufacturing-share'])(
		'a share that is not a lower bound (%s) has no dashed outline',
		(id) => {
			const marks = LAYOUTS.share({ type: 'share', figure: id }, ctx, SNAPSHOT);
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
