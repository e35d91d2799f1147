/**
 * A story page's address bar: the history entries the page writes itself (each remembering its
 * step, and whether it is presenting), and the address following the reader's scroll once it stops.
 * Browser only: the page makes one when it starts.
 */
import { untrack } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import { whenScrollEnds } from '$lib/idle';

/** What a history entry the page wrote remembers. */
export type Entry = { step: string; present?: boolean };

export function addressBar() {
	// The history state this page last wrote itself. Back and Forward bring other states; the
	// effect that follows them must not mistake the page's own writes for them.
	let written: object | null = null;
	// The address follows the reader once the scrolling stops, when the browser is idle: replacing
	// it is slow (the browser also fetches the page's icon again for the new address), and doing it
	// for every step a scroll passes would cost frames.
	let stopAddress = () => {};
	/** The address the reader has scrolled to, until it is written. */
	let unwritten: (() => void) | null = null;

	return {
		/** Replaces this entry's address and state (`url`: the callers resolve the path). */
		replace(url: string, state: Entry) {
			written = state;
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- callers resolve the path
			untrack(() => replaceState(url, state));
		},
		/** Pushes a new entry. */
		push(url: string, state: Entry) {
			written = state;
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- callers resolve the path
			untrack(() => pushState(url, state));
		},
		/** Whether a history state is the one the page last wrote itself. */
		isOwn: (state: object) => state === written,
		/**
		 * Writes the address the reader has scrolled to (`write`) once the scroll stops and the
		 * browser is idle; a later call replaces an earlier one not yet written.
		 */
		follow(write: () => void) {
			stopAddress();
			const once = () => {
				// A write queued for an earlier step (its idle callback already asked for) must not
				// drop this one's: only the latest clears what is pending.
				if (unwritten === once) unwritten = null;
				write();
			};
			unwritten = once;
			stopAddress = whenScrollEnds(() => {
				// Safari has no requestIdleCallback.
				if ('requestIdleCallback' in window) requestIdleCallback(once, { timeout: 500 });
				else once();
			});
		},
		/**
		 * A page hidden (the reader switches away to share it) or left (a reload) has its address
		 * written at once: it must not wait for the scroll's pause. Returns the listeners' removal.
		 */
		writeOnLeave() {
			const now = (e: Event) =>
				(e.type === 'pagehide' || document.visibilityState === 'hidden') && unwritten?.();
			document.addEventListener('visibilitychange', now);
			window.addEventListener('pagehide', now);
			return () => {
				document.removeEventListener('visibilitychange', now);
				window.removeEventListener('pagehide', now);
			};
		}
	};
}
