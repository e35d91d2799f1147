/**
 * A step's files in plain sight: every step page as built (both editions) links the step's data
 * (CSV), chart (SVG and PNG) and share poster with plain download links, each followed here: it is
 * there, of its type, and of that step. Without scripts and in print the links show as file names.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, test } from './fixtures';

const BUILD = 'build';
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]!);

interface PageStep {
	slug: string;
	chapter: string;
	title: string;
	figures: string[];
	sourceLine: string;
}

/** The steps as the page's own data has them (the JSON text the page's scripts read). */
function stepsOf(html: string): PageStep[] {
	const facts = /facts:("(?:[^"\\]|\\.)*")/.exec(html);
	if (!facts) throw new Error('no story data in the page');
	const story = JSON.parse(JSON.parse(facts[1]!)).story;
	return [...story.opening.steps, ...story.chapters.flatMap((c: { steps: PageStep[] }) => c.steps)];
}

/** A PNG's width and height, from its header (a PNG it is, or this throws). */
function pngSize(file: Buffer): [number, number] {
	if (file.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
	return [file.readUInt32BE(16), file.readUInt32BE(20)];
}

const TYPES = {
	csv: 'text/csv',
	svg: 'image/svg+xml',
	png: 'image/png',
	poster: 'image/png'
} as const;

for (const prefix of ['', '/en'] as const) {
	test(`every step page links its CSV, SVG, PNG and poster, each of that step (${prefix || 'zh-CN'})`, async ({
		request
	}) => {
		test.setTimeout(90_000);
		const all = stepsOf(readFileSync(join(BUILD, prefix ? 'en.html' : 'index.html'), 'utf8'));
		expect(all.length).toBe(41);
		const seen = new Set<string>();
		for (const step of all) {
			const path = `${prefix}${step.chapter === 'opening' ? '' : `/${step.chapter}`}/${step.slug}`;
			const html = readFileSync(join(BUILD, `${path}.html`), 'utf8');
			const start = html.indexOf(`<article class="step" id="${step.slug}"`);
			expect(start, path).toBeGreaterThan(0);
			const article = html.slice(start, html.indexOf('</article>', start));
			const downloads = /<span class="downloads"[^>]*>([\s\S]*?)<\/span>/.exec(article)?.[1] ?? '';
			const links = [
				...downloads.matchAll(/<a href="([^"]+)" download="([^"]+)"[^>]*>([^<]*)<\/a>/g)
			].map(([, href, name, text]) => ({ href: href!, name: name!, text: decode(text!) }));
			expect(links.length, path).toBe(4);
			const en = prefix ? '-en' : '';
			expect(links.map((l) => l.name)).toEqual([
				`${step.slug}.csv`,
				`${step.slug}${en}.svg`,
				`${step.slug}${en}.png`,
				`${step.slug}${en}-poster.png`
			]);
			// Shown as the file's name: what a printed page says to look for.
			for (const link of links) expect(link.text, path).toBe(link.name);
			const [csv, svg, png, poster] = (Object.keys(TYPES) as (keyof typeof TYPES)[]).map(
				(kind, i) => ({ kind, ...links[i]! })
			);
			const got: Record<string, Buffer> = {};
			for (const link of [csv!, svg!, png!, poster!]) {
				const response = await request.get(link.href);
				expect(response.status(), link.href).toBe(200);
				expect(response.headers()['content-type'], link.href).toContain(TYPES[link.kind]);
				got[link.kind] = await response.body();
			}
			// Of this step: its figures, its chart (named by its title), its images at their sizes.
			const rows = parse(got.csv!, { bom: true, columns: true }) as { id: string }[];
			expect(
				rows.map((r) => r.id),
				path
			).toEqual(step.figures);
			const svgText = got.svg!.toString('utf8');
			expect(svgText, path).toContain(
				`<title id="${step.slug}-figure-title">${step.title
					.replace(/&/g, '&amp;')
					.replace(/</g, '&lt;')
					.replace(/>/g, '&gt;')
					.replace(/"/g, '&quot;')
					.replace(/'/g, '&#39;')}</title>`
			);
			// The chart at twice its size, its title above and its note and source below.
			const [width, height] = pngSize(got.png!);
			expect(width, png!.href).toBe(1200);
			expect(height, png!.href).toBeGreaterThan(800);
			// Taken away, it still says where it comes from: the step's source line, drawn.
			const drawn = [...svgText.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
				.map((m) => decode(m[1]!))
				.join('');
			expect(step.sourceLine.length, path).toBeGreaterThan(3);
			expect(drawn.replace(/\s+/g, ''), path).toContain(step.sourceLine.replace(/\s+/g, ''));
			expect(pngSize(got.poster!), poster!.href).toEqual([1080, 1440]);
			// No two steps share an image: each link is its own step's.
			for (const file of [got.png!, got.poster!]) {
				const key = createHash('sha256').update(file).digest('hex');
				expect(seen.has(key), `${path}: an image another step links`).toBe(false);
				seen.add(key);
			}
		}
	});
}

test.describe('without scripts, and printed', () => {
	test.use({ javaScriptEnabled: false });

	test('the links are on the page as file names', { tag: '@no-js' }, async ({ page }) => {
		await page.goto('/investment/hubei-large');
		const links = page.locator('#hubei-large .downloads a[download]');
		await expect(links).toHaveCount(4);
		for (const link of await links.all()) {
			await expect(link).toBeVisible();
			await expect(link).toHaveText((await link.getAttribute('download'))!);
		}
		await page.emulateMedia({ media: 'print' });
		for (const link of await links.all()) await expect(link).toBeVisible();
		await expect(page.locator('#hubei-large .downloads')).toContainText('hubei-large-poster.png');
	});
});
