// The story's test: it renders this story's cards and charts and looks for its own figures on them.
/**
 * This story's link previews and charts to take away, rendered as the build renders them (resvg,
 * the fonts from the npm package) and looked at as pixels: they fit their size and weight, its
 * charts say what they are inside their width, and its cards show its own figures and sources. (The
 * engine's is tests/engine/images.test.ts, on the fixture.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { zh as content } from '../support/content';
import * as layouts from '$lib/scenes/layouts';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { imageFonts, previews, previewSvg, sceneFile } from '$lib/server/images/catalogue';
import { textWidth } from '$lib/scenes/marks';
import { toPng } from '$lib/server/images/render';
import { loadDataset } from '$lib/server/read-data';
import { sceneContext } from '$lib/story/context';
import { allSteps, buildStory } from '$lib/story/resolve';
import { changed } from '../support/pixels';

provideLayouts(layouts);
const story = buildStory(content, loadDataset('data'));
const ctx = sceneContext(story);
const cards = previews(story, ctx);
let fonts: string[];
beforeAll(async () => {
	fonts = await imageFonts([{ story, ctx }]);
}, 60_000);

describe('preview cards', () => {
	it('is 1200 by 630, at most 150 KB, with no text under 22 pixels outside the chart', () => {
		for (const card of cards.filter((_, i) => i % 5 === 0)) {
			const svg = previewSvg(card);
			const { png, width, height } = toPng(svg, fonts);
			expect([width, height], card.name).toEqual([1200, 630]);
			expect(png.length, card.name).toBeLessThanOrEqual(150 * 1024);
			// The card's own texts are those before the scene's nested <svg>.
			const own = svg.slice(0, svg.indexOf('<svg', 10));
			const sizes = [...own.matchAll(/<text[^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
			expect(sizes.length, card.name).toBeGreaterThanOrEqual(4);
			expect(Math.min(...sizes), card.name).toBeGreaterThanOrEqual(22);
		}
	});

	it('shows a step’s key figure with its qualifier, and its source line', () => {
		const svg = previewSvg(cards.find((c) => c.name === 'credit-loans')!);
		expect(svg).toContain('>超过42%</text>');
		expect(svg).toContain('>来源：新华社</text>');
		const derived = previewSvg(cards.find((c) => c.name === 'platform-per-firm')!);
		expect(derived).toContain('>超过3.5万家</text>');
		expect(derived).toContain('推算');
	});
});

describe('charts to take away', () => {
	it('each file says what it is, where it comes from and its caveats, inside its width', () => {
		for (const step of allSteps(story)) {
			const svg = sceneFile(step, story, ctx);
			const drawn = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
			const all = drawn.join('');
			const squash = (t: string) => t.replace(/\s+/g, '');
			expect(squash(all), step.slug).toContain(squash(step.title));
			expect(squash(all), step.slug).toContain(squash(step.sourceLine));
			if (step.chartNote) expect(squash(all), step.slug).toContain(squash(step.chartNote));
			expect(all, step.slug).toContain(story.opening.title);
			const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
			// The frame's lines (set at its margin, x = 16) are wrapped inside the margins.
			for (const [, size, bold, line] of svg.matchAll(
				/<text x="16" y="[\d.]+" font-size="(\d+)"( font-weight="700")?[^>]*>([^<]*)<\/text>/g
			))
				expect(textWidth(line!, Number(size), !!bold), line).toBeLessThanOrEqual(width - 32);
		}
	});

	it('every scene stands alone: plain colours, its own fonts, no page styles', () => {
		for (const step of allSteps(story)) {
			const svg = sceneFile(step, story, ctx);
			expect(svg, step.slug).not.toMatch(/var\(|class=|style=|<style/);
			expect(svg, step.slug).toMatch(
				/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/
			);
			expect(svg, step.slug).toContain("font-family=\"'Noto Sans SC'");
			for (const [, colour] of svg.matchAll(/(?:fill|stroke)="([^"]+)"/g))
				expect(colour, step.slug).toMatch(/^(#[0-9a-f]{6}|none|url\(#[\w-]+\))$/);
		}
	});

	it(
		'draws every text of its scene, as the renderer sees the file on its own',
		{ timeout: 30_000 },
		() => {
			for (const step of allSteps(story).filter((_, i) => i % 6 === 0)) {
				const svg = sceneFile(step, story, ctx);
				const size = toPng(svg, fonts, 1200);
				expect(size.width, step.slug).toBe(1200);
				// The chart's 800 pixels and its frame: the title above, the note and source below.
				expect(size.height, step.slug).toBeGreaterThan(800 + 2 * 60);
				const png = toPng(svg, fonts).png;
				// Each text, taken out, leaves pixels changed: it was drawn (in ink, or in paper on a bar).
				const texts = [...svg.matchAll(/<text[^>]*>[^<]*<\/text>/g)].map((m) => m[0]);
				for (const text of texts.slice(0, 4)) {
					const without = toPng(svg.replace(text, ''), fonts).png;
					expect(changed(png, without), `${step.slug}: ${text}`).toBeGreaterThan(20);
				}
			}
		}
	);
});
