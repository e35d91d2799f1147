/**
 * The embed's engine, on the fixture story's scenes: what its page carries of the story (only its
 * scene's figures, names and lists, which must be enough to lay the scene out as the story does),
 * the size its scene is laid out at in a column, and the code a host page pastes.
 */
import { describe, expect, it } from 'vitest';
import { embedContext } from '$lib/embed/context';
import { EMBED_WIDTH, embedCode, embedSceneSize, HEIGHT_MESSAGE } from '$lib/embed/size';
import * as layouts from '$lib/scenes/layouts';
import { verticalExtent } from '$lib/scenes/marks';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { sceneFigureIds } from '$lib/scenes/spec';
import { sceneContext } from '$lib/story/context';
import { allSteps } from '$lib/story/resolve';
import { fixtureStory } from './fixture';

provideLayouts(layouts);
const editions = [fixtureStory('zh-CN'), fixtureStory('en')].map((story) => ({
	story,
	ctx: sceneContext(story)
}));

describe('an embed’s scene', () => {
	it('carries only what its scene reads, and that lays it out exactly as the whole story does', () => {
		for (const { story, ctx } of editions)
			for (const step of allSteps(story)) {
				const own = embedContext(step.scene, ctx);
				// Its scene's figures and no other; none of the story's names or lists it does not name.
				expect(Object.keys(own.figures).sort(), step.slug).toEqual(
					[...new Set(sceneFigureIds(step.scene))].sort()
				);
				expect(Object.keys(ctx.figures).length).toBeGreaterThan(Object.keys(own.figures).length);
				expect([own.names, own.lists], step.slug).toEqual([{}, {}]);
				expect(JSON.stringify(own).length, step.slug).toBeLessThan(JSON.stringify(ctx).length);
				for (const size of [embedSceneSize(390), embedSceneSize(1000)])
					expect(layouts.layoutScene(step.scene, own, size), step.slug).toEqual(
						layouts.layoutScene(step.scene, ctx, size)
					);
			}
	});

	it('carries only the names and lists its scene names, of a story that has others', () => {
		const { ctx } = editions[0]!;
		const list = (source: string) => ({ source, items: [source] });
		const more = {
			...ctx,
			names: { districts: ['a'], other: ['b'] },
			lists: { measures: list('c'), other: list('d') }
		};
		const own = embedContext({ type: 'list', items: 'measures' }, more);
		expect(own.lists).toEqual({ measures: list('c') });
		expect(own.names).toEqual({});
		expect(own.figures).toEqual({});
		const framework = embedContext(
			{ type: 'framework', groups: [{ figure: 'street-count', names: ['districts'] }] },
			more
		);
		expect(framework.names).toEqual({ districts: ['a'] });
		expect(framework.lists).toEqual({});
		expect(Object.keys(framework.figures)).toEqual(['street-count']);
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

describe('the embed code', () => {
	const code = embedCode(
		'https://example.org/embed/street-canteens',
		'Canteens "for" <streets> & more'
	);

	it('frames the embed, its title escaped, at an estimated height', () => {
		expect(code).toMatch(
			/^<iframe src="https:\/\/example\.org\/embed\/street-canteens" title="Canteens &quot;for&quot; &lt;streets&gt; &amp; more" height="\d+"/
		);
		expect(code).toContain('width:100%');
	});

	it('sets a frame’s height from its own embed’s message, and from no other origin', () => {
		expect(code).toContain(`e.data[${JSON.stringify(HEIGHT_MESSAGE)}]`);
		expect(code).toContain('e.origin === "https://example.org"');
		expect(code).toContain('f.contentWindow === e.source');
		// The lines run as they are: no syntax error, and they size the frame the message names.
		const script = /<script>\n([\s\S]*)\n<\/script>$/.exec(code)![1]!;
		const frame = { contentWindow: {}, style: { height: '' } };
		let listener: ((e: unknown) => void) | undefined;
		new Function('addEventListener', 'document', script)(
			(_: string, f: (e: unknown) => void) => (listener = f),
			{ querySelectorAll: () => [frame] }
		);
		listener!({
			origin: 'https://evil.example',
			source: frame.contentWindow,
			data: { [HEIGHT_MESSAGE]: { a: 10 } }
		});
		expect(frame.style.height).toBe('');
		listener!({
			origin: 'https://example.org',
			source: frame.contentWindow,
			data: { [HEIGHT_MESSAGE]: { a: 432 } }
		});
		expect(frame.style.height).toBe('432px');
	});
});
