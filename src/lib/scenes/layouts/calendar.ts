/** A month as a calendar, its marked dates coloured and named underneath. */
import type { CalendarSpec } from '../spec';
import type { FigureView } from '$lib/story/types';
import { languageOf } from '$lib/languages';
import { emphasisSize, fig, r, type Marks, type SceneContext, type Size } from '../marks';

export function calendar(spec: CalendarSpec, ctx: SceneContext, size: Size): Marks {
	const marks: Marks = { rects: [], texts: [], rules: [], paths: [] };
	const marked = spec.dates.map((id) => fig(ctx, id));
	const month = marked[0]?.month ?? 1;
	const year = ctx.year;
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	// Weeks start on Monday, as Chinese calendars do.
	const offset = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
	const rows = Math.ceil((offset + days) / 7);
	// The legend names each date; the step's newest one is the date in focus.
	const legendSize = emphasisSize(size, 14, 13);
	const legendLine = Math.max(26, legendSize + 10);
	const legendH = marked.length * legendLine + 12;
	const headerH = 64;
	const cell = Math.min(72, (size.width - 8) / 7, (size.height - headerH - legendH) / rows);
	const x0 = 4;
	const y0 = headerH;

	marks.texts.push({
		key: 'month',
		x: x0,
		y: 24,
		text: ctx.ui.monthTitle
			.replace('%year%', String(year))
			.replace('%monthName%', languageOf(ctx.locale).numbers.months[month - 1] ?? '')
			.replace('%month%', String(month)),
		size: 20,
		weight: 'bold',
		tone: 'ink'
	});
	[...ctx.ui.weekdays].forEach((name, i) => {
		marks.texts.push({
			key: `weekday-${i}`,
			x: r(x0 + i * cell + cell / 2),
			y: 52,
			text: name,
			size: 13,
			tone: 'muted',
			anchor: 'middle'
		});
	});
	for (let d = 1; d <= days; d++) {
		const i = offset + d - 1;
		const x = x0 + (i % 7) * cell;
		const y = y0 + Math.floor(i / 7) * cell;
		const at = marked.findIndex((f) => f.month === month && f.value === d);
		// The first date listed keeps one colour in every step; the dates added to it stand out.
		const tone = at < 0 ? 'faint' : at === 0 ? 'accent' : 'highlight';
		marks.rects.push({
			key: `day-${d}`,
			x: r(x + 2),
			y: r(y + 2),
			w: r(cell - 4),
			h: r(cell - 4),
			tone,
			group: 'days'
		});
		marks.texts.push({
			key: `day-label-${d}`,
			x: r(x + cell / 2),
			y: r(y + cell / 2),
			text: String(d),
			// Numbers follow their cells, but never smaller than a chart's smallest text.
			size: Math.max(11, Math.min(18, cell * 0.34)),
			tone: at < 0 ? 'ink' : 'paper',
			weight: at < 0 ? 'normal' : 'bold',
			anchor: 'middle',
			baseline: 'middle'
		});
	}
	legendMarks(marks, marked, { x0, ly: y0 + rows * cell + 24, legendSize, legendLine });
	return marks;
}

/** The legend: each date and its name; the first keeps one colour, the last is the one in focus. */
function legendMarks(
	marks: Marks,
	marked: FigureView[],
	{
		x0,
		ly,
		legendSize,
		legendLine
	}: { x0: number; ly: number; legendSize: number; legendLine: number }
) {
	marked.forEach((f, k) => {
		const tone = k === 0 ? 'accent' : 'highlight';
		marks.rects.push({
			key: `legend-swatch-${f.id}`,
			x: x0,
			y: r(ly + k * legendLine - 12),
			w: 14,
			h: 14,
			tone
		});
		marks.texts.push({
			key: `legend-${f.id}`,
			x: x0 + 22,
			y: r(ly + k * legendLine),
			text: `${f.text} ${f.short}`,
			...(k === marked.length - 1
				? { size: legendSize, weight: 'bold' as const, emphasis: true }
				: { size: 14 }),
			tone: 'ink'
		});
	});
}
