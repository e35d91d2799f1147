/**
 * A scene as a standalone SVG: the marks `Scene.svelte` draws, written with plain attributes —
 * colours as values, positions as SVG transforms, its own list of fonts — so that the file draws
 * the same picture anywhere: pasted into a slide, opened by an image viewer, or rendered to PNG at
 * build time. No CSS variables, classes or page styles: nothing it depends on is left behind.
 *
 * It draws what the page draws (see Scene.svelte and scene.css): grouped squares first, then
 * rules, rectangles, paths and texts, the scene shifted a little above the middle of its box.
 */
import { fileFonts, SOURCE_LOCALE } from '$lib/languages';
import { cellSegments } from './cells';
import { squareGroups, svgBaseline } from './drawn';
import { verticalExtent, wrapText, type Marks, type Size, type Tone } from './marks';

/** A colour for every tone: the page's light palette (see app.css). */
export type Palette = Record<Tone, string>;
export const TONES: readonly Tone[] = [
	'ink',
	'muted',
	'faint',
	'base',
	'accent',
	'highlight',
	'ghost',
	'paper'
];

/**
 * The fonts a standalone file asks for, unless told: the source language's, first the one the
 * build renders images with (a copy of it comes from the npm registry; see
 * $lib/server/images/fonts), then the page's own list. Each language's are in `$lib/languages`.
 */
export const STANDALONE_FONTS = fileFonts(SOURCE_LOCALE);

/** Escapes text and attribute values for XML. */
export const xml = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);

/** A number as markup writes it: at most two decimals, no negative zero. */
const n = (value: number) => {
	const r = Math.round(value * 100) / 100;
	return String(Object.is(r, -0) ? 0 : r);
};

const DASH = ' stroke-dasharray="4 3"';

/**
 * The marks of a scene as SVG elements, without the `<svg>` around them: to go into a file of its
 * own (`standaloneScene`) or into a larger picture (a link's preview card). `id` prefixes the ids
 * of its patterns, unique in the document.
 */
export function sceneMarkup(marks: Marks, size: Size, palette: Palette, id: string): string {
	const tone = (t: Tone) => palette[t];
	const out: string[] = [];
	if (marks.cells) {
		const { grid, blocks } = marks.cells;
		const tones = [...new Set(blocks.map((b) => b.tone))];
		const cell = n(Math.max(0.5, grid.size - grid.gap));
		out.push(
			'<defs>',
			...tones.map(
				(t) =>
					`<pattern id="${id}-cells-${t}" x="${n(grid.x)}" y="${n(grid.y)}" width="${n(grid.size)}" height="${n(grid.size)}" patternUnits="userSpaceOnUse"><rect width="${cell}" height="${cell}" fill="${tone(t)}"/></pattern>`
			),
			'</defs>'
		);
		for (const block of blocks)
			for (const s of cellSegments(grid, block))
				out.push(
					`<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="url(#${id}-cells-${block.tone})"/>`
				);
	}
	for (const g of squareGroups(marks.rects)) out.push(`<path d="${g.d}" fill="${tone(g.tone)}"/>`);
	// The page's rules are drawn one pixel wide (scene.css), whatever width the layout asks.
	for (const m of marks.rules)
		out.push(
			`<line x1="${n(m.x1)}" y1="${n(m.y1)}" x2="${n(m.x2)}" y2="${n(m.y2)}" stroke="${tone(m.tone)}" stroke-width="1"${m.dashed ? DASH : ''}/>`
		);
	for (const m of marks.rects) {
		if (m.group) continue;
		const box = `x="${n(m.x)}" y="${n(m.y)}" width="${n(m.w)}" height="${n(m.h)}"`;
		out.push(
			m.outline
				? `<rect ${box} fill="none" stroke="${tone(m.tone)}" stroke-width="1.5"${DASH}/>`
				: `<rect ${box} fill="${tone(m.tone)}"/>`
		);
	}
	for (const m of marks.paths)
		out.push(
			m.fill
				? `<path d="${m.d}" fill="${tone(m.tone)}"/>`
				: `<path d="${m.d}" fill="none" stroke="${tone(m.tone)}" stroke-width="1.5"${m.dashed ? DASH : ''}/>`
		);
	for (const m of marks.texts) {
		const baseline = svgBaseline(m);
		const attrs = [
			`x="${n(m.x)}"`,
			`y="${n(m.y)}"`,
			`font-size="${n(m.size)}"`,
			m.weight === 'bold' ? 'font-weight="700"' : '',
			m.anchor && m.anchor !== 'start' ? `text-anchor="${m.anchor}"` : '',
			baseline ? `dominant-baseline="${baseline}"` : '',
			`fill="${tone(m.tone ?? 'ink')}"`
		].filter(Boolean);
		out.push(`<text ${attrs.join(' ')}>${xml(m.text)}</text>`);
	}
	// Scenes shorter than their box sit a little above its middle (as Scene.svelte places them).
	const span = verticalExtent(marks);
	const dy = Math.round(Math.max(0, (size.height - (span.bottom - span.top)) * 0.4 - span.top));
	return `<g transform="translate(0 ${dy})">${out.join('')}</g>`;
}

