/**
 * What a built page does before its scripts have started, carried inside its start script (see
 * $lib/server/after-paint). Self-contained, with no imports: its source text is written into the
 * page.
 *
 * The page is built as the scrolly, opened at a step with that step's scene in its graphic: right
 * as long as the reader stays there. The page turns into a page of text with each step's still
 * figure in the flow (`html[data-app="static"]`, as readers without JavaScript get it), keeping
 * the reader's place, when
 * - the reader moves to another step before the scripts have started (the graphic would show the
 *   wrong scene); the scripts turn it back into the scrolly when they start (./take-over);
 * - a script or its preload fails to load, or the scripts have not started after `timeoutMs`: then
 *   a notice says so, with a button to load the page again.
 * Controls that need scripts stay hidden until they have started (app.css).
 */
/** Where a step starts to show its scene: the trigger line, the same for the page's scroller. */
export const TRIGGER = { line: 0.6, phoneLine: 0.8, phoneMaxWidth: 759 } as const;

export interface BootConfig {
	/** The trigger line, as a share of the screen's height: beside the text, and on a phone. */
	line: number;
	phoneLine: number;
	/** The widest screen laid out as a phone. */
	phoneMaxWidth: number;
	/** How long to wait for the scripts before saying they have not come. */
	timeoutMs: number;
}

export interface BootState {
	/** The reader scrolled, tapped or pressed a key before the scripts started. */
	moved: boolean;
	/** The scripts failed, or have not come in time. */
	failed: boolean;
	/** The scripts have started: stop watching. */
	stop: () => void;
	/** A script failed to load: show the page of text and the notice. */
	fail: () => void;
}

export function boot(
	config: BootConfig,
	keepInPlace: (change: () => void, line: number) => void
): BootState {
	const html = document.documentElement;
	const built = document.querySelector('[data-active-step]')?.getAttribute('data-active-step');
	const line = () =>
		window.innerHeight *
		(window.innerWidth <= config.phoneMaxWidth ? config.phoneLine : config.line);
	/** The step under the trigger line, as the page's scroller reads it. */
	const inView = () => {
		let found: string | undefined;
		for (const el of document.querySelectorAll<HTMLElement>(
			'main [data-step], main [data-step-lead]'
		)) {
			if (el.getBoundingClientRect().top > line()) break;
			found = el.dataset.step ?? el.dataset.stepLead;
		}
		return found ?? built;
	};
	const toStatic = () => {
		if (html.dataset.app !== 'static') keepInPlace(() => (html.dataset.app = 'static'), line());
	};
	const state: BootState = {
		moved: false,
		failed: false,
		stop: () => {
			clearTimeout(timer);
			removeEventListener('scroll', check);
			removeEventListener('error', onError, true);
			removeEventListener('unhandledrejection', onRejection);
			for (const type of INPUT) removeEventListener(type, onInput, true);
		},
		fail: () => {
			if (html.dataset.app === 'started') return;
			state.failed = true;
			toStatic();
			const notice = document.querySelector<HTMLElement>('[data-notice="scripts"]');
			if (notice) notice.hidden = false;
		}
	};
	// The reader moving on: the page of text. The page placed elsewhere by the browser (a link to a
	// step that is not the page's own, `/financing#credit-loans`): the graphic is hidden until the
	// scripts draw the right scene.
	const check = () => {
		const stale = inView() !== built;
		if (stale && state.moved) {
			removeEventListener('scroll', check);
			html.removeAttribute('data-stale');
			toStatic();
		} else html.toggleAttribute('data-stale', stale);
	};
	const onError = (event: Event) => {
		const el = event.target;
		if (
			el instanceof HTMLScriptElement ||
			(el instanceof HTMLLinkElement && el.rel === 'modulepreload')
		)
			state.fail();
	};
	// The start script's imports (of the page's modules) failing.
	const onRejection = (event: PromiseRejectionEvent) => {
		if (!/module/i.test(String(event.reason?.message ?? event.reason))) return;
		// Handled here: the page says what happened, not the console.
		event.preventDefault();
		state.fail();
	};
	addEventListener('unhandledrejection', onRejection);
	const INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'];
	const onInput = () => (state.moved = true);
	for (const type of INPUT) addEventListener(type, onInput, { capture: true, passive: true });
	addEventListener('scroll', check, { passive: true });
	addEventListener('error', onError, true);
	const timer = setTimeout(state.fail, config.timeoutMs);
	document.querySelector('[data-notice="scripts"] button')?.addEventListener('click', () => {
		location.reload();
	});
	check();
	return state;
}
