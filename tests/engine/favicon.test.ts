/**
 * The site's icon is a 32 px PNG drawn from static/favicon.svg, written into every page as a data
 * address (see $lib/server/icon for why). Redraw the PNG after changing the SVG:
 *   node -e "…new Resvg(svg, { fitTo: { mode: 'width', value: 32 } }).render().asPng()…"
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ICON_HREF, ICON_LINK } from '$lib/server/icon';

describe('the site icon', () => {
	const png = PNG.sync.read(readFileSync('static/favicon.png'));
	it('is 32 px square', () => {
		expect([png.width, png.height]).toEqual([32, 32]);
	});
	it('is the SVG drawing, pixel for pixel within rounding', () => {
		const svg = readFileSync('static/favicon.svg');
		const drawn = PNG.sync.read(
			Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: 32 } }).render().asPng())
		);
		let worst = 0;
		for (let i = 0; i < png.data.length; i++)
			worst = Math.max(worst, Math.abs(png.data[i]! - drawn.data[i]!));
		expect(worst).toBeLessThanOrEqual(8);
	});
	it('travels inside the page: its link is the PNG as a data address, well under a kilobyte', () => {
		expect(ICON_HREF).toBe(
			`data:image/png;base64,${readFileSync('static/favicon.png').toString('base64')}`
		);
		expect(ICON_LINK.length).toBeLessThan(1024);
	});
	it('is the one app.html, the embeds and the one-file index name, and no file address', () => {
		expect(readFileSync('src/app.html', 'utf8')).toContain('href="%icon%"');
		for (const f of ['src/lib/server/embed.ts', 'src/routes/[lang=lang]/index.html/+server.ts'])
			expect(readFileSync(f, 'utf8')).toContain('ICON_LINK');
		for (const f of ['src/app.html', 'src/lib/server/embed.ts', 'src/hooks.server.ts'])
			expect(readFileSync(f, 'utf8')).not.toMatch(/favicon\.(svg|png)/);
	});
});
