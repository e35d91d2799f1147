// The story's test: it embeds each of this story's 41 scenes, in both editions.
/**
 * Each of this story's 41 scenes, in both editions, embeds: its page carries a small part of the
 * story (its scene's figures, names and lists, enough to lay it out as the story does), and it is
 * laid out in a column from a phone's width to a wide page's. (The engine's is
 * tests/engine/embed.test.ts, on the fixture.)
 */
import { describe, expect, it } from 'vitest';
import { zh, en } from '../support/content';
import { embedContext } from '$lib/embed/context';
import { EMBED_WIDTH, embedSceneSize } from '$lib/embed/size';
import * as layouts from '$lib/scenes/layouts';
import { verticalExtent } from '$lib/scenes/marks';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { loadDataset } from '$lib/server/read-data';
import { sceneContext } from '$lib/story/context';
import { allSteps, buildStory } from '$lib/story/resolve';

provideLayouts(layouts);
const dataset = loadDataset('data');
const editions = [buildStory(zh, dataset), buildStory(en, dataset)].map((story) => ({
	story,
	ctx: sceneContext(story)
}));

describe('an embed’s scene', () => {
	it('carries only what its scene reads, and that lays it out exactly as the whole story does', () => {
		for (const { story, ctx } of editions)
			for (const step of allSteps(story)) {
				const own = embedContext(step.scene, ctx);
				expect(JSON.stringify(own).length, step.slug).toBeLessThan(JSON.stringify(ctx).length / 3);
				for (const size of [embedSceneSize(390), embedSceneSize(1000)])
					expect(layouts.layoutScene(step.scene, own, size), step.slug).toEqual(
						layouts.layoutScene(step.scene, ctx, size)
					);
			}
	});

	it('is laid out at the column’s width, as tall as its marks need, from a phone to a wide page', () => {
		for (const { story, ctx } of editions)
			for (const step of allSteps(story))
				for (const width of [EMBED_WIDTH.min, 390, 600, 1000, EMBED_WIDTH.max]) {
					const lay = (size: { width: number; height: number }) =>
						layouts.layoutScene(step.scene, ctx, size);
					const size = embedSceneSize(width, lay);
					const where = `${story.locale} ${step.slug} at ${width}`;
					expect(size.width, where).toBe(Math.max(260, width));
					const span = verticalExtent(lay(size));
					// Its marks within its box, and no blank band above or below them (beyond a margin)
					// but in the smallest box a scene gets.
					expect(span.bottom - span.top, where).toBeLessThanOrEqual(size.height + 1);
					if (size.height > 140)
						expect(size.height - (span.bottom - span.top), where).toBeLessThanOrEqual(48);
				}
	});
});
