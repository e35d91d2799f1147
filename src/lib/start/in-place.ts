/**
 * Changing the page's layout without moving the reader: the step they are reading stays where it
 * is on the screen. Used when the page turns from a page of text and still figures into the scrolly
 * and back (see ./boot and ./take-over).
 *
 * Self-contained, with no imports and no closures: the start script carries its source text (it
 * runs before the page's modules load).
 */
export function keepInPlace(change: () => void, line: number, maxTop?: number): void {
	const marks = document.querySelectorAll<HTMLElement>('main [data-step], main [data-step-lead]');
	// The step being read: the last whose top is above `line` (the scrolly's trigger line, in
	// pixels from the top), as the page's scroller finds it.
	let anchor: HTMLElement | undefined = marks[0];
	for (const el of marks) {
		if (el.getBoundingClientRect().top <= line) anchor = el;
		else break;
	}
	const before = anchor?.getBoundingClientRect().top ?? 0;
	change();
	if (!anchor) return;
	// Where it should be now: where it was, but no lower than `maxTop` (just above the trigger line,
	// where a step shows its scene) and not above the screen's top.
	const want = maxTop === undefined ? before : Math.min(Math.max(before, 0), maxTop);
	window.scrollBy({ top: anchor.getBoundingClientRect().top - want, behavior: 'instant' });
}
