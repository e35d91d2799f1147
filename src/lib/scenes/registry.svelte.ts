/**
 * Where scenes find their layouts. On the server they are provided up front (prerendering needs
 * every scene); in the browser they load when the reader first does something, so the first load
 * carries none: the scene on screen then is static HTML drawn at build time (see Graphic.svelte).
 */
import type * as Layouts from './layouts';

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

/** Loads the layouts once; resolves when every scene can be laid out. */
export function loadLayouts(): Promise<LayoutModule> {
	if (registry.layouts) return Promise.resolve(registry.layouts);
	loading ??= import('./layouts').then((module) => {
		registry.layouts = module;
		return module;
	});
	return loading;
}
