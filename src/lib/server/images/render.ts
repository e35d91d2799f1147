/**
 * SVG to PNG at build time, with resvg and only the font files given: the machine's own fonts are
 * never read (a build machine with Chinese fonts installed would otherwise hide a missing one).
 */
import { Resvg } from '@resvg/resvg-js';
import { IMAGE_FONT } from './fonts';

export interface Rendered {
	png: Buffer;
	width: number;
	height: number;
}

/**
 * Draws `svg` as a PNG `width` pixels wide (its height in proportion). resvg reads its options
 * as a whole and falls back to its defaults — system fonts included — if any is not one it
 * knows, so they are written out here, once, and a test renders without fonts to hold it to that.
 */
export function toPng(svg: string, fontFiles: readonly string[], width?: number): Rendered {
	const resvg = new Resvg(svg, {
		fitTo: width ? { mode: 'width', value: width } : { mode: 'original' },
		font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: IMAGE_FONT }
	});
	const image = resvg.render();
	return { png: image.asPng(), width: image.width, height: image.height };
}
