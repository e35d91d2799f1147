/**
 * A named structure: a row of blocks per group, one block per item the source counts (三个重点、
 * 六类模式…). Blocks carry the item's name when the source gives it, and stay blank when it does not.
 */
import type { FrameworkSpec } from '../spec';
import { fig, r, wrapText, type Marks, type SceneContext, type Size } from '../marks';

export function framework(spec: FrameworkSpec, ctx: SceneContext, size: Size): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const width = size.width - 8;
	let y = 4;
	spec.groups.forEach((group, g) => {
		const f = fig(ctx, group.figure);
		const names = (group.names ?? []).flatMap((key) => ctx.names[key] ?? []);
		const n = f.value;
		marks.texts.push({
			key: `group-${f.id}`,
			x: 4,
			y: r(y + 22),
			text: `${f.text}${f.short}`,
			size: 20,
			weight: 'bold',
			tone: 'ink'
		});
		y += 36;
		// Named blocks are tiles wide enough for their names; blank ones are squares.
		const perRow = names.length ? Math.min(n, width >= 520 ? 3 : 2) : n;
		const gap = 8;
		const tileW = Math.min(names.length ? 220 : 56, (width - gap * (perRow - 1)) / perRow);
		const tileH = names.length ? 56 : tileW;
		for (let i = 0; i < n; i++) {
			const x = 4 + (i % perRow) * (tileW + gap);
			const ty = y + Math.floor(i / perRow) * (tileH + gap);
			marks.rects.push({
				key: `tile-${f.id}-${i}`,
				x: r(x),
				y: r(ty),
				w: r(tileW),
				h: r(tileH),
				tone: g % 2 ? 'highlight' : 'accent'
			});
			const name = names[i];
			if (name) {
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
		}
		y += Math.ceil(n / perRow) * (tileH + gap) + 20;
	});
	return marks;
}
