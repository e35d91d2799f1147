/**
 * The share posters as drawn: every step's, in both editions. Each text of a poster (its own and
 * its scene's) is measured as the renderer sets it, glyph by glyph with the font files the build
 * renders with (a Latin face first in English, falling back to the Chinese one, as the file's font
 * list says), and placed as the SVG places it. No text may leave the poster or overlap another,
 * nor the QR code. (The e2e test reads the built PNGs: their size, ink and QR code.)
 */
import { readFileSync } from 'node:fs';
import opentype, { type Font } from 'opentype.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { zh, en } from '../support/content';
import * as layouts from '$lib/scenes/layouts';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { imageFonts, posters, posterSvgOf } from '$lib/server/images/catalogue';
import { POSTER } from '$lib/server/images/poster';
import { loadDataset } from '$lib/server/read-data';
import { sceneContext } from '$lib/story/context';
import { allSteps, buildStory } from '$lib/story/resolve';

provideLayouts(layouts);
const dataset = loadDataset('data');
const editions = [buildStory(zh, dataset), buildStory(en, dataset)].map((story) => ({
	story,
	ctx: sceneContext(story)
}));
const SITE = 'https://example.org';

/** The fonts a poster's text is set in, by weight: those a character is looked for in, in order. */
let faces: Record<'zh-CN' | 'en', Record<'regular' | 'bold', Font[]>>;
beforeAll(async () => {
	const [regular, bold, latinRegular, latinBold] = (await imageFonts(editions)).map((file) => {
		const b = readFileSync(file);
		return opentype.parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
	});
	faces = {
		'zh-CN': { regular: [regular!], bold: [bold!] },
		en: { regular: [latinRegular!, regular!], bold: [latinBold!, bold!] }
	};
}, 60_000);

interface Box {
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
function layout(svg: string, locale: 'zh-CN' | 'en') {
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
const overlap = (a: Rect, b: Rect, slack = 1) =>
	a.x1 < b.x2 - slack && b.x1 < a.x2 - slack && a.y1 < b.y2 - slack && b.y1 < a.y2 - slack;

describe('share posters', () => {
	for (const { story, ctx } of editions) {
		it(`every step's, in ${story.locale}: no text leaves the poster or overlaps another, or the QR code`, () => {
			const all = posters(story, ctx, SITE);
			expect(all.map((p) => p.slug)).toEqual(allSteps(story).map((s) => s.slug));
			const problems: string[] = [];
			for (const poster of all) {
				const { boxes, code } = layout(posterSvgOf(poster), story.locale);
				const where = `${story.locale} ${poster.slug}`;
				expect(boxes.filter((b) => b.own).length, where).toBeGreaterThanOrEqual(5);
				expect(code, `${where}: its QR code`).not.toBeNull();
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
			}
			expect(problems).toEqual([]);
		});
	}

	// A phone shows a poster at about a third of its size in a chat, whole-screen when opened. A
	// scene with many labels is drawn smaller where the poster's text leaves it less room.
	it('sets its own text at 28 pixels or more, its scene’s at 15 or more', () => {
		const sizes = { own: Infinity, scene: Infinity };
		for (const { story, ctx } of editions)
			for (const poster of posters(story, ctx, SITE))
				for (const b of layout(posterSvgOf(poster), story.locale).boxes)
					sizes[b.own ? 'own' : 'scene'] = Math.min(sizes[b.own ? 'own' : 'scene'], b.size);
		expect(sizes.own).toBeGreaterThanOrEqual(28);
		expect(sizes.scene).toBeGreaterThanOrEqual(15);
	});

	it('names no QR code without the site’s address: no code, and no line saying there is one', () => {
		for (const { story, ctx } of editions) {
			for (const poster of posters(story, ctx, '').filter((_, i) => i % 7 === 0)) {
				const svg = posterSvgOf(poster);
				expect(svg, poster.slug).not.toMatch(/scale\(\d+\)"><rect/);
				expect(svg, poster.slug).not.toContain(story.ui.qrHint);
			}
			const [first] = posters(story, ctx, SITE);
			expect(posterSvgOf(first!)).toContain(story.ui.qrHint);
			expect(first!.spec.qr!.url).toBe(
				`${SITE}${story.locale === 'en' ? '/en' : ''}/press-conference`
			);
		}
	});

	it('shows the step’s key figure with its qualifier and period, and its source line', () => {
		const { story, ctx } = editions[0]!;
		const svg = posterSvgOf(posters(story, ctx, SITE).find((p) => p.slug === 'credit-loans')!);
		expect(svg).toContain('>超过42%</text>');
		expect(svg).toContain('>来源：新华社</text>');
		const period = posterSvgOf(
			posters(story, ctx, SITE).find((p) => p.slug === 'industry-growth')!
		);
		expect(period).toMatch(/（2025年上半年）<\/text>|2025年上半年）<\/text>/);
	});
});
