/** Looking at a rendered PNG as pixels: the images tests of the engine and of the story use these. */
import { PNG } from 'pngjs';

/** Pixels darker than the paper within a box of a PNG. */
export function inkIn(png: Buffer, box = { x: 0, y: 0, w: Infinity, h: Infinity }): number {
	const image = PNG.sync.read(png);
	let ink = 0;
	for (let y = box.y; y < Math.min(image.height, box.y + box.h); y++)
		for (let x = box.x; x < Math.min(image.width, box.x + box.w); x++) {
			const i = (y * image.width + x) * 4;
			const [r, g, b, a] = [
				image.data[i]!,
				image.data[i + 1]!,
				image.data[i + 2]!,
				image.data[i + 3]!
			];
			if (a > 0 && r + g + b < 600) ink++;
		}
	return ink;
}

/** How many pixels differ between two PNGs of one size. */
export function changed(a: Buffer, b: Buffer): number {
	const [x, y] = [PNG.sync.read(a).data, PNG.sync.read(b).data];
	let n = 0;
	for (let i = 0; i < x.length; i += 4)
		if (
			Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!) >
			30
		)
			n++;
	return n;
}
