/**
 * Work for the browser's long idle periods: when it has had nothing to draw for a while (the reader
 * is reading, not scrolling, and nothing on screen moves), not in the short gaps between the frames
 * of a scroll, where work of more than a few milliseconds delays the next frame. And work for the
 * end of a scroll.
 */

/** The idle time a period must still have for work to start in it. */
export const LONG_IDLE_MS = 20;

/**
 * How long to wait after a short idle period before asking for another. Asking again at once
 * would be answered in every frame of a scroll, each answer a task of its own.
 */
export const RETRY_MS = 250;

/**
 * Runs `task` once, in the first idle period with at least `ms` left. Returns a function that
 * cancels it. Where the browser has no idle callbacks (Safari), the task runs once the page has
 * not scrolled for `RETRY_MS`: its nearest sign of a reader reading.
 */
export function whenLongIdle(task: () => void, ms = LONG_IDLE_MS): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let handle = 0;
	const idle = typeof requestIdleCallback === 'function';
	let y = idle ? 0 : window.scrollY;
	const later = () => (timer = setTimeout(look, RETRY_MS));
	function look() {
		if (idle) {
			handle = requestIdleCallback((deadline) =>
				deadline.timeRemaining() >= ms ? task() : later()
			);
		} else if (window.scrollY === y) task();
		else {
			y = window.scrollY;
			later();
		}
	}
	if (idle) look();
	else later();
	return () => {
		clearTimeout(timer);
		if (idle) cancelIdleCallback(handle);
	};
}

/** How long a reader stays on a step before work for the steps to come is done (see `whenStill`). */
export const STILL_MS = 1000;

/**
 * Runs `task` once the page has not scrolled for `ms`, in the first long idle period after that:
 * while the reader reads, not between the frames of a scroll, nor in the moments after a step
 * change, when the new step's own drawing is under way. Returns a function that cancels it.
 */
export function whenStill(task: () => void, ms = STILL_MS): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let stopIdle = () => {};
	const stop = () => {
		clearTimeout(timer);
		stopIdle();
		window.removeEventListener('scroll', arm);
	};
	function arm() {
		clearTimeout(timer);
		stopIdle();
		timer = setTimeout(() => {
			window.removeEventListener('scroll', arm);
			stopIdle = whenLongIdle(task);
		}, ms);
	}
	window.addEventListener('scroll', arm, { passive: true });
	arm();
	return stop;
}

/**
 * How long without a scroll stands for the end of a scroll, where no scroll-end event comes (a
 * scroll that ended before the wait began, a browser without the event). Short: the address waits
 * for it, and a reader who reloads or shares soon after a scroll expects the step they see.
 */
export const SCROLL_QUIET_MS = 400;

/**
 * Runs `task` once, when the scroll under way ends (`scrollend`), or once the page has not scrolled
 * for `SCROLL_QUIET_MS` (each scroll event starts that wait again, so a long scroll never runs it
 * midway). Returns a function that cancels it.
 */
export function whenScrollEnds(task: () => void): () => void {
	const done = () => {
		stop();
		task();
	};
	let timer = setTimeout(done, SCROLL_QUIET_MS);
	const moved = () => {
		clearTimeout(timer);
		timer = setTimeout(done, SCROLL_QUIET_MS);
	};
	window.addEventListener('scrollend', done);
	window.addEventListener('scroll', moved, { passive: true });
	const stop = () => {
		clearTimeout(timer);
		window.removeEventListener('scrollend', done);
		window.removeEventListener('scroll', moved);
	};
	return stop;
}