/**
 * What a file to take away carries around its scene, as a card does: it travels without the page,
 * so it names itself above the chart and gives its note and source below (the chart's own title and
 * text alternative stay in `<title>` and `<desc>`).
 */
export interface Frame {
	heading: string;
	/** Lines under the chart: its note, its source, the story it comes from. */
	footer: string[];
}

/** A frame's type, as the page's figure captions: a heading and smaller muted lines under it. */
const FRAME = { pad: 16, heading: 17, headingLead: 24, footer: 12, footerLead: 17, gap: 8 };

/** The frame's lines, wrapped to the file's width, and the room they take above and below. */
function frameLines(frame: Frame, width: number) {
	const column = width - 2 * FRAME.pad;
	// The heading is bold: about 6% wider than the measure `wrapText` takes.
	const heading = wrapText(frame.heading, column / 1.06, FRAME.heading);
	const footer = frame.footer.filter(Boolean).flatMap((t) => wrapText(t, column, FRAME.footer));
	return {
		heading,
		footer,
		top: FRAME.pad + heading.length * FRAME.headingLead,
		bottom: FRAME.gap + footer.length * FRAME.footerLead + FRAME.pad
	};
}

/** The frame's texts, positioned around a scene drawn from `top` down, `height` tall. */
function frameMarkup(
	lines: ReturnType<typeof frameLines>,
	top: number,
	height: number,
	palette: Palette
) {
	const text = (t: string, y: number, size: number, fill: string, bold = false) =>
		`<text x="${FRAME.pad}" y="${n(y)}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${fill}">${xml(t)}</text>`;
	return [
		...lines.heading.map((t, i) =>
			text(t, FRAME.pad + FRAME.heading + i * FRAME.headingLead, FRAME.heading, palette.ink, true)
		),
		...lines.footer.map((t, i) =>
			text(
				t,
				top + height + FRAME.gap + FRAME.footer + i * FRAME.footerLead,
				FRAME.footer,
				palette.muted
			)
		)
	].join('');
}

/**
 * A scene as a file of its own, at its layout's size, on the paper's colour: named by its title and
 * described by its text alternative, as the page's chart is. Given a `frame`, the file is taller by
 * its heading above and its note and source below.
 */
export function standaloneScene(
	marks: Marks,
	size: Size,
	{
		id,
		title,
		alt,
		palette,
		scene,
		fonts = STANDALONE_FONTS,
		frame
	}: {
		id: string;
		title: string;
		alt: string;
		palette: Palette;
		scene: string;
		fonts?: string;
		frame?: Frame;
	}
): string {
	// A framed file is wider by its margins: the chart stands inside them, in line with its texts.
	const left = frame ? FRAME.pad : 0;
	const width = size.width + 2 * left;
	const lines = frame ? frameLines(frame, width) : null;
	const top = lines?.top ?? 0;
	const height = size.height + top + (lines?.bottom ?? 0);
	return (
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${fonts}" role="img" aria-labelledby="${id}-title ${id}-desc" data-scene="${xml(scene)}">` +
		`<title id="${id}-title">${xml(title)}</title><desc id="${id}-desc">${xml(alt)}</desc>` +
		`<rect width="${width}" height="${height}" fill="${palette.paper}"/>` +
		(lines ? frameMarkup(lines, top, size.height, palette) : '') +
		(frame
			? `<g transform="translate(${left} ${top})">${sceneMarkup(marks, size, palette, id)}</g>`
			: sceneMarkup(marks, size, palette, id)) +
		`</svg>\n`
	);
}
