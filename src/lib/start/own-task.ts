/**
 * Work a page does when it starts, run in a task of its own.
 *
 * Kit starts the page in one task: Svelte hydrates it, runs every component's first effects, and
 * the router scans the page's links. A task over 50 ms blocks the reader's input, and Lighthouse
 * counts what is over 50 ms as blocking time. Setting up listeners and measuring the page (the
 * scroller's steps, where the page opens) can wait for the next task: the page as built is already
 * on screen and in place, so nothing the reader sees changes, and a press in between is answered
 * as soon as it is set up.
 */

/**
 * Runs `setUp` in a new task, after the current one. Returns what an effect returns: a function
 * that cancels it if it has not run yet, and otherwise runs the cleanup `setUp` returned.
 */
export function inOwnTask(setUp: () => void | (() => void)): () => void {
	let cleanup: void | (() => void);
	let cancelled = false;
	const timer = setTimeout(() => {
		if (!cancelled) cleanup = setUp();
	});
	return () => {
		cancelled = true;
		clearTimeout(timer);
		cleanup?.();
	};
}
