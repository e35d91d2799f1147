/**
 * Thousands of units, one cell each (4918 signed projects), drawn as a few pattern-filled blocks
 * rather than thousands of elements. A highlighted subset takes the first cells.
 */
import type { UnitsSpec } from '../spec';
import { emphasisSize, fig, labelled, r } from '../marks';
import type { CellGrid, Marks, SceneContext, Size } from '../marks';

export function units(spec: UnitsSpec, ctx: SceneContext, size: Size): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const whole = fig(ctx, spec.figure);
	const part = spec.highlight ? fig(ctx, spec.highlight) : undefined;
	const ratio = spec.share ? fig(ctx, spec.share) : undefined;
	const n = Math.round(whole.value);
	const k = part ? Math.round(part.value) : 0;

	const legend = [
		{
			key: 'whole',
			text: labelled(ctx, whole.short, whole.text),
			tone: part ? ('base' as const) : ('accent' as const)
		},
		...(part
			? [{ key: 'part', text: labelled(ctx, part.short, part.text), tone: 'highlight' as const }]
			: [])
	];
	// The figure in focus: the part once one is highlighted, else the whole; on a projector its
	// line is larger. Room for the longest legend the scene has (whole, part, share), so the grid
	// keeps its cells when the next step highlights a part of it.
	const focus = part ? 'part' : 'whole';
	const focusSize = emphasisSize(size, 15, 15);
	const lineH = size.present ? focusSize + 12 : 26;
	const top = 3 * lineH + 8;
	const availW = size.width - 8;
	const availH = size.height - top - 4;
	// The largest whole-pixel cell that fits all n cells in the space: whole pixels keep gaps even.
	let cell = Math.max(2, Math.floor(Math.sqrt((availW * availH) / n)));
	while (cell > 2 && Math.floor(availW / cell) * Math.floor(availH / cell) < n) cell -= 1;
	const cols = Math.floor(availW / cell);
	const grid: CellGrid = {
		x: 4,
		y: top,
		cols,
		size: r(cell),
		gap: cell >= 4 ? r(Math.max(0.6, cell * 0.18)) : 0
	};
	marks.cells = {
		grid,
		blocks: [
			...(k > 0 ? [{ key: 'cells-part', start: 0, end: k, tone: 'highlight' as const }] : []),
			{ key: 'cells-whole', start: k, end: n, tone: part ? ('base' as const) : ('accent' as const) }
		]
	};

	legend.forEach((item, i) => {
		const inFocus = item.key === focus;
		marks.rects.push({
			key: `legend-swatch-${item.key}`,
			x: 4,
			y: r(i * lineH + lineH / 2 - 5),
			w: 14,
			h: 14,
			tone: item.tone
		});
		marks.texts.push({
			key: `legend-${item.key}`,
			x: 26,
			y: r(i * lineH + lineH / 2 + 7),
			text: item.text,
			size: inFocus ? focusSize : 15,
			tone: 'ink',
			weight: i === 0 || inFocus ? 'bold' : 'normal',
			emphasis: inFocus
		});
	});
	if (ratio) {
		marks.texts.push({
			key: 'legend-ratio',
			x: 26,
			y: r(legend.length * lineH + lineH / 2 + 7),
			text: labelled(ctx, ratio.short, ratio.text),
			size: 15,
			tone: 'ink'
		});
	}
	return marks;
}
