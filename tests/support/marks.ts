/**
 * Reading a scene's marks in tests, and making figures by hand: what the layout tests of the
 * engine (on the fixture story and hand-made figures) and of the story (on its own steps) share.
 */
import { expect } from 'vitest';
import type { Kind, Period, Qualifier, Unit } from '$lib/data/vocab';
import { formatFigure } from '$lib/format';
import {
	textWidth,
	type Marks,
	type RectMark,
	type RuleMark,
	type SceneContext,
	type Size,
	type TextMark
} from '$lib/scenes/marks';
import type { SceneSpec } from '$lib/scenes/spec';
import type { FigureView, StepView } from '$lib/story/types';

export const PHONE: Size = { width: 390, height: 480 };
export const DESKTOP: Size = { width: 900, height: 640 };
export const SNAPSHOT: Size = { width: 640, height: 420 };
export const SIZES = [
	['phone', PHONE],
	['desktop', DESKTOP]
] as const;
export const ALL_SIZES = [...SIZES, ['snapshot', SNAPSHOT]] as const;

/** The scene of a step, by slug, checked to be of the type a test expects. */
export function sceneOf<T extends SceneSpec['type']>(
	steps: readonly StepView[],
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
export function byKey<M extends { key: string }>(marks: M[], key: string): M {
	const m = marks.find((x) => x.key === key);
	if (!m) throw new Error(`No mark ${key} among ${marks.map((x) => x.key).join(', ')}`);
	return m;
}
export const rect = (marks: Marks, key: string): RectMark => byKey(marks.rects, key);
export const text = (marks: Marks, key: string): TextMark => byKey(marks.texts, key);
export const rule = (marks: Marks, key: string): RuleMark => byKey(marks.rules, key);
export const keysWith = (ms: { key: string }[], prefix: string) =>
	ms.filter((m) => m.key.startsWith(prefix)).map((m) => m.key);
export const allTexts = (marks: Marks) => marks.texts.map((t) => t.text);

/** Where a text's ink starts and ends horizontally, estimated as the layouts estimate it. */
export function textSpan(t: TextMark): [number, number] {
	const w = textWidth(t.text, t.size, t.weight === 'bold');
	const anchor = t.anchor ?? 'start';
	const x0 = anchor === 'start' ? t.x : anchor === 'middle' ? t.x - w / 2 : t.x - w;
	return [x0, x0 + w];
}

/** A figure as a story resolves it (in Chinese), from the few fields a case needs. */
export function figure(
	id: string,
	value: number,
	unit: Unit,
	extra: {
		qualifier?: Qualifier;
		kind?: Kind;
		period?: Period;
		periodTag?: string;
		short?: string;
		month?: number;
		numerals?: 'hanzi';
	} = {}
): FigureView {
	const {
		qualifier = 'exact',
		kind = 'count',
		period = 'stated',
		periodTag = '',
		short = id,
		...rest
	} = extra;
	const base = { value, unit, qualifier, ...rest };
	return {
		id,
		label: short,
		chapter: 'hand',
		kind,
		period,
		...base,
		source: null,
		derivation: null,
		short,
		text: formatFigure(base, 'zh-CN'),
		periodLabel: period,
		periodTag,
		kindLabel: kind,
		formula: null
	};
}

/** A context with some figures, names or lists added. */
export const withFigures = (
	ctx: SceneContext,
	figures: FigureView[],
	more: Partial<Pick<SceneContext, 'names' | 'lists'>> = {}
): SceneContext => ({
	...ctx,
	figures: { ...ctx.figures, ...Object.fromEntries(figures.map((f) => [f.id, f])) },
	names: { ...ctx.names, ...more.names },
	lists: { ...ctx.lists, ...more.lists }
});

/** Unique keys, finite numbers, no rect of negative size, no empty text, no text out of the width. */
export function expectSaneMarks(marks: Marks, size: Size) {
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
			? [...Object.values(marks.cells.grid), ...marks.cells.blocks.flatMap((b) => [b.start, b.end])]
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
		expect(textSpan(t)[0], `${t.key} "${t.text}" starts left of the box`).toBeGreaterThanOrEqual(0);
		expect(
			textSpan(t)[1],
			`${t.key} "${t.text}" runs past the right of the box`
		).toBeLessThanOrEqual(size.width + 1);
	}
}

/** The lowest thing drawn: every rect, text and rule ends above it. */
export function bottomOf(marks: Marks): number {
	return Math.max(
		...marks.rects.map((m) => m.y + m.h),
		...marks.texts.map((m) => m.y + m.size * 0.3),
		...marks.rules.map((m) => Math.max(m.y1, m.y2))
	);
}
