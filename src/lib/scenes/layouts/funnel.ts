/**
 * Nested squares whose areas are the counts, anchored at one corner: 2400余 → 241 → 5个以上.
 * A target is drawn as a dashed outline: it has not happened yet.
 */
import type { FunnelSpec } from '../spec';
import { fig, r, wrapText, type Marks, type SceneContext, type Size, type Tone } from '../marks';

const TONES: Tone[] = ['faint', 'accent', 'highlight'];

export function funnel(spec: FunnelSpec, ctx: SceneContext, size: Size): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const figures = spec.figures.map((id) => fig(ctx, id));
	const wide = size.width >= 560;
	const legendH = wide ? 0 : figures.length * 44 + 40;
	const side = Math.min(wide ? size.width * 0.55 : size.width - 8, size.height - 8 - legendH);
	const x0 = 4;
	const bottom = 4 + side;
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
	});

	// Names and numbers beside the squares (under them on a phone), top to bottom, largest first.
	const lx = wide ? x0 + side + 28 : x0;
	let ly = wide ? 28 : bottom + 36;
	const lw = wide ? size.width - lx - 4 : size.width - 8;
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
		wrapText(f.short, lw - 22, 14).forEach((line, k) => {
			marks.texts.push({
				key: `legend-label-${f.id}-${k}`,
				x: r(lx + 22),
				y: r(ly + 20 + k * 18),
				text: line,
				size: 14,
				tone: 'muted'
			});
		});
		ly += 44 + (wrapText(f.short, lw - 22, 14).length - 1) * 18;
	});
	if (spec.ratio) {
		const ratio = fig(ctx, spec.ratio);
		for (const [k, line] of wrapText(`${ratio.short} ${ratio.text}`, lw, 14).entries()) {
			marks.texts.push({
				key: `ratio-${k}`,
				x: r(lx),
				y: r(ly + 8 + k * 18),
				text: line,
				size: 14,
				tone: 'ink'
			});
		}
	}
	return marks;
}
