/**
 * The site's icon is a PNG drawn from static/favicon.svg. It is a PNG because the browser fetches
 * and decodes the icon again each time the page replaces its address (as it follows the reader's
 * scroll), and an SVG icon is decoded by building a whole SVG document on the main thread: about
 * 6 ms of every step change at CPU 4× (issue 28's trace). Redraw the PNG after changing the SVG:
 *   node -e "…new Resvg(svg, { fitTo: { mode: 'width', value: 64 } }).render().asPng()…"
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

describe('the site icon', () => {
	const png = PNG.sync.read(readFileSync('static/favicon.png'));
	it('is 64 px square', () => {
		expect([png.width, png.height]).toEqual([64, 64]);
	});
	it('is the SVG drawing, pixel for pixel within rounding', () => {
		const svg = readFileSync('static/favicon.svg');
		const drawn = PNG.sync.read(
			Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: 64 } }).render().asPng())
		);
		let worst = 0;
		for (let i = 0; i < png.data.length; i++)
			worst = Math.max(worst, Math.abs(png.data[i]! - drawn.data[i]!));
		expect(worst).toBeLessThanOrEqual(8);
	});
	it('is the one every page and edition names', () => {
		const pages = [
			'src/app.html',
			'src/lib/server/embed.ts',
			'src/routes/[lang=lang]/index.html/+server.ts'
		].map((f) => readFileSync(f, 'utf8'));
		for (const text of pages) {
			expect(text).toContain('favicon.png');
			expect(text).not.toContain('favicon.svg');
		}
	});
});
