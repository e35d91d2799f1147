/**
 * A share poster's texts as the renderer sets them: each text of a poster (its own and its
 * scene's) measured glyph by glyph with the font files the build renders with (a Latin face first
 * in English, falling back to the Chinese one, as the file's font list says), and placed as the SVG
 * places it; and the QR code's square. The posters tests of the engine and of the story use these.
 */
import { readFileSync } from 'node:fs';
import opentype, { type Font } from 'opentype.js';
import { imageFonts } from '$lib/server/images/catalogue';
import { POSTER } from '$lib/server/images/poster';

/** The fonts a poster's text is set in, by weight: those a character is looked for in, in order. */
export type Faces = Record<'zh-CN' | 'en', Record<'regular' | 'bold', Font[]>>;

/** The faces of the fonts the build renders the editions' images with. */
export async function loadFaces(editions: Parameters<typeof imageFonts>[0]): Promise<Faces> {
	const [regular, bold, latinRegular, latinBold] = (await imageFonts(editions)).map((file) => {
		const b = readFileSync(file);
		return opentype.parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
	});
	return {
		'zh-CN': { regular: [regular!], bold: [bold!] },
		en: { regular: [latinRegular!, regular!], bold: [latinBold!, bold!] }
	};
}

export interface Box {
	text: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	/** The poster's own text, or its scene's. */
	own: boolean;
	/** Its size in the poster's pixels. */
	size: number;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const DECODE: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The ink of one line of text at (x, y): each character from the first face that has it. */
function ink(
	text: string,
	x: number,
	y: number,
	size: number,
	fonts: Font[],
	anchor = 'start',
	baseline = ''
) {
	let pen = 0;
	const boxes: { x1: number; y1: number; x2: number; y2: number }[] = [];
	for (const char of text) {
		const font = fonts.find((f) => f.charToGlyph(char).index > 0) ?? fonts[0]!;
		const glyph = font.charToGlyph(char);
		const scale = size / font.unitsPerEm;
		const b = glyph.getBoundingBox();
		if (b.x2 > b.x1)
			boxes.push({
				x1: pen + b.x1 * scale,
				x2: pen + b.x2 * scale,
				y1: -b.y2 * scale,
				y2: -b.y1 * scale
			});
		pen += (glyph.advanceWidth ?? 0) * scale;
	}
	const dx = anchor === 'middle' ? -pen / 2 : anchor === 'end' ? -pen : 0;
	// Where resvg puts the baseline for the scene's centred and hanging labels.
	const dy = baseline === 'central' ? size * 0.436 : baseline === 'hanging' ? size * 0.8 : 0;
	return {
		x1: x + dx + Math.min(...boxes.map((b) => b.x1)),
		x2: x + dx + Math.max(...boxes.map((b) => b.x2)),
		y1: y + dy + Math.min(...boxes.map((b) => b.y1)),
		y2: y + dy + Math.max(...boxes.map((b) => b.y2))
	};
}

/** Every text of a poster's SVG, as the renderer places it, and the QR code's square. */
export function layout(svg: string, locale: 'zh-CN' | 'en', faces: Faces) {
	const boxes: Box[] = [];
	const read = (
		part: string,
		place: (x: number, y: number, size: number) => [number, number, number],
		own: boolean
	) => {
		for (const m of part.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
			const tag = m[1]!;
			const text = m[2]!.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => DECODE[e]!);
			if (!text.trim()) continue;
			const [x, y, size] = place(
				Number(attr(tag, 'x')),
				Number(attr(tag, 'y')),
				Number(attr(tag, 'font-size'))
			);
			const fonts = faces[locale][attr(tag, 'font-weight') === '700' ? 'bold' : 'regular'];
			const b = ink(
				text,
				x,
				y,
				size,
				fonts,
				attr(tag, 'text-anchor'),
				attr(tag, 'dominant-baseline')
			);
			boxes.push({ text, own, size, ...b });
		}
	};
	// The scene: a nested <svg> scaled from its viewBox, its marks shifted down within it.
	const scene =
		/<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>([\s\S]*?)<\/svg>/.exec(
			svg
		)!;
	const [sx, sy, sw, , vw] = scene.slice(1, 6).map(Number) as number[];
	const scale = sw! / vw!;
	const dy = Number(/<g transform="translate\(0 ([-\d.]+)\)">/.exec(scene[7]!)![1]);
	read(scene[7]!, (x, y, size) => [sx! + x * scale, sy! + (y + dy) * scale, size * scale], false);
	read(svg.replace(scene[0], ''), (x, y, size) => [x, y, size], true);
	const qr =
		/<g transform="translate\(([\d.]+) ([\d.]+)\) scale\((\d+)\)"><rect width="(\d+)"/.exec(svg);
	const code = qr
		? (([x, y, unit, modules]) => ({
				x1: x!,
				y1: y!,
				x2: x! + unit! * modules!,
				y2: y! + unit! * modules!
			}))(qr.slice(1).map(Number))
		: null;
	return { boxes, code };
}

/** Whether two boxes overlap by more than `slack` pixels each way. */
type Rect = Pick<Box, 'x1' | 'y1' | 'x2' | 'y2'>;
export const overlap = (a: Rect, b: Rect, slack = 1) =>
	a.x1 < b.x2 - slack && b.x1 < a.x2 - slack && a.y1 < b.y2 - slack && b.y1 < a.y2 - slack;

/**
 * What is wrong with a poster, in words (`where` names it): fewer than five texts of its own, no QR
 * code, or a text that leaves the poster (its own within 48 pixels of the edge, its scene's 8),
 * overlaps the QR code or overlaps another text.
 */
export function posterProblems(svg: string, locale: 'zh-CN' | 'en', faces: Faces, where: string) {
	const { boxes, code } = layout(svg, locale, faces);
	const problems: string[] = [];
	const own = boxes.filter((b) => b.own).length;
	if (own < 5) problems.push(`${where}: ${own} texts of its own, not 5`);
	if (!code) problems.push(`${where}: no QR code`);
	for (const [i, a] of boxes.entries()) {
		const margin = a.own ? 48 : 8;
		if (
			a.x1 < margin ||
			a.y1 < margin ||
			a.x2 > POSTER.width - margin ||
			a.y2 > POSTER.height - margin
		)
			problems.push(
				`${where}: “${a.text}” leaves the poster (${[a.x1, a.y1, a.x2, a.y2].map(Math.round)})`
			);
		if (code && overlap(a, code)) problems.push(`${where}: “${a.text}” overlaps the QR code`);
		for (const b of boxes.slice(i + 1))
			if (overlap(a, b)) problems.push(`${where}: “${a.text}” overlaps “${b.text}”`);
	}
	return problems;
}

/** The smallest text of a poster's own and of its scene, in the poster's pixels. */
export function smallestTexts(svgs: { svg: string; locale: 'zh-CN' | 'en' }[], faces: Faces) {
	const sizes = { own: Infinity, scene: Infinity };
	for (const { svg, locale } of svgs)
		for (const b of layout(svg, locale, faces).boxes)
			sizes[b.own ? 'own' : 'scene'] = Math.min(sizes[b.own ? 'own' : 'scene'], b.size);
	return sizes;
}
