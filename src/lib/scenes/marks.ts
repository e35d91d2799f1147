/**
 * The marks every scene's layout returns: plain data, drawn by `MarkLayer.svelte`. Keys are stable
 * across steps, so a mark that appears in two consecutive steps moves instead of blinking.
 */
import type { FigureView, UiKey } from '$lib/story/types';
import { languageOf, type Locale } from '$lib/languages';
import { QUALIFIERS, type Direction } from '$lib/data/vocab';

/** Semantic colours; `MarkLayer.svelte` maps them to a palette readable in colour-blind vision and in print. */
export type Tone = 'ink' | 'muted' | 'faint' | 'base' | 'accent' | 'highlight' | 'ghost' | 'paper';

export interface RectMark {
	key: string;
	x: number;
	y: number;
	w: number;
	h: number;
	tone: Tone;
	/** Drawn as a dashed outline, not filled: a target, or a bound beyond the drawn value. */
	outline?: boolean;
	/**
	 * One of many squares that stand still within their scene (a hundred for a share, a cell per
	 * province): a group's squares of one tone are drawn as one shape, beneath the other marks.
	 */
	group?: string;
}

export interface TextMark {
	key: string;
	x: number;
	y: number;
	text: string;
	size: number;
	tone?: Tone;
	anchor?: 'start' | 'middle' | 'end';
	weight?: 'normal' | 'bold';
	/** The value label of a figure the step puts in focus: on a projector, drawn larger. */
	emphasis?: boolean;
	/** Where `y` sits on the text: its middle, or the baseline (default). */
	baseline?: 'middle' | 'alphabetic' | 'hanging';
}

export interface RuleMark {
	key: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	tone: Tone;
	dashed?: boolean;
	width?: number;
}

/** A block of equal cells drawn with one pattern: thousands of units at the cost of a few elements. */
export interface CellsMark {
	key: string;
	/** Cells in reading order, from `start` (inclusive) to `end` (exclusive). */
	start: number;
	end: number;
	tone: Tone;
}

export interface CellGrid {
	x: number;
	y: number;
	cols: number;
	size: number;
	gap: number;
}

export interface PathMark {
	key: string;
	d: string;
	tone: Tone;
	fill?: boolean;
	dashed?: boolean;
}

export interface Marks {
	rects: RectMark[];
	texts: TextMark[];
	rules: RuleMark[];
	paths: PathMark[];
	/** Pattern-filled cells on one grid (the units scene). */
	cells?: { grid: CellGrid; blocks: CellsMark[] };
}

export const emptyMarks = (): Marks => ({ rects: [], texts: [], rules: [], paths: [] });

export interface Size {
	width: number;
	height: number;
	/**
	 * Laid out for presentation mode's stage: the value labels of the step's figures in focus are
	 * drawn at least EMPHASIS times the scene's smallest type, and bars take their labels beside.
	 */
	present?: boolean;
}

/**
 * On a projector, the value of a figure in focus is read from the back of the room: 3.7% of the
 * screen's height, where the smallest chart text is 2.2% (presentation draws a scene so that its
 * smallest text is exactly that): 1.7 times the scene's smallest type.
 */
export const EMPHASIS = 1.7;

/** The size of a value label in focus: `normal`, and on a projector at least EMPHASIS × `smallest`. */
export const emphasisSize = (size: Size, normal: number, smallest: number) =>
	size.present ? Math.max(normal, Math.ceil(smallest * EMPHASIS)) : normal;

/** The smallest text of a scene (or of its value labels in focus), in its own units. */
export const smallestType = (marks: Marks, emphasised = false) =>
	Math.min(
		...marks.texts.filter((t) => t.text.trim() && (!emphasised || t.emphasis)).map((t) => t.size),
		Infinity
	);

/** How much larger than the smallest chart text a value in focus is drawn: 3.7% against 2.2%. */
const FOCUS_RATIO = 3.7 / 2.2;

/**
 * Lays a scene out for presentation: at the size that, drawn to fill `box`, draws its smallest
 * text `minType` pixels tall, and its value labels in focus FOCUS_RATIO times that (a scene whose
 * only text is in focus is drawn larger for it). The type depends a little on the size (a
 * calendar's day numbers follow its cells), so the scale is found in a few rounds.
 */
export function fitToType(
	lay: (size: Size) => Marks,
	box: { width: number; height: number },
	minType: number
): { marks: Marks; size: Size; scale: number } {
	let scale = Math.max(1, minType / 11);
	let size: Size = { width: 0, height: 0 };
	let marks = emptyMarks();
	for (let round = 0; round < 4; round++) {
		size = {
			width: Math.max(260, Math.floor(box.width / scale)),
			height: Math.max(180, Math.floor(box.height / scale)),
			present: true
		};
		marks = lay(size);
		const smallest = smallestType(marks);
		const focus = smallestType(marks, true);
		const next = Number.isFinite(smallest)
			? Math.max(
					1,
					minType / smallest,
					Number.isFinite(focus) ? (minType * FOCUS_RATIO) / focus : 1
				)
			: scale;
		if (next <= scale * 1.005 && next >= scale * 0.98) break;
		scale = next;
	}
	// Drawn to fill the box: never smaller than the type asks for.
	return { marks, size, scale: Math.min(box.width / size.width, box.height / size.height) };
}

/** What a layout may read besides its settings: resolved figures and the locale's labels. */
export interface SceneContext {
	locale: Locale;
	/** The year of the source's date, for a calendar. */
	year: number;
	figures: Record<string, FigureView>;
	names: Record<string, string[]>;
	lists: Record<string, { source: string; items: string[] }>;
	ui: Record<UiKey, string>;
}

