/**
 * Nested squares whose areas are the counts, anchored at one corner: 2400余 → 241 → 5个以上.
 * A target is drawn as a dashed outline (it has not happened yet); a lower bound (余) gets a dashed
 * edge just outside its square.
 */
import type { FunnelSpec } from '../spec';
import {
	direction,
	fig,
	r,
	wrapText,
	type Marks,
	type SceneContext,
	type Size,
	type Tone
} from '../marks';

const TONES: Tone[] = ['faint', 'accent', 'highlight'];
/** Room for the legend: entries the scene ever shows, so the squares keep their size between steps. */
const ENTRIES = 3;

export function funnel(spec: FunnelSpec, ctx: SceneContext, size: Size): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const figures = spec.figures.map((id) => fig(ctx, id));
	const ratio = spec.ratio ? fig(ctx, spec.ratio) : undefined;
	const wide = size.width >= 560;
	const lw = wide ? size.width * 0.4 - 28 : size.width - 8;
	const ratioLines = ratio ? wrapText(`${ratio.short} ${ratio.text}`, lw, 14) : [];
	const legendH = wide ? 0 : ENTRIES * 44 + ratioLines.length * 18 + 36;
	const side = Math.min(wide ? size.width * 0.58 : size.width - 12, size.height - 12 - legendH);
	const x0 = 4;
	const bottom = 8 + side;
	const max = figures[0]!.value;

	figures.forEach((f, i) => {
		const s = side * Math.sqrt(f.value / max);
		const target = f.kind === 'target';
		marks.rects.push({
			key: `square-${f.id}`,
			x: x0,
			y: r(bottom - s),
			w: r(s),
			h: r(s),
			tone: target ? 'ink' : (TONES[i] ?? 'accent'),
			outline: target
		});
		if (!target && direction(f) === 'above') {
			const d = 5;
			marks.paths.push({
				key: `square-more-${f.id}`,
				d: `M${r(x0)},${r(bottom - s - d)}H${r(x0 + s + d)}V${r(bottom)}`,
				tone: 'ink',
				dashed: true
			});
		}
	});

	// Names and numbers beside the squares (under them on a phone), largest first.
	const lx = wide ? x0 + side + 28 : x0;
	let ly = wide ? 28 : bottom + 36;
	figures.forEach((f, i) => {
		const target = f.kind === 'target';
		marks.rects.push({
			key: `legend-swatch-${f.id}`,
			x: r(lx),
			y: r(ly - 13),
			w: 14,
			h: 14,
			tone: target ? 'ink' : (TONES[i] ?? 'accent'),
			outline: target
		});
		marks.texts.push({
			key: `legend-value-${f.id}`,
			x: r(lx + 22),
			y: r(ly),
			text: f.text,
			size: 20,
			weight: 'bold',
			tone: 'ink'
		});
		const lines = wrapText(f.short, lw - 22, 14);
		lines.forEach((line, k) => {
			marks.texts.push({
				key: `legend-label-${f.id}-${k}`,
				x: r(lx + 22),
				y: r(ly + 20 + k * 18),
				text: line,
				size: 14,
				tone: 'muted'
			});
		});
		ly += 44 + (lines.length - 1) * 18;
	});
	ratioLines.forEach((line, k) => {
		marks.texts.push({
			key: `ratio-${k}`,
			x: r(lx),
			y: r(ly + 8 + k * 18),
			text: line,
			size: 14,
			tone: 'ink'
		});
	});
	return marks;
}
