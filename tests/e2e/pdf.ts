/**
 * The handout as a reader gets it: the PDF the browser prints, read back as pixels and words with
 * poppler-utils (`pdftoppm`, `pdftotext -bbox`), not as a DOM. Each step's still figure is found on
 * its page by its title, and its area is checked for the chart's colours.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Dots per inch the pages are rendered at: enough to see marks, fast for 40 pages. */
const DPI = 30;
const PT = DPI / 72;

/** The chart colours of the light palette (app.css): accent, highlight, base. */
const CHART_COLOURS: [number, number, number][] = [
	[0x1d, 0x4f, 0x8c],
	[0xb3, 0x47, 0x0b],
	[0x9f, 0xb0, 0xc2]
];

interface Pixmap {
	width: number;
	height: number;
	data: Buffer;
}

/** Reads a binary PPM (P6), as pdftoppm writes it. */
function readPpm(file: string): Pixmap {
	const buf = readFileSync(file);
	const header: string[] = [];
	let at = 0;
	while (header.length < 4) {
		while (/\s/.test(String.fromCharCode(buf[at]!))) at++;
		let token = '';
		while (!/\s/.test(String.fromCharCode(buf[at]!))) token += String.fromCharCode(buf[at++]!);
		header.push(token);
	}
	at++;
	return { width: Number(header[1]), height: Number(header[2]), data: buf.subarray(at) };
}

export interface Word {
	page: number;
	text: string;
	x: number;
	y: number;
	x2: number;
	y2: number;
}

export interface Handout {
	pages: number;
	words: Word[];
	/** Chart-coloured pixels in a box given in PDF points on a page (1-based). */
	chartPixels: (page: number, box: { x: number; y: number; x2: number; y2: number }) => number;
	/** The share of a page's pixels that are near white. */
	lightness: (page: number) => number;
}

/** Renders a PDF's pages and reads its words. */
export function readHandout(pdf: Buffer): Handout {
	const dir = mkdtempSync(join(tmpdir(), 'handout-'));
	try {
		const file = join(dir, 'handout.pdf');
		writeFileSync(file, pdf);
		execFileSync('pdftoppm', ['-r', String(DPI), file, join(dir, 'p')]);
		const maps = readdirSync(dir)
			.filter((f) => f.endsWith('.ppm'))
			.sort()
			.map((f) => readPpm(join(dir, f)));
		const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 << 20 }).toString();
		const words: Word[] = [];
		let page = 0;
		for (const m of xml.matchAll(
			/<page |<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g
		)) {
			if (m[0] === '<page ') {
				page++;
				continue;
			}
			words.push({
				page,
				text: m[5]!.replace(/&amp;/g, '&'),
				x: Number(m[1]),
				y: Number(m[2]),
				x2: Number(m[3]),
				y2: Number(m[4])
			});
		}
		const near = (data: Buffer, i: number, [r, g, b]: [number, number, number]) =>
			Math.abs(data[i]! - r) < 40 &&
			Math.abs(data[i + 1]! - g) < 40 &&
			Math.abs(data[i + 2]! - b) < 40;
		return {
			pages: maps.length,
			words,
			chartPixels: (p, box) => {
				const map = maps[p - 1];
				if (!map) return 0;
				let n = 0;
				const [x0, x1] = [
					Math.max(0, Math.floor(box.x * PT)),
					Math.min(map.width, Math.ceil(box.x2 * PT))
				];
				const [y0, y1] = [
					Math.max(0, Math.floor(box.y * PT)),
					Math.min(map.height, Math.ceil(box.y2 * PT))
				];
				for (let y = y0; y < y1; y++)
					for (let x = x0; x < x1; x++) {
						const i = (y * map.width + x) * 3;
						if (CHART_COLOURS.some((c) => near(map.data, i, c))) n++;
					}
				return n;
			},
			lightness: (p) => {
				const map = maps[p - 1]!;
				let light = 0;
				for (let i = 0; i < map.data.length; i += 3)
					if (map.data[i]! > 235 && map.data[i + 1]! > 235 && map.data[i + 2]! > 235) light++;
				return light / (map.width * map.height);
			}
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The words of each page joined into lines (pdftotext splits a line at its spaces). */
function linesOf(words: Word[]): Word[] {
	const lines: Word[] = [];
	for (const w of words) {
		const line = lines.find((l) => l.page === w.page && Math.abs(l.y - w.y) < 2 && w.x > l.x);
		if (line) {
			line.text += ` ${w.text}`;
			line.x2 = w.x2;
			line.y2 = Math.max(line.y2, w.y2);
		} else lines.push({ ...w });
	}
	return lines;
}

/**
 * Each step's still figure in the handout, in reading order: found by its title (a line of its
 * own in the PDF: titles repeat, so the n-th figure of a title is that title's n-th line), with the
 * chart-coloured pixels in the area under the title, as wide and tall as a figure prints.
 */
export function figuresIn(handout: Handout, titles: string[]) {
	const lines = linesOf(handout.words);
	const used = new Set<Word>();
	// Compared without spaces: pdftotext may also split a line between two characters.
	const same = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
	return titles.map((title) => {
		// A long (English) title wraps: its first line then begins it.
		const begins = (line: string) =>
			line.replace(/\s+/g, '').length >= 12 &&
			title.replace(/\s+/g, '').startsWith(line.replace(/\s+/g, ''));
		const line =
			lines.find((l) => same(l.text, title) && !used.has(l)) ??
			lines.find((l) => begins(l.text) && !used.has(l));
		if (!line) return { title, page: 0, pixels: 0 };
		used.add(line);
		// A figure prints 600 CSS px wide at most (450 pt) and 2:3 as tall, under its title.
		const box = { x: line.x, y: line.y2, x2: line.x + 450, y2: line.y2 + 310 };
		return { title, page: line.page, pixels: handout.chartPixels(line.page, box) };
	});
}
