/**
 * Work for the browser's long idle periods: when it has had nothing to draw for a while (the reader
 * is reading, not scrolling, and nothing on screen moves), not in the short gaps between the frames
 * of a scroll, where work of more than a few milliseconds delays the next frame.
 */

/** The idle time a period must still have for work to start in it. */
export const LONG_IDLE_MS = 20;

/**
 * Runs `task` once, in the first idle period with at least `ms` left. Returns a function that
 * cancels it. Where the browser has no idle callbacks (Safari), the task never runs: it is work
 * ahead of time, which the caller does anyway when it is needed.
 */
export function whenLongIdle(task: () => void, ms = LONG_IDLE_MS): () => void {
	if (typeof requestIdleCallback !== 'function') return () => {};
	let handle = 0;
	const wait = () => {
		handle = requestIdleCallback((deadline) => {
			if (deadline.timeRemaining() >= ms) task();
			else wait();
		});
	};
	wait();
	return () => cancelIdleCallback(handle);
}
