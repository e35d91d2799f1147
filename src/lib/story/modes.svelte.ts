/**
 * A story page's modes: reading, presenting (one step a screen) and the presenter's own window;
 * the history entries that entering and leaving presentation write, Back and Forward between them,
 * and the presentation's code, loaded when a mode is first entered. The page (StoryPage.svelte)
 * holds the step in view and the address bar, and hands them in as a `ModeHost`.
 *
 * Presenting has an entry of its own, pushed over the reading entry it was entered from (or
 * returned to by Forward), so that Back leaves it for reading. Leaving it goes back to that reading
 * entry rather than leaving a new one behind: entering and leaving, however often, add one entry
 * at most.
 */
import { flushSync, tick, untrack } from 'svelte';
import { updated } from '$app/state';
import { loadLayouts } from '$lib/scenes/registry.svelte';
import { loadPart } from '$lib/start/parts';
import type { Entry } from './address-bar';
import type { StepView } from './types';

export type Mode = 'read' | 'present' | 'presenter';

/** What the modes need of the page. */
export interface ModeHost {
	/** The slug of the step in view; `setActive` makes another the one in view (no scrolling). */
	active(): string;
	setActive(slug: string): void;
	/** The step in view, and every step. */
	activeStep(): StepView;
	steps(): StepView[];
	/** A step's address in a mode. */
	linkOf(step: StepView, as?: Mode): string;
	/** The page's own history entries (see ./address-bar). */
	replace(url: string, state: Entry): void;
	push(url: string, state: Entry): void;
	isOwn(state: object): boolean;
	/** Puts a step at the trigger line and makes it the one in view. */
	showStep(slug: string): void;
}

/** Loads the page anew at `link` (this page's address: loads it again, not only its hash). */
export function loadAnew(link: string) {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never drawn
	const url = new URL(link, location.href);
	if (url.href === location.href) location.reload();
	else location.assign(url);
}

/**
 * The page's mode and what goes with it. Its methods are bound (each a field), so the page can hand
 * them to its controls as they are.
 */
export class StoryModes {
	mode = $state<Mode>('read');
	/** A mode whose code did not come: the page is back to reading and says so. */
	failedPart = $state<'present' | 'presenter' | null>(null);
	/** Presenting's entry lies over a reading entry (Back returns to it). */
	#overReading = false;
	/** The step to read once Back has brought that reading entry back. */
	#returning: string | null = null;
	#host: ModeHost;

	constructor(host: ModeHost) {
		this.#host = host;
	}

	enter = () => {
		const host = this.#host;
		if (this.mode !== 'read' || this.#returning) return;
		const step = host.activeStep();
		// A new version was deployed since this page loaded (its old files may be gone): load it.
		if (updated.current) {
			loadAnew(host.linkOf(step, 'present'));
			return;
		}
		// The entry being left remembers the step, so Back returns to reading it.
		host.replace(host.linkOf(step), { step: host.active() });
		host.push(host.linkOf(step, 'present'), { step: host.active(), present: true });
		this.#overReading = true;
		this.mode = 'present';
	};

	exit = () => {
		const host = this.#host;
		if (this.mode !== 'present') return;
		this.mode = 'read';
		flushSync();
		const slug = host.active();
		if (this.#overReading) {
			this.#overReading = false;
			this.#returning = slug;
			history.back();
		} else host.replace(host.linkOf(host.activeStep()), { step: slug });
		host.showStep(slug);
	};

	/**
	 * Back and Forward between explicit jumps: returns to the step and mode the entry remembers.
	 * Called from the page's effect on `page.state`; what it reads, it follows.
	 */
	followHistory = (state: { step?: string; present?: boolean }) => {
		const host = this.#host;
		if (host.isOwn(state) || !state.step || this.mode === 'presenter') return;
		const slug = state.step;
		if (this.#returning) {
			// Back to the reading entry presenting was entered from: it now names the step the
			// presentation was left at, which the reader reads (the browser restored the scroll of
			// the entry as it was).
			const step = host.steps().find((s) => s.slug === this.#returning) ?? host.activeStep();
			this.#returning = null;
			host.replace(host.linkOf(step), { step: step.slug });
			host.showStep(step.slug);
		} else if (!state.present && this.mode === 'present') {
			this.#overReading = false;
			this.mode = 'read';
			// Once the article is back on screen, put the step under the reader's eyes.
			tick().then(() => host.showStep(slug));
		} else if (state.present && this.mode === 'read') {
			host.setActive(slug);
			this.#overReading = true;
			this.mode = 'present';
		} else if (slug !== host.active() && this.mode === 'read' && document.getElementById(slug)) {
			host.showStep(slug);
		}
	};

	/**
	 * A mode's code, with the scene layouts. If it does not come (the network, after tries again),
	 * the page goes back to reading and says so; after a new deploy (its old files gone), the page
	 * loads anew, in the mode asked for. Null when it did not come.
	 */
	partOf = async <C>(load: () => Promise<{ default: C }>, as: 'present' | 'presenter') => {
		try {
			// Untracked: the block that awaits this must not start again when the layouts arrive.
			const [part] = await untrack(() =>
				Promise.all([loadPart(load, (m) => !!(m as { default?: unknown }).default), loadLayouts()])
			);
			this.failedPart = null;
			return part.default;
		} catch (error) {
			if (await updated.check().catch(() => false))
				loadAnew(this.#host.linkOf(this.#host.activeStep(), as));
			else {
				this.failedPart = as;
				if (this.mode === 'present') this.exit();
				else this.mode = 'read';
			}
			console.warn(error);
			return null;
		}
	};

	/** Tries the mode that failed again. */
	retryPart = () => {
		const as = this.failedPart;
		this.failedPart = null;
		if (as === 'present') this.enter();
		else if (as) this.mode = as;
	};
}
