/**
 * Where a source panel goes: beside its figure in the text, below the figure's line when it fits
 * there, else above it, whichever has more room, and never over the figure itself; as wide as the
 * screen allows on a phone, wider on a stage. In the page's coordinates, so the panel scrolls with
 * the text it explains.
 */

/** Room kept at the screen's edges, and between the figure and the panel. */
const MARGIN = 8;
const GAP = 6;

export interface PanelBox {
	top: number;
	left: number;
	width: number;
	maxHeight: number;
}

/** What the placing needs of the screen; the browser's, unless a test gives its own. */
export interface Screen {
	width: number;
	height: number;
	scrollX: number;
	scrollY: number;
	/** What a fixed bar covers at the top (the menu). */
	top: number;
}

const browserScreen = (): Screen => ({
	width: document.documentElement.clientWidth,
	height: window.innerHeight,
	scrollX: window.scrollX,
	scrollY: window.scrollY,
	top: document.documentElement.classList.contains('presenting')
		? 0
		: (document.querySelector('.nav')?.getBoundingClientRect().bottom ?? 0)
});

/**
 * The panel's box for a figure at `figure` (its box on screen) whose content is `height` tall at
 * the width given: below the figure if it fits or has more room than above, else above.
 */
export function panelBox(
	figure: Pick<DOMRect, 'top' | 'bottom' | 'left'>,
	height: (width: number) => number,
	screen: Screen,
	{ presenting = false } = {}
): PanelBox {
	const width = Math.min(screen.width - 2 * MARGIN, presenting ? screen.width * 0.45 : 400);
	const left = Math.min(Math.max(figure.left, MARGIN), screen.width - width - MARGIN);
	const below = screen.height - figure.bottom - GAP - MARGIN;
	const above = figure.top - GAP - Math.max(MARGIN, screen.top + MARGIN);
	const tall = height(width);
	const under = tall <= below || below >= above;
	const maxHeight = Math.max(0, under ? below : above);
	const top = under ? figure.bottom + GAP : figure.top - GAP - Math.min(tall, maxHeight);
	return { top: top + screen.scrollY, left: left + screen.scrollX, width, maxHeight };
}

/** Places `panel` beside `control`: measures its content at the width it will have. */
export function placePanel(
	control: HTMLElement,
	panel: HTMLElement,
	options: { presenting?: boolean } = {}
): PanelBox {
	return panelBox(
		control.getBoundingClientRect(),
		(width) => {
			panel.style.width = `${width}px`;
			panel.style.maxHeight = 'none';
			return panel.offsetHeight;
		},
		browserScreen(),
		options
	);
}
