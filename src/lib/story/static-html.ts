/**
 * The article and the closing section as static HTML, rendered once when a page is built.
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
import type { ComponentProps } from 'svelte';

export function renderArticle(props: ComponentProps<typeof Article>): string {
	return render(Article, { props }).body;
}

export function renderClosing(props: ComponentProps<typeof Closing>): string {
	return render(Closing, { props }).body;
}
