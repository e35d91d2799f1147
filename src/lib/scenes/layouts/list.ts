/** Measures or instructions with no numbers, as a numbered list of wrapped lines. */
import type { ListSpec } from '../spec';
import { r, wrapText, type Marks, type SceneContext, type Size } from '../marks';

export function list(spec: ListSpec, ctx: SceneContext, size: Size): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const items = ctx.lists[spec.items];
	if (!items) throw new Error(`Unknown list ${spec.items}`);
	const width = size.width - 8;
	const fontSize = width < 420 ? 16 : 18;
	let y = 8;
	marks.texts.push({
		key: 'list-source',
		x: 4,
		y: r(y + 14),
		text: items.source,
		size: 14,
		tone: 'muted',
		weight: 'bold'
	});
	y += 36;
	items.items.forEach((item, i) => {
		const lines = wrapText(item, width - 36, fontSize);
		marks.rects.push({
			key: `item-bar-${i}`,
			x: 4,
			y: r(y),
			w: 6,
			h: r(lines.length * (fontSize + 8)),
			tone: 'accent'
		});
		lines.forEach((line, k) => {
			marks.texts.push({
				key: `item-${i}-${k}`,
				x: 24,
				y: r(y + fontSize + k * (fontSize + 8) - 2),
				text: line,
				size: fontSize,
				tone: 'ink'
			});
		});
		y += lines.length * (fontSize + 8) + 18;
	});
	return marks;
}
