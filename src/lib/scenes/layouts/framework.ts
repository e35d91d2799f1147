/**
 * A named structure: a row of blocks per group, one block per item the source counts (三个重点、
 * 六类模式…). Blocks carry the item's name when the source gives it, and stay blank when it does not.
 * Blocks shrink until every group fits the box.
 */
import type { FrameworkSpec } from '../spec';
import { emphasisSize, fig, phrase, r, textWidth, wrapText } from '../marks';
import type { Marks, SceneContext, Size } from '../marks';

const GAP = 8;
const AFTER = 20;
/** Each group's count and name, over its blocks: the figures in focus. */
const COUNT = 20;

export function framework(spec: FrameworkSpec, ctx: SceneContext, size: Size): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const width = size.width - 8;
	const countSize = emphasisSize(size, COUNT, 15);
	const HEAD = countSize + 16;
	const groups = spec.groups.map((group) => ({
		f: fig(ctx, group.figure),
		names: (group.names ?? []).flatMap((key) => ctx.names[key] ?? [])
	}));

	// Named tiles are as wide as their longest name needs; blank ones are squares.
	const layoutAt = (scale: number) =>
		groups.map(({ f, names }) => {
			const n = f.value;
			const minW = names.length
				? Math.max(72, ...names.map((name) => Math.min(textWidth(name, 15) + 24, 200))) * scale
				: 56 * scale;
			const perRow = Math.max(1, Math.min(n, Math.floor((width + GAP) / (minW + GAP))));
			const tileW = names.length
				? Math.min(220 * scale, (width - GAP * (perRow - 1)) / perRow)
				: minW;
			const tileH = names.length ? 56 * Math.max(scale, 0.8) : tileW;
			const rows = Math.ceil(n / perRow);
			return { perRow, tileW, tileH, height: HEAD + rows * (tileH + GAP) + AFTER };
		});
	let scale = 1;
	let plan = layoutAt(scale);
	while (scale > 0.4 && plan.reduce((sum, g) => sum + g.height, 0) > size.height - 4) {
		scale -= 0.05;
		plan = layoutAt(scale);
	}

	let y = 4;
	groups.forEach(({ f, names }, g) => {
		const { perRow, tileW, tileH } = plan[g]!;
		marks.texts.push({
			key: `group-${f.id}`,
			x: 4,
			y: r(y + countSize + 2),
			text: phrase(ctx, f.text, f.short),
			size: countSize,
			weight: 'bold',
			tone: 'ink',
			emphasis: true
		});
		y += HEAD;
		for (let i = 0; i < f.value; i++) {
			const x = 4 + (i % perRow) * (tileW + GAP);
			const ty = y + Math.floor(i / perRow) * (tileH + GAP);
			marks.rects.push({
				key: `tile-${f.id}-${i}`,
				x: r(x),
				y: r(ty),
				w: r(tileW),
				h: r(tileH),
				tone: g % 2 ? 'highlight' : 'accent'
			});
			const name = names[i];
			if (!name) continue;
			const lines = wrapText(name, tileW - 12, 15);
			lines.forEach((line, k) => {
				marks.texts.push({
					key: `tile-name-${f.id}-${i}-${k}`,
					x: r(x + tileW / 2),
					y: r(ty + tileH / 2 + (k - (lines.length - 1) / 2) * 19),
					text: line,
					size: 15,
					tone: 'paper',
					weight: 'bold',
					anchor: 'middle',
					baseline: 'middle'
				});
			});
		}
		y += Math.ceil(f.value / perRow) * (tileH + GAP) + AFTER;
	});
	return marks;
}
