/**
 * The fonts build-time images are drawn with, never the fonts of the machine that builds: each
 * language's image faces (`$lib/languages`: Noto Sans SC from the `noto-sans-sc` package for
 * Chinese, Noto Sans from `@fontsource/noto-sans` for English), installed from the npm registry
 * with the project. A package holds each weight as WOFF2 slices by Unicode range, which the
 * renderer cannot read: the slices that hold a character the images use are cut down to those
 * characters (and, for a CJK face, merged into one file per weight), once per set of characters
 * (kept under node_modules/.cache, so a second build reuses them).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import opentype from 'opentype.js';
import subsetFont from 'subset-font';
import { IMAGE_FACES, type ImageFace } from '$lib/languages';

/** The family the images fall back to: the source language's first face. */
export const IMAGE_FONT = IMAGE_FACES[0]!.family;

type Weight = 'regular' | 'bold';
const WEIGHTS: Weight[] = ['regular', 'bold'];

interface Slice {
	file: string;
	ranges: [number, number][];
}

/** The slices of one weight, read from a package's stylesheet (its `@font-face` rules). */
function slicesOf(stylesheet: string): Slice[] {
	const css = readFileSync(stylesheet, 'utf8');
	const slices = [...css.matchAll(/url\(([^)]+)\)[^;]*;\s*unicode-range:([^;]+);/g)].map((m) => ({
		file: join(dirname(stylesheet), m[1]!.replace(/['"]/g, '')),
		ranges: m[2]!.split(',').map((range) => {
			const [a, b] = range.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as [number, number];
		})
	}));
	if (!slices.length)
		throw new Error(`${stylesheet}: no font slices found (has the package changed?)`);
	return slices;
}

/** Whether a slice's unicode ranges hold a character. */
const covers = (slice: Slice, c: string) => {
	const code = c.codePointAt(0)!;
	return slice.ranges.some(([a, b]) => code >= a && code <= b);
};

/** A package's folder. */
const packageDir = (name: string) =>
	dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));

/** A font made of the glyphs of some slices of one weight, for their characters only. */
function merge(slices: Buffer[], weight: Weight, family: string): Buffer {
	const fonts = slices.map((b) =>
		opentype.parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)
	);
	const first = fonts[0]!;
	const glyphs = [
		new opentype.Glyph({
			name: '.notdef',
			advanceWidth: first.unitsPerEm / 2,
			path: new opentype.Path()
		})
	];
	const seen = new Set<number>();
	for (const font of fonts)
		for (let i = 0; i < font.glyphs.length; i++) {
			const g = font.glyphs.get(i);
			if (g.unicode === undefined || seen.has(g.unicode)) continue;
			seen.add(g.unicode);
			glyphs.push(
				new opentype.Glyph({
					name: g.name ?? `uni${g.unicode.toString(16)}`,
					unicode: g.unicode,
					unicodes: g.unicodes,
					advanceWidth: g.advanceWidth,
					path: g.path
				})
			);
		}
	const merged = new opentype.Font({
		familyName: family,
		styleName: weight === 'bold' ? 'Bold' : 'Regular',
		unitsPerEm: first.unitsPerEm,
		ascender: first.ascender,
		descender: first.descender,
		weightClass: weight === 'bold' ? 700 : 400,
		glyphs
	});
	return Buffer.from(merged.toArrayBuffer());
}

/**
 * A face's file of one weight: for a CJK face, every slice that holds a character of `chars`, cut
 * to them and merged into one file; for another, its one slice, cut to the characters it has.
 * Fails, naming them, if a merged face has no glyph for some characters.
 *
 * One file per weight, not one per slice: resvg looks for a missing character in other fonts only
 * a few times in one text, and a label whose characters come from many slices lost some.
 */
async function cutFace(face: ImageFace, weight: Weight, chars: string[]): Promise<Buffer> {
	const slices = slicesOf(join(packageDir(face.package), face.weights[weight]));
	if (face.slices !== 'merge') {
		const pattern = face.slices;
		const own = slices.filter((s) => pattern.test(s.file));
		const inFace = chars.filter((c) => own.some((slice) => covers(slice, c)));
		return subsetFont(readFileSync(own[0]!.file), inFace.join(''), { targetFormat: 'truetype' });
	}
	const covered = new Set<string>();
	const parts = await Promise.all(
		slices.map((slice) => {
			const mine = chars.filter((c) => covers(slice, c));
			for (const c of mine) covered.add(c);
			return mine.length
				? subsetFont(readFileSync(slice.file), mine.join(''), { targetFormat: 'truetype' })
				: null;
		})
	);
	const missing = chars.filter((c) => !covered.has(c));
	if (missing.length)
		throw new Error(
			`The image font (${face.family} ${weight}, package ${face.package}) has no glyph for: ${missing.join(' ')}`
		);
	return merge(
		parts.filter((p): p is Buffer => !!p),
		weight,
		face.family
	);
}

/**
 * The font files, regular and bold of every language's faces (the source language's first), that
 * hold every character of `text` (and the printable ASCII characters).
 */
export async function fontFilesFor(text: string, cacheRoot = 'node_modules/.cache/story-fonts') {
	const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
	// The space too: without its glyph, a renderer spaces words by the missing glyph's half em.
	const chars = [...new Set(text + ascii)].filter((c) => c === ' ' || /\S/.test(c)).sort();
	const key = createHash('sha256').update(chars.join('')).digest('hex').slice(0, 16);
	const dir = join(cacheRoot, key);
	const cuts = IMAGE_FACES.flatMap((face) =>
		WEIGHTS.map((weight) => ({ face, weight, file: join(dir, face.file(weight)) }))
	);
	const files = cuts.map((c) => c.file);
	if (files.every((f) => existsSync(f))) return files;
	mkdirSync(dir, { recursive: true });
	for (const { face, weight, file } of cuts)
		writeFileSync(file, await cutFace(face, weight, chars));
	return files;
}
