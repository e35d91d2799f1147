/**
 * Marks as `Scene.svelte` writes them: each mark's class, transform and attributes as final
 * strings, computed in one pass with the layout. The component's template then only copies fields,
 * so drawing a mark costs Svelte one effect and no derived values of its own (a step to a new
 * scene creates about a hundred marks at once).
 */
import type { Marks, RectMark, TextMark, Tone } from './marks';

export interface DrawnRule {
	key: string;
	cls: string;
	x2: number;
	y2: number;
	width: number;
	transform: string;
}

export interface DrawnRect {
	key: string;
	cls: string;
	transform: string;
}

export interface DrawnPath {
	key: string;
	cls: string;
	d: string;
}

export interface DrawnText {
	key: string;
	cls: string;
	text: string;
	size: number;
	weight: number | undefined;
	anchor: 'start' | 'middle' | 'end';
	baseline: 'central' | 'hanging' | undefined;
	transform: string;
}

export interface Drawn {
	/** Grouped squares, one filled shape per group and tone, drawn first. */
	groups: DrawnPath[];
	rules: DrawnRule[];
	rects: DrawnRect[];
	paths: DrawnPath[];
	texts: DrawnText[];
}

const translate = (x: number, y: number) => `translate(${x}px, ${y}px)`;
const classes = (base: string, tone: Tone, flags: Record<string, boolean | undefined>) => {
	let cls = `${base} t-${tone}`;
	for (const name in flags) if (flags[name]) cls += ` ${name}`;
	return cls;
};

/** Squares of a group, by group and tone, as the outline of one shape each, in mark order. */
export function squareGroups(rects: RectMark[]): { key: string; tone: Tone; d: string }[] {
	const shapes = new Map<string, { key: string; tone: Tone; d: string }>();
	for (const m of rects) {
		if (!m.group) continue;
		const key = `${m.group}-${m.tone}`;
		let shape = shapes.get(key);
		if (!shape) shapes.set(key, (shape = { key, tone: m.tone, d: '' }));
		shape.d += `M${m.x} ${m.y}h${m.w}v${m.h}h${-m.w}z`;
	}
	return [...shapes.values()];
}

/** The SVG baseline of a text mark whose `y` is not its alphabetic baseline. */
export const svgBaseline = (m: TextMark): DrawnText['baseline'] =>
	m.baseline === 'middle' ? 'central' : m.baseline === 'hanging' ? 'hanging' : undefined;

/**
 * The marks as drawn. `joins(key)` says whether the mark fades in as it is created (it joins a
 * scene already on screen); keys are prefixed by kind (`rule:`, `rect:`, `text:`), as the kinds'
 * keys may repeat across kinds.
 */
export function drawMarks(marks: Marks, joins: (key: string) => boolean = () => false): Drawn {
	return {
		groups: squareGroups(marks.rects).map(({ key, tone, d }) => ({
			key,
			cls: `p t-${tone} fill`,
			d
		})),
		rules: marks.rules.map((m) => ({
			key: m.key,
			cls: classes('m', m.tone, { join: joins(`rule:${m.key}`), dashed: m.dashed }),
			x2: m.x2 - m.x1,
			y2: m.y2 - m.y1,
			width: m.width ?? 1,
			transform: translate(m.x1, m.y1)
		})),
		rects: marks.rects
			.filter((m) => !m.group)
			.map((m) => ({
				key: m.key,
				cls: classes('m', m.tone, { join: joins(`rect:${m.key}`), outline: m.outline }),
				transform: `${translate(m.x, m.y)} scale(${m.w}, ${m.h})`
			})),
		paths: marks.paths.map((m) => ({
			key: m.key,
			cls: classes('p', m.tone, { fill: m.fill, dashed: m.dashed }),
			d: m.d
		})),
		texts: marks.texts.map((m) => ({
			key: m.key,
			cls: classes('m', m.tone ?? 'ink', { join: joins(`text:${m.key}`), em: m.emphasis }),
			text: m.text,
			size: m.size,
			weight: m.weight === 'bold' ? 700 : undefined,
			anchor: m.anchor ?? 'start',
			baseline: svgBaseline(m),
			transform: translate(m.x, m.y)
		}))
	};
}