/** Looks a figure up, failing loudly with the id: the resolver has checked every id already. */
export function fig(ctx: SceneContext, id: string): FigureView {
	const f = ctx.figures[id];
	if (!f) throw new Error(`Scene asks for unknown figure ${id}`);
	return f;
}

export const direction = (f: FigureView): Direction => QUALIFIERS[f.qualifier].direction;

/** Approximate width of a label: CJK characters are one em, digits about 0.6, "%" nearly one. */
export function textWidth(text: string, size: number, bold = false): number {
	let ems = 0;
	for (const ch of text) {
		if (/[\u2E80-\uFFEF]/.test(ch)) ems += 1;
		else if (ch === '%') ems += 0.9;
		else if (/[\s.,:;!|'’()]/.test(ch)) ems += 0.32;
		else if (/[MWmw]/.test(ch)) ems += 0.86;
		else if (/[A-Z]/.test(ch)) ems += 0.7;
		else ems += 0.6;
	}
	return ems * size * (bold ? 1.06 : 1);
}

/** Punctuation that closes: it never starts a line (Chinese typesetting's 避头). */
const CLOSING = '，。、；：！？）》”’,.;:!?)';
/** Punctuation that opens: it never ends a line. */
const OPENING = '（《“‘(';
const CJK = /[\u2E80-\uFFEF]/;
/** What a line may break between: a bracketed note, a figure, a character, a Latin word. */
const PIECES = new RegExp(
	[
		String.raw`[(（][^()（）]{1,8}[)）][${CLOSING}]*`,
		String.raw`(?:超过|超|突破|近|约|不到)?\d+(?:[.,]\d+)*[^\s\d(（]{0,4}?(?:以上)?(?=[\s${CLOSING}]|$)[${CLOSING}]*`,
		String.raw`[${OPENING}]*[\u2E80-\uFFEF][${CLOSING}]*`,
		String.raw`[^\s\u2E80-\uFFEF]+[${CLOSING}]*\s*`,
		String.raw`\s+`
	].join('|'),
	'g'
);

/**
 * Breaks text into lines that fit `maxWidth`. Chinese breaks between characters, but keeps a
 * figure (超过1.2万亿元), a bracketed note (（推算）) and Latin words whole, never starts a line with
 * closing punctuation nor ends one with opening punctuation, and never leaves one character
 * alone on the last line (a lone 入 under 云计算、大数据服务收): it takes one more from the line above.
 */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
	const pieces = text.match(PIECES) ?? [];
	const lines: string[][] = [];
	let line: string[] = [];
	const width = (parts: string[]) => textWidth(parts.join(''), size);
	for (const piece of pieces) {
		if (line.join('').trim() && width([...line, piece]) > maxWidth) {
			lines.push(line);
			line = piece.trim() ? [piece.trimStart()] : [];
		} else {
			line.push(piece);
		}
	}
	if (line.join('').trim()) lines.push(line);
	// A last line of one character (with its punctuation) takes a piece from the line above.
	const last = lines.at(-1);
	const above = lines.at(-2);
	if (last && above && above.length > 1) {
		const shown = last.join('').replace(new RegExp(`[${CLOSING}\\s]`, 'g'), '');
		if ([...shown].length === 1 && CJK.test(shown)) last.unshift(above.pop()!);
	}
	return lines.map((l) => l.join('').trim());
}

/** A number and its noun as one phrase: 31个省份 in Chinese, "31 provinces" in English. */
export const phrase = (ctx: SceneContext, first: string, second: string) =>
	languageOf(ctx.locale).typography.phrase(first, second);

/** A label and its value: 亿元以上签约项目4918个 in Chinese, "Signed projects …: 4,918" in English. */
export const labelled = (ctx: SceneContext, label: string, value: string) =>
	languageOf(ctx.locale).typography.labelled(label, value);

/** The same where Chinese sets the value off by a space: 贡献率 23.3%, "Contribution rate: 23.3%". */
export const spaced = (ctx: SceneContext, label: string, value: string) =>
	languageOf(ctx.locale).typography.spaced(label, value);

/** A figure's short label with its period as the source gives it, if it gives one: 软件业务收入（1—5月）. */
export const labelWithTag = (f: FigureView, ctx: SceneContext) =>
	f.periodTag ? ctx.ui.tag.replace('%label%', f.short).replace('%tag%', f.periodTag) : f.short;

/** Rounds coordinates so snapshots and SSR output are stable and small. */
export const r = (n: number) => Math.round(n * 10) / 10;

/** The vertical span the marks take, for placing the scene in the middle of its box. */
export function verticalExtent(marks: Marks): { top: number; bottom: number } {
	let top = Infinity;
	let bottom = -Infinity;
	const take = (a: number, b: number) => {
		top = Math.min(top, a, b);
		bottom = Math.max(bottom, a, b);
	};
	for (const m of marks.rects) take(m.y, m.y + m.h);
	for (const m of marks.rules) take(m.y1, m.y2);
	for (const m of marks.texts) take(m.y - m.size, m.y + m.size * 0.3);
	if (marks.cells) {
		const { grid, blocks } = marks.cells;
		const last = Math.max(...blocks.map((b) => b.end), 0);
		take(grid.y, grid.y + Math.ceil(last / grid.cols) * grid.size);
	}
	return top <= bottom ? { top, bottom } : { top: 0, bottom: 0 };
}
