/**
 * The page's scripts taking over from the page as built (see ./boot): the scrolly from now on,
 * the reader kept at the step they are reading.
 */
import type { BootState } from './boot';
import { keepInPlace } from './in-place';

declare global {
	interface Window {
		/** What the start script saw before the scripts came; absent where there is none (dev). */
		__storyBoot?: BootState;
	}
}

/**
 * Marks the page started (`html[data-app="started"]`: the scrolly, and the controls that need
 * scripts shown) and hides the notice of scripts that did not come. A page that had turned into a
 * page of text turns back, the step the reader was reading kept on screen, above `line` (the
 * scrolly's trigger line, in pixels from the top). Returns whether the reader moved before the
 * scripts came: then the page follows them, and does not go back to where it opened.
 */
export function takeOver(line: number): { moved: boolean } {
	const boot = window.__storyBoot;
	boot?.stop();
	const html = document.documentElement;
	const start = () => {
		html.dataset.app = 'started';
		html.removeAttribute('data-stale');
	};
	if (html.dataset.app === 'static') keepInPlace(start, line, line - 1);
	else start();
	const notice = document.querySelector<HTMLElement>('[data-notice="scripts"]');
	if (notice) notice.hidden = true;
	return { moved: boot?.moved ?? false };
}
