/**
 * Each step's still figure as an SVG file of its own, a chart to take away (the page itself carries
 * the same figures inline, for the printed handout and readers without JavaScript). The colours,
 * type and mark styles of the page are embedded, so the file draws the same scene on its own.
 */
import { error } from '@sveltejs/kit';
import { render } from 'svelte/server';
import appCss from '../../../app.css?raw';
import Scene from '$lib/components/Scene.svelte';
import sceneCss from '$lib/scenes/scene.css?raw';
import { story } from '$lib/server/story';
import { sceneContext } from '$lib/story/context';
import { allSteps } from '$lib/story/steps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const steps = allSteps(story);
export const entries: EntryGenerator = () => steps.map((step) => ({ slug: step.slug }));

/** The size figures are laid out at, as in the page's printed and no-script figures. */
const FIGURE_SIZE = { width: 600, height: 400 };

// The page's palette (its :root custom properties) and type, set on the file's <svg>.
const palette = /:root\s*\{([^}]*)\}/.exec(appCss)?.[1] ?? '';
const font = /\nbody\s*\{[^}]*?font-family:([^;]*);/.exec(appCss)?.[1] ?? 'sans-serif';
// CDATA: the CSS may hold characters that XML reads as markup.
const style = `<style><![CDATA[svg.scene{${palette.replace(/\s+/g, ' ')}font-family:${font.replace(/\s+/g, ' ')}}${sceneCss}]]></style>`;

export const GET: RequestHandler = ({ params }) => {
	const step = steps.find((s) => s.slug === params.slug);
	if (!step) error(404, `No step ${params.slug}`);
	const { body } = render(Scene, {
		props: {
			spec: step.scene,
			ctx: sceneContext(story),
			...FIGURE_SIZE,
			id: `${step.slug}-figure`,
			title: step.title,
			alt: step.alt,
			still: true
		}
	});
	const svg = body
		// Svelte's markers for hydration: nothing to hydrate in a file.
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"')
		.replace('<title', `${style}<title`);
	return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
