// subset-font (harfbuzz in wasm) ships no types: the one call the build makes.
declare module 'subset-font' {
	export default function subsetFont(
		font: Buffer | Uint8Array,
		text: string,
		options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2' }
	): Promise<Buffer>;
}

// opentype.js 2 ships no types: the parts the build uses to merge font slices into one file, and the
// tests to measure drawn text.
declare module 'opentype.js' {
	export class Path {}
	export class Glyph {
		constructor(options: {
			name?: string;
			unicode?: number;
			unicodes?: number[];
			advanceWidth?: number;
			path: Path;
		});
		name?: string;
		unicode?: number;
		unicodes: number[];
		advanceWidth?: number;
		path: Path;
		/** 0 for the missing glyph. */
		index: number;
		/** The glyph's ink in font units, y upwards. */
		getBoundingBox(): { x1: number; y1: number; x2: number; y2: number };
	}
	export class Font {
		constructor(options: {
			familyName: string;
			styleName: string;
			unitsPerEm: number;
			ascender: number;
			descender: number;
			weightClass?: number;
			glyphs: Glyph[];
		});
		unitsPerEm: number;
		ascender: number;
		descender: number;
		glyphs: { length: number; get(index: number): Glyph };
		charToGlyph(char: string): Glyph;
		toArrayBuffer(): ArrayBuffer;
	}
	export function parse(buffer: ArrayBuffer): Font;
	const opentype: {
		Path: typeof Path;
		Glyph: typeof Glyph;
		Font: typeof Font;
		parse: typeof parse;
	};
	export default opentype;
}
