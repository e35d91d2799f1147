/**
 * The page's head, the opening, the article, the closing section and the opening scene as static HTML, rendered
 * once when a page is built.
 *
 * The page puts each in a raw-HTML (`@html`) block. When the browser starts the page, Svelte keeps
 * the HTML of such a block as the server wrote it, and does not walk it (Svelte documents this: a
 * block whose value differs between server and client keeps the server's). So starting the page
 * costs nothing for the article's thousand elements, which were most of a phone's start-up.
 * The HTML is Svelte's own server rendering of components, so every text in it is escaped as in
 * any component: nothing from content or data is ever parsed as markup.
 *
 * Server only: the page's load imports this module only when rendering on the server.
 */
import { render } from 'svelte/server';
import Article from '$lib/components/Article.svelte';
import Closing from '$lib/components/Closing.svelte';
import Head from '$lib/components/Head.svelte';
import Opening from '$lib/components/Opening.svelte';
import Scene from '$lib/components/Scene.svelte';
import type { ComponentProps } from 'svelte';
import { layoutScene } from '$lib/scenes/layouts';
import type { SceneContext } from '$lib/scenes/marks';
import type { StepView } from './types';

export function renderArticle(props: ComponentProps<typeof Article>): string {
	return render(Article, { props }).body;
}

/** The opening: kicker, title, dek and byline. */
export function renderOpening(props: ComponentProps<typeof Opening>): string {
	return render(Opening, { props }).body;
}

export function renderClosing(props: ComponentProps<typeof Closing>): string {
	return render(Closing, { props }).body;
}

/**
 * The head: nothing in it changes once the page is built (the page never navigates to another in
 * place), so the browser keeps it as built and runs no code for it.
 */
export function renderHead(props: ComponentProps<typeof Head>): string {
	// A list in the head (an `hreflang` link for each language) is marked for hydration
	// (`<!--[-->…<!--]-->`), its elements side by side. The head is kept as built, never hydrated:
	// each list is written as the rest of the head is, its elements a space apart.
	return render(Head, { props }).head.replace(/<!--\[-->([\s\S]*?)<!--\]-->/g, (_, items: string) =>
		items.replace(/\/><(?=link|meta)/g, '/> <')
	);
}

/**
 * The sizes the opening scene is laid out at, before the browser has measured the graphic: beside
 * the text on a wide screen, and full width on a phone (about 360 by 320 there).
 */
const WIDE = { width: 640, height: 420 };
const NARROW = { width: 360, height: 320 };

/**
 * The scene a page opens on, laid out and drawn at build time as the graphic draws it, once for
 * wide screens and once for phones (the page's CSS shows one; the ids differ). The page shows it
 * until the reader first does something, which is when the browser loads the layouts; starting
 * the page then does not hydrate its marks.
 */
export function renderOpeningScene(step: StepView, ctx: SceneContext, id: string): string {
	const draw = (size: { width: number; height: number }, sceneId: string) => {
		const initial = { marks: layoutScene(step.scene, ctx, size), ...size };
		return render(Scene, {
			props: {
				spec: step.scene,
				ctx,
				...size,
				id: sceneId,
				title: step.title,
				alt: step.alt,
				initial
			}
		}).body;
	};
	return `<div class="built-wide">${draw(WIDE, id)}</div><div class="built-narrow">${draw(NARROW, `${id}-narrow`)}</div>`;
}
