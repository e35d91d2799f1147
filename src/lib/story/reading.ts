/**
 * Reading by keyboard and by click: the article's figures, each a link to its row in the closing
 * table as built, become buttons that open their source panel; the step controls beside the text
 * and the `j`/`k` keys move one step. The article is static HTML (see `./static-html`): the page
 * answers all of them by delegation, and the panel's code loads the first time a reader asks.
 */
import type { TraceStory } from '$lib/trace/trace';

/** The figure control an event happened on, if any: in the article or a presentation's caption. */
export const figureControl = (target: EventTarget | null) =>
	(target as Element | null)?.closest?.<HTMLElement>('a.fig[data-fig]') ?? null;

/** The step control an event happened on: −1 for the previous step, 1 for the next. */
export function stepControl(target: EventTarget | null): number | null {
	const button = (target as Element | null)?.closest?.<HTMLElement>('[data-go]');
	return button ? Number(button.dataset.go) : null;
}

/**
 * Where a key belongs to what has focus, not to the page: a form control, the source panel, a
 * table (which scrolls with keys), anything editable.
 */
export const keyIsTaken = (target: EventTarget | null) =>
	!!(target as Element | null)?.closest?.(
		'input, textarea, select, [contenteditable], [data-trace], table, .table-wrap'
	);

export type ReadingCommand = 'present' | 'next' | 'prev' | 'source';

/** What a key does while reading: `p` presents, `j` and `k` move a step, Space opens a figure. */
export function readingKey(
	event: Pick<KeyboardEvent, 'key' | 'target' | 'metaKey' | 'ctrlKey' | 'altKey'>
): ReadingCommand | null {
	if (event.metaKey || event.ctrlKey || event.altKey || keyIsTaken(event.target)) return null;
	// A figure is a button once the page has started: Space presses it (Enter clicks it anyway).
	if (event.key === ' ' && figureControl(event.target)) return 'source';
	switch (event.key) {
		case 'p':
		case 'P':
			return 'present';
		case 'j':
		case 'J':
			return 'next';
		case 'k':
		case 'K':
			return 'prev';
		default:
			return null;
	}
}

/**
 * The page has started: the figures are buttons now, and the step controls answer (not in the
 * presenter's own window, where the article is out of sight behind its view).
 */
export function startReading({ stepControls = true } = {}, root: ParentNode = document) {
	if (stepControls) root.querySelector('[data-step-nav]')?.removeAttribute('hidden');
	for (const a of root.querySelectorAll('a.fig[data-fig]')) {
		a.setAttribute('role', 'button');
		a.setAttribute('aria-haspopup', 'dialog');
	}
}

// The panel's module, once a reader has asked for it.
let panelModule: Promise<typeof import('$lib/trace/panel')> | undefined;

/** Opens the figure's source panel (or closes it, if it is this figure's), loading it first. */
export function showSource(control: HTMLElement, story: TraceStory) {
	panelModule ??= import('$lib/trace/panel');
	panelModule.then((panel) => panel.toggleSource(control, story));
}

/** Closes the source panel, if one was ever opened (a step changed under it). */
export function closeSource() {
	panelModule?.then((panel) => panel.closeSource());
}

/**
 * The step `delta` steps from the active one, as the reader sees it: before the active step is
 * reached (the top of the page, above the first step), the next step is the active one itself;
 * once it has gone by (the closing), so is the previous.
 */
export function stepFrom(
	slugs: readonly string[],
	active: string,
	delta: number,
	where: 'ahead' | 'behind' | 'at'
): string | undefined {
	const i = slugs.indexOf(active);
	if (i < 0) return slugs[0];
	if ((delta > 0 && where === 'ahead') || (delta < 0 && where === 'behind')) return active;
	return slugs[Math.min(Math.max(i + delta, 0), slugs.length - 1)];
}

/**
 * Runs `run` once, at the reader's first press, tap or key (captured, passive: nothing on a
 * scroll). Returns the listeners' removal.
 */
export function onFirstPress(run: () => void): () => void {
	const types = ['pointerdown', 'keydown', 'touchstart'];
	const stop = () => {
		for (const type of types) window.removeEventListener(type, once, true);
	};
	const once = () => {
		stop();
		run();
	};
	for (const type of types) window.addEventListener(type, once, { capture: true, passive: true });
	return stop;
}
