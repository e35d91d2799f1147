/**
 * The images the build draws, for the fixture story: link previews and charts to take away.
 * Rendered here as the build renders them (resvg, the fonts from the npm package, the machine's
 * fonts never read), and looked at as pixels.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as layouts from '$lib/scenes/layouts';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { imageFonts, previews, previewSvg, sceneFile } from '$lib/server/images/catalogue';
import { textWidth } from '$lib/scenes/marks';
import { toPng } from '$lib/server/images/render';
import { sceneContext } from '$lib/story/context';
import { allSteps } from '$lib/story/resolve';
import { changed, inkIn } from '../support/pixels';
import { fixtureStory } from './fixture';

provideLayouts(layouts);
const story = fixtureStory('zh-CN');
const ctx = sceneContext(story);
const cards = previews(story, ctx);
let fonts: string[];
beforeAll(async () => {
	fonts = await imageFonts([{ story, ctx }]);
}, 60_000);

// The card's title: the left column below the kicker (see card.ts).
const TITLE = { x: 64, y: 130, w: 500, h: 130 };
const card = (name: string) => cards.find((c) => c.name === name)!;

describe('preview cards', () => {
	it('there is one for the front page, each chapter and each step, with unique names', () => {
		const names = cards.map((c) => c.name);
		expect(names).toEqual([
			'story',
			...story.chapters.map((c) => c.id),
			...allSteps(story).map((s) => s.slug)
		]);
		expect(names).toHaveLength(9);
		expect(new Set(names).size).toBe(names.length);
	});

	it('draws the title with the packaged font: without its file, the title area is empty', () => {
		const svg = previewSvg(card('park-share'));
		const real = toPng(svg, fonts);
		// The font files withheld, system fonts off: this machine may have Chinese fonts installed,
		// and a renderer that read them would draw the title anyway.
		const withheld = toPng(svg, []);
		expect(inkIn(real.png, TITLE)).toBeGreaterThan(3000);
		expect(inkIn(withheld.png, TITLE)).toBe(0);
		expect(real.png.equals(withheld.png)).toBe(false);
	});

	it('is 1200 by 630, at most 150 KB, with no text under 22 pixels outside the chart', () => {
		for (const c of cards) {
			const svg = previewSvg(c);
			const { png, width, height } = toPng(svg, fonts);
			expect([width, height], c.name).toEqual([1200, 630]);
			expect(png.length, c.name).toBeLessThanOrEqual(150 * 1024);
			// The card's own texts are those before the scene's nested <svg>.
			const own = svg.slice(0, svg.indexOf('<svg', 10));
			const sizes = [...own.matchAll(/<text[^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
			expect(sizes.length, c.name).toBeGreaterThanOrEqual(4);
			expect(Math.min(...sizes), c.name).toBeGreaterThanOrEqual(22);
		}
	});

	it('shows a step’s key figure with its qualifier, and its source line', () => {
		const svg = previewSvg(card('park-share'));
		expect(svg).toContain('>超过38%</text>');
		expect(svg).toContain('>来源：青禾市统计局（虚构）</text>');
		// A step that gives the story's own estimate says whose it is in its source line.
		const estimated = previewSvg(card('street-canteens'));
		expect(estimated).toContain('>7个</text>');
		expect(estimated).toContain('推算：本文');
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
			for (const step of allSteps(story)) {
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
