/**
 * A countable whole as cells, one per unit: 31 provinces, 97 sectors. Filled cells are the part the
 * source counts; highlighted cells a subset whose members it does not name, so they are drawn first.
 */
import type { UnitGridSpec } from '../spec';
import { emphasisSize, fig, phrase, r, wrapText } from '../marks';
import type { Marks, SceneContext, Size, Tone } from '../marks';

export function unitGrid(spec: UnitGridSpec, ctx: SceneContext, size: Size): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const total = fig(ctx, spec.total);
	const filled = spec.filled ? fig(ctx, spec.filled) : undefined;
	const highlight = spec.highlight ? fig(ctx, spec.highlight) : undefined;
	const notes = (spec.notes ?? []).map((id) => fig(ctx, id));
	const n = total.value;
	const k = filled?.value ?? n;
	const h = highlight?.value ?? 0;

	const wide = size.width >= 560;
	const legendLines = 1 + (filled ? 1 : 0) + (highlight ? 1 : 0) + notes.length;
	const gridW = wide ? size.width * 0.58 : size.width - 8;
	const gridH = wide ? size.height - 8 : size.height - legendLines * 26 - 24;
	// Columns near the box's shape: the largest cells win, with a lone cell on the last row counted
	// against them.
	const ideal = Math.max(1, Math.sqrt((n * gridW) / gridH));
	let cols = Math.max(1, Math.round(ideal));
	let best = -Infinity;
	for (let c = Math.max(1, Math.floor(ideal * 0.8)); c <= Math.ceil(ideal * 1.25); c++) {
		const empty = (c - (n % c)) % c;
		const cellSize = Math.min(gridW / c, gridH / Math.ceil(n / c), 72);
		const score = cellSize * (1 - (0.5 * empty) / c);
		if (score > best) {
			best = score;
			cols = c;
		}
	}
	const rows = Math.ceil(n / cols);
	const cell = Math.min(gridW / cols, gridH / rows, 72);
	const gap = Math.max(1.5, cell * 0.14);

	for (let i = 0; i < n; i++) {
		const tone: Tone = i < h ? 'highlight' : i < k ? 'accent' : 'faint';
		marks.rects.push({
			key: `unit-${i}`,
			x: r(4 + (i % cols) * cell),
			y: r(4 + Math.floor(i / cols) * cell),
			w: r(cell - gap),
			h: r(cell - gap),
			tone,
			group: 'units'
		});
	}

	// The legend: what the cells are, then each figure stated about them.
	const lx = wide ? 4 + cols * cell + 24 : 4;
	let ly = wide ? 24 : 4 + rows * cell + 28;
	const lw = wide ? size.width - lx - 4 : size.width - 8;
	// The figure in focus: the highlighted cells, else the filled ones, else the whole; on a
	// projector its line is larger.
	const focus = highlight ? 'legend-highlight' : filled ? 'legend-filled' : 'legend-total';
	const line = (key: string, text: string, tone: Tone | null, bold = false) => {
		const inFocus = key === focus;
		const fs = inFocus ? emphasisSize(size, 15, 15) : 15;
		if (inFocus && size.present) ly += fs - 15;
		for (const [i, part] of wrapText(text, lw - (tone ? 22 : 0), fs).entries()) {
			marks.texts.push({
				key: `${key}-${i}`,
				x: r(lx + (tone ? 22 : 0)),
				y: r(ly),
				text: part,
				size: fs,
				tone: 'ink',
				weight: (bold || inFocus) && i === 0 ? 'bold' : 'normal',
				emphasis: inFocus
			});
			if (i === 0 && tone)
				marks.rects.push({ key: `${key}-swatch`, x: r(lx), y: r(ly - 12), w: 14, h: 14, tone });
			ly += Math.round(fs * 1.45);
		}
		ly += 4;
	};
	line('legend-total', phrase(ctx, total.text, total.short), filled ? 'faint' : 'accent', true);
	if (filled) line('legend-filled', phrase(ctx, filled.text, filled.short), 'accent');
	if (highlight)
		line('legend-highlight', phrase(ctx, highlight.text, highlight.short), 'highlight');
	for (const note of notes) {
		const counted = note.unit !== '%';
		line(
			`legend-note-${note.id}`,
			counted ? phrase(ctx, note.text, note.short) : phrase(ctx, note.short, note.text),
			null
		);
	}
	return marks;
}
