/**
 * The source panel's one instance, mounted in the page the first time a reader asks where a number
 * comes from; the page's script imports this module only then (see `$lib/story/reading`), so
 * neither the panel nor the figures' sentences weigh on the page's first load.
 */
import { mount } from 'svelte';
import SourcePanel from './SourcePanel.svelte';
import type { TraceStory } from './trace';

let panel: { toggle: (control: HTMLElement) => void; close: (refocus: boolean) => void } | null =
	null;

/** Opens the panel on a figure control (`a.fig[data-fig]`), or closes it if it shows that one. */
export function toggleSource(control: HTMLElement, story: TraceStory) {
	panel ??= mount(SourcePanel, { target: document.body, props: { story } });
	panel.toggle(control);
}

/** Closes the panel, if it is open (a step changed under it). */
export function closeSource() {
	panel?.close(false);
}
