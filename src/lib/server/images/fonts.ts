/**
 * The fonts build-time images are drawn with: Noto Sans SC, regular and bold, from the
 * `noto-sans-sc` package (installed from the npm registry with the project), never the fonts of
 * the machine that builds. The package holds each weight as about a hundred WOFF2 slices by Unicode
 * range, which the renderer cannot read: the slices that hold a character the images use are cut
 * down to those characters and merged into one file per weight, once per set of characters (kept
 * under node_modules/.cache, so a second build reuses them).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import opentype from 'opentype.js';
import subsetFont from 'subset-font';

/** The family name the images ask for: the one inside the package's files. */
export const IMAGE_FONT = 'Noto Sans SC';

const WEIGHTS = { regular: 'noto_sans_sc_regular', bold: 'noto_sans_sc_bold' } as const;

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

const packageDir = () =>
	dirname(createRequire(import.meta.url).resolve('noto-sans-sc/package.json'));

/** Noto Sans (Latin), from `@fontsource/noto-sans`: the English edition's images set Latin in it. */
const LATIN_WEIGHTS = { regular: '400.css', bold: '700.css' } as const;
const latinDir = () =>
	dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json'));

/** A font made of the glyphs of some slices of one weight, for their characters only. */
function merge(slices: Buffer[], weight: keyof typeof WEIGHTS): Buffer {
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
		familyName: IMAGE_FONT,
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
 * Two font files, regular and bold, that hold every character of `text` (and the printable ASCII
 * characters). Fails, naming them, if the package has no glyph for some characters.
 *
 * One file per weight, not one per slice: resvg looks for a missing character in other fonts only
 * a few times in one text, and a label whose characters come from many slices lost some.
 */
export async function fontFilesFor(text: string, cacheRoot = 'node_modules/.cache/story-fonts') {
	const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
	// The space too: without its glyph, a renderer spaces words by the missing glyph's half em.
	const chars = [...new Set(text + ascii)].filter((c) => c === ' ' || /\S/.test(c)).sort();
	const key = createHash('sha256').update(chars.join('')).digest('hex').slice(0, 16);
	const dir = join(cacheRoot, key);
	const weights = Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[];
	const files = [
		...weights.map((w) => join(dir, `${w}.otf`)),
		...weights.map((w) => join(dir, `latin-${w}.ttf`))
	];
	if (files.every((f) => existsSync(f))) return files;
	mkdirSync(dir, { recursive: true });
	const root = packageDir();
	for (const [i, weight] of weights.entries()) {
		const folder = WEIGHTS[weight];
		const covered = new Set<string>();
		const parts = await Promise.all(
			slicesOf(join(root, folder, 'css.css')).map((slice) => {
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
				`The image font (${IMAGE_FONT} ${weight}, package noto-sans-sc) has no glyph for: ${missing.join(' ')}`
			);
		writeFileSync(
			files[i]!,
			merge(
				parts.filter((p): p is Buffer => !!p),
				weight
			)
		);
		// The Latin face of the English edition's images, cut to the characters it has.
		const latin = slicesOf(join(latinDir(), LATIN_WEIGHTS[weight])).filter((s) =>
			/-latin-\d+-normal\.woff2$/.test(s.file)
		);
		const inLatin = chars.filter((c) => latin.some((slice) => covers(slice, c)));
		writeFileSync(
			files[weights.length + i]!,
			await subsetFont(readFileSync(latin[0]!.file), inLatin.join(''), {
				targetFormat: 'truetype'
			})
		);
	}
	return files;
}
