// The story's test: it measures the posters of this story's 41 steps and their figures and links.
/**
 * The share posters of every one of this story's 41 steps, in both editions, measured as the
 * renderer sets them (tests/support/poster-layout.ts): no text leaves the poster or overlaps
 * another, nor the QR code, the type is large enough, and they show this story's own figures and
 * addresses. (The e2e test reads the built PNGs: their size, ink and QR code.) (The engine's is
 * tests/engine/posters.test.ts, on the fixture.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { zh, en } from '../support/content';
import * as layouts from '$lib/scenes/layouts';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { posters, posterSvgOf } from '$lib/server/images/catalogue';
import { loadDataset } from '$lib/server/read-data';
import { sceneContext } from '$lib/story/context';
import { allSteps, buildStory } from '$lib/story/resolve';
import { loadFaces, posterProblems, smallestTexts, type Faces } from '../support/poster-layout';

provideLayouts(layouts);
const dataset = loadDataset('data');
const editions = [buildStory(zh, dataset), buildStory(en, dataset)].map((story) => ({
	story,
	ctx: sceneContext(story)
}));
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
			const problems = all.flatMap((poster) =>
				posterProblems(posterSvgOf(poster), story.locale, faces, `${story.locale} ${poster.slug}`)
			);
			expect(problems).toEqual([]);
		});
	}

	// A phone shows a poster at about a third of its size in a chat, whole-screen when opened. A
	// scene with many labels is drawn smaller where the poster's text leaves it less room.
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
			for (const poster of posters(story, ctx, '').filter((_, i) => i % 7 === 0)) {
				const svg = posterSvgOf(poster);
				expect(svg, poster.slug).not.toMatch(/scale\(\d+\)"><rect/);
				expect(svg, poster.slug).not.toContain(story.ui.qrHint);
			}
			const [first] = posters(story, ctx, SITE);
			expect(posterSvgOf(first!)).toContain(story.ui.qrHint);
			expect(first!.spec.qr!.url).toBe(
				`${SITE}${story.locale === 'en' ? '/en' : ''}/press-conference`
			);
		}
	});

	it('shows the step’s key figure with its qualifier and period, and its source line', () => {
		const { story, ctx } = editions[0]!;
		const svg = posterSvgOf(posters(story, ctx, SITE).find((p) => p.slug === 'credit-loans')!);
		expect(svg).toContain('>超过42%</text>');
		expect(svg).toContain('>来源：新华社</text>');
		const period = posterSvgOf(
			posters(story, ctx, SITE).find((p) => p.slug === 'industry-growth')!
		);
		expect(period).toMatch(/（2025年上半年）<\/text>|2025年上半年）<\/text>/);
	});
});
