/**
 * Where scenes find their layouts. On the server they are provided up front (prerendering needs
 * every scene); in the browser they load when the reader first does something, so the first load
 * carries none: the scene on screen then is static HTML drawn at build time (see Graphic.svelte).
 */
import type * as Layouts from './layouts';
import type { Marks, SceneContext, Size } from './marks';
import type { SceneSpec } from './spec';
import { loadPart } from '$lib/start/parts';

type LayoutModule = typeof Layouts;

class Registry {
	/** The layouts module once it is here; raw, because a module is not state to proxy. */
	layouts = $state.raw<LayoutModule | null>(null);
}

export const registry = new Registry();

/** Makes the layouts available at once (server rendering, tests). */
export function provideLayouts(module: LayoutModule) {
	registry.layouts = module;
}

let loading: Promise<LayoutModule> | undefined;

/**
 * Loads the layouts once; resolves when every scene can be laid out. A load that fails (the network,
 * after its tries again) rejects, and the next call tries anew.
 */
export function loadLayouts(): Promise<LayoutModule> {
	if (registry.layouts) return Promise.resolve(registry.layouts);
	loading ??= loadPart(
		() => import('./layouts'),
		(m) => typeof (m as Partial<LayoutModule>).layoutScene === 'function'
	).then(
		(module) => {
			registry.layouts = module;
			return module;
		},
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}

// Layouts already computed, by figures, scene and size. Layouts are pure: the same scene at the
// same size always gives the same marks, which are never changed once made.
const laidOut = new WeakMap<SceneContext, WeakMap<SceneSpec, Map<string, Marks>>>();
const KEPT_SIZES = 4;

/** The scene's marks at this size: computed once, then kept (a few sizes per scene). */
export function layoutOf(layouts: LayoutModule, spec: SceneSpec, ctx: SceneContext, size: Size) {
	let specs = laidOut.get(ctx);
	if (!specs) laidOut.set(ctx, (specs = new WeakMap()));
	let sizes = specs.get(spec);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache: nothing is drawn from it
	if (!sizes) specs.set(spec, (sizes = new Map()));
	const key = `${size.width}x${size.height}${size.present ? 'p' : ''}`;
	let marks = sizes.get(key);
	if (!marks) {
		marks = layouts.layoutScene(spec, ctx, size);
		if (sizes.size >= KEPT_SIZES) sizes.delete(sizes.keys().next().value!);
		sizes.set(key, marks);
	}
	return marks;
}

/**
 * Lays these scenes out ahead, at this size, one per idle moment of the browser: the scenes the
 * reader is likely to see next, so that a step change only draws. Returns a function that stops.
 */
export function prepareLayouts(specs: SceneSpec[], ctx: SceneContext, size: Size): () => void {
	const layouts = registry.layouts;
	// Safari has no requestIdleCallback: it lays out when the step comes, as without this.
	if (!layouts || typeof requestIdleCallback !== 'function') return () => {};
	const queue = [...specs];
	let handle = 0;
	const next = () => {
		const spec = queue.shift();
		if (!spec) return;
		handle = requestIdleCallback(() => {
			layoutOf(layouts, spec, ctx, size);
			next();
		});
	};
	next();
	return () => cancelIdleCallback(handle);
}
