/**
 * The share posters as drawn, for every step of the fixture story in both editions: each text
 * measured as the renderer sets it (tests/support/poster-layout.ts). No text may leave the poster
 * or overlap another, nor the QR code; the type is large enough for a phone; no QR code without
 * the site's address; the step's key figure with its qualifier and period, and its source line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as layouts from '$lib/scenes/layouts';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { posters, posterSvgOf } from '$lib/server/images/catalogue';
import { sceneContext } from '$lib/story/context';
import { allSteps } from '$lib/story/resolve';
import { loadFaces, posterProblems, smallestTexts, type Faces } from '../support/poster-layout';
import { fixtureStory } from './fixture';

provideLayouts(layouts);
const editions = ['zh-CN', 'en'].map((code) => {
	const story = fixtureStory(code);
	return { story, ctx: sceneContext(story) };
});
const SITE = 'https://example.org';

let faces: Faces;
beforeAll(async () => {
	faces = await loadFaces(editions);
}, 60_000);

describe('share posters', () => {
	for (const { story, ctx } of editions) {
		it(`every step's, in ${story.locale}: no text leaves the poster or overlaps another, or the QR code`, () => {
			const all = posters(story, ctx, SITE);
			expect(all.map((p) => p.slug)).toEqual(allSteps(story).map((s) => s.slug));
			expect(all).toHaveLength(6);
			const problems = all.flatMap((poster) =>
				posterProblems(posterSvgOf(poster), story.locale, faces, `${story.locale} ${poster.slug}`)
			);
			expect(problems).toEqual([]);
		});
	}

	// A phone shows a poster at about a third of its size in a chat, whole-screen when opened.
	it('sets its own text at 28 pixels or more, its scene’s at 15 or more', () => {
		const svgs = editions.flatMap(({ story, ctx }) =>
			posters(story, ctx, SITE).map((p) => ({ svg: posterSvgOf(p), locale: story.locale }))
		);
		const sizes = smallestTexts(svgs, faces);
		expect(sizes.own).toBeGreaterThanOrEqual(28);
		expect(sizes.scene).toBeGreaterThanOrEqual(15);
	});

	it('names no QR code without the site’s address: no code, and no line saying there is one', () => {
		for (const { story, ctx } of editions) {
			for (const poster of posters(story, ctx, '')) {
				const svg = posterSvgOf(poster);
				expect(svg, poster.slug).not.toMatch(/scale\(\d+\)"><rect/);
				expect(svg, poster.slug).not.toContain(story.ui.qrHint);
			}
			const all = posters(story, ctx, SITE);
			const prefix = story.locale === 'en' ? '/en' : '';
			expect(posterSvgOf(all[0]!)).toContain(story.ui.qrHint);
			// An opening step's page has no chapter; a chapter's step has its chapter.
			expect(all[0]!.spec.qr!.url).toBe(`${SITE}${prefix}/report-date`);
			expect(all.at(-1)!.spec.qr!.url).toBe(`${SITE}${prefix}/residents/street-canteens`);
		}
	});

	it('shows the step’s key figure with its qualifier and period, and its source line', () => {
		const { story, ctx } = editions[0]!;
		const svg = posterSvgOf(posters(story, ctx, SITE).find((p) => p.slug === 'park-share')!);
		expect(svg).toContain('>超过38%</text>');
		expect(svg).toContain('>来源：青禾市统计局（虚构）</text>');
		const period = posterSvgOf(
			posters(story, ctx, SITE).find((p) => p.slug === 'industry-growth')!
		);
		expect(period).toMatch(/（2030年全年）<\/text>|2030年全年）<\/text>/);
	});
});
