/**
 * Snapshots of every step's scene, Observable Plot's way: each scene is rendered on the server,
 * its SVG cleaned so that only what a reader could see a difference in remains, and compared with
 * `tests/snapshots/<slug>.svg`. A missing file is written (the first run); a changed scene writes
 * `<slug>-changed.svg` beside the stored one so a person can look at both, and fails.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { zh as content } from '../support/content';
import Scene from '$lib/components/Scene.svelte';
import * as layouts from '$lib/scenes/layouts';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { loadDataset } from '$lib/server/read-data';
import { sceneContext } from '$lib/story/context';
import { allSteps, buildStory } from '$lib/story/resolve';

const DIR = fileURLToPath(new URL('../snapshots/', import.meta.url));
const SIZE = { width: 640, height: 420 };

// As on the server: every scene is laid out at once.
provideLayouts(layouts);

const story = buildStory(content, loadDataset('data'));
const ctx = sceneContext(story);
const steps = allSteps(story);

/** Rounds a number written in markup to at most one decimal place, without a negative zero. */
const round = (n: string) => {
	const x = Math.round(Number(n) * 10) / 10;
	return String(Object.is(x, -0) ? 0 : x);
};

/**
 * The scene's `<svg>` as a stable, readable text: hydration comments and Svelte's scoped-style
 * class (a hash of the component's CSS, not of the chart) dropped, numbers inside tags rounded,
 * one element per line. Text content is kept as it is: those are the numbers the reader sees.
 */
function cleanSvg(body: string): string {
	const start = body.indexOf('<svg');
	const end = body.lastIndexOf('</svg>');
	if (start < 0 || end < 0) throw new Error('The rendered scene has no <svg> element');
	return (
		body
			.slice(start, end + '</svg>'.length)
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<[^>]+>/g, (tag) =>
				tag
					.replace(/\s+svelte-[a-z0-9]+(?=[\s"])/g, '')
					// Only numbers with a fraction or an exponent can need rounding; leaving integers
					// alone keeps digits in names (`5g-sectors-title`) as they are.
					.replace(/-?\d*\.\d+(?:e[-+]?\d+)?|-?\d+e[-+]?\d+/g, round)
			)
			.replace(/>\s+</g, '><')
			.replace(/^<svg(?![^>]*\sxmlns=)/, '<svg xmlns="http://www.w3.org/2000/svg"')
			.replace(/></g, '>\n<')
			// An element with no children stays on one line: `<rect …></rect>`.
			.replace(/(<(\w+)[^>]*>)\n(<\/\2>)/g, '$1$3') + '\n'
	);
}

function renderStep(step: (typeof steps)[number]): string {
	const { body } = render(Scene, {
		props: {
			spec: step.scene,
			ctx,
			...SIZE,
			id: step.slug,
			title: step.title,
			alt: step.alt,
			still: true
		}
	});
	return cleanSvg(body);
}

describe('cleanSvg', () => {
	it('rounds numbers in markup, keeps text, drops comments and style hashes', () => {
		const body =
			'<!--[--><svg class="scene svelte-18hak38 still" viewBox="0 0 640 420">' +
			'<!--[--><rect class="m t-ink svelte-18hak38" style="transform: translate(4.04px, -0.04px) scale(48.25, 1e-7);"></rect>\n  ' +
			'<path d="M12.345,6.789L-3.21,4"></path><text id="5g-sectors-title">5889.65亿元</text></svg><!--]-->';
		expect(cleanSvg(body)).toBe(
			[
				'<svg xmlns="http://www.w3.org/2000/svg" class="scene still" viewBox="0 0 640 420">',
				'<rect class="m t-ink" style="transform: translate(4px, 0px) scale(48.3, 0);"></rect>',
				'<path d="M12.3,6.8L-3.2,4"></path>',
				'<text id="5g-sectors-title">5889.65亿元</text>',
				'</svg>',
				''
			].join('\n')
		);
	});
});

describe('scene snapshots (tests/snapshots/<slug>.svg)', () => {
	mkdirSync(DIR, { recursive: true });

	it.each(steps.map((s) => [s.slug, s] as const))('%s', (slug, step) => {
		const svg = renderStep(step);
		const stored = `${DIR}${slug}.svg`;
		const changed = `${DIR}${slug}-changed.svg`;
		if (!existsSync(stored)) {
			writeFileSync(stored, svg);
			return;
		}
		// Line endings as a checkout may have converted them are not a change.
		if (readFileSync(stored, 'utf8').replace(/\r\n/g, '\n') === svg) {
			rmSync(changed, { force: true });
			return;
		}
		writeFileSync(changed, svg);
		expect.fail(
			`The scene of step ${slug} changed: compare tests/snapshots/${slug}.svg (stored) with ` +
				`tests/snapshots/${slug}-changed.svg (now). If the change is right, replace the first ` +
				'with the second.'
		);
	});

	it('renders the same SVG twice (no clock, no randomness)', () => {
		for (const step of steps) expect(renderStep(step)).toBe(renderStep(step));
	});

	it('keeps no snapshot of a step that no longer exists', () => {
		const slugs = new Set(steps.map((s) => s.slug));
		const stale = readdirSync(DIR)
			.filter((name) => name.endsWith('.svg') && !name.endsWith('-changed.svg'))
			.map((name) => name.slice(0, -'.svg'.length))
			.filter((slug) => !slugs.has(slug));
		expect(stale, 'snapshots without a step: delete them').toEqual([]);
	});
});
