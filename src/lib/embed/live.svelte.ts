/**
 * The embed page's one script, bundled on its own (see $lib/server/embed-script): it draws the live
 * scene in place of the build's still figure, laid out for the width the host page gives the frame
 * and laid out again, its marks moving, whenever that width changes; and it tells the host page
 * the embed's height on load and on every change of it (see ./size). Engine code: the scene, its
 * figures and its words are read from the page.
 */
import { mount } from 'svelte';
import Scene from '$lib/components/Scene.svelte';
import * as layouts from '$lib/scenes/layouts';
import type { SceneContext } from '$lib/scenes/marks';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import type { SceneSpec } from '$lib/scenes/spec';
import { embedSceneSize, HEIGHT_MESSAGE } from './size';

/** What the page's scene box carries (`data-scene`): the scene, and what its layout reads. */
export interface EmbeddedScene {
	spec: SceneSpec;
	ctx: SceneContext;
	id: string;
	title: string;
	alt: string;
}

provideLayouts(layouts);
const root = document.documentElement;

const box = document.querySelector<HTMLElement>('[data-scene]');
if (box) {
	const scene = JSON.parse(box.dataset.scene!) as EmbeddedScene;
	const sizeAt = (width: number) =>
		embedSceneSize(width, (size) => layouts.layoutScene(scene.spec, scene.ctx, size));
	let size = $state(sizeAt(box.clientWidth));
	box.replaceChildren();
	mount(Scene, {
		target: box,
		props: {
			...scene,
			get width() {
				return size.width;
			},
			get height() {
				return size.height;
			}
		}
	});
	new ResizeObserver(() => {
		if (Math.round(box.clientWidth) !== size.width) size = sizeAt(box.clientWidth);
	}).observe(box);
}

// The host page sets the frame's height from this (the embed code's lines, or Datawrapper's own).
const tell = () => {
	if (parent === window) return;
	const height = Math.ceil(root.getBoundingClientRect().height);
	parent.postMessage({ [HEIGHT_MESSAGE]: { [root.dataset.embed ?? 'embed']: height } }, '*');
};
new ResizeObserver(tell).observe(root);
addEventListener('load', tell);
requestAnimationFrame(() => {
	tell();
	root.dataset.ready = 'true';
});
