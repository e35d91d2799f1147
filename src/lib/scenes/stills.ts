/**
 * A step's still figure, as the page carries it. Every step's scene is drawn at build time by the
 * same layouts, for print and for readers without JavaScript, twice: at a wide column's size and at
 * a phone graphic's. The sticky graphic shows a copy of that markup the moment the reader reaches a
 * step with a new scene. Inserting finished markup costs the browser one style, layout and paint of
 * the figure; laying the scene out and building it costs a slow phone several frames more, exactly
 * when the reader is looking.
 */
import type { StepView } from '$lib/story/types';
import type { SceneContext } from './marks';

/** What a still of `step` is drawn from besides its size and id: its scene, title and alt text. */
export const stillScene = (step: Pick<StepView, 'scene' | 'title' | 'alt'>, ctx: SceneContext) => ({
	spec: step.scene,
	ctx,
	title: step.title,
	alt: step.alt,
	still: true
});

/** The sizes a still is laid out at: a wide column (print, laptops) and a phone's graphic. */
export const STILL_SIZES = {
	wide: { width: 600, height: 400 },
	narrow: { width: 360, height: 320 }
} as const;

export type StillVariant = keyof typeof STILL_SIZES;

/** The still that suits a graphic box this wide: the one laid out nearer its width. */
export function stillFor(width: number): StillVariant {
	const { wide, narrow } = STILL_SIZES;
	return width < (wide.width + narrow.width) / 2 ? 'narrow' : 'wide';
}

/** The still figure of a step as built into the page, or null when the page has none. */
export function findStill(
	root: Document | Element,
	slug: string,
	variant: StillVariant
): SVGSVGElement | null {
	const step = root.querySelector(`[data-step="${CSS.escape(slug)}"]`);
	return step?.querySelector<SVGSVGElement>(`.still svg.scene.${variant}`) ?? null;
}

/** `url(#id)` in a style or attribute, its id prefixed. */
const prefixUrls = (value: string, prefix: string) =>
	value.replace(/url\((["']?)#/g, (_, quote: string) => `url(${quote}#${prefix}`);

/**
 * A copy of a still figure that fills its box, with ids of its own: each id, and every reference to
 * one (its accessible name, its patterns), gets `prefix`, so the copy names its own title and fills
 * with its own patterns, not those of the figure it was copied from.
 */
export function copyStill(source: SVGSVGElement, prefix: string): SVGSVGElement {
	const svg = source.cloneNode(true) as SVGSVGElement;
	for (const el of svg.querySelectorAll('[id]')) el.id = prefix + el.id;
	const names = svg.getAttribute('aria-labelledby');
	if (names)
		svg.setAttribute(
			'aria-labelledby',
			names
				.split(/\s+/)
				.map((id) => prefix + id)
				.join(' ')
		);
	for (const el of svg.querySelectorAll('[style*="url("]'))
		el.setAttribute('style', prefixUrls(el.getAttribute('style')!, prefix));
	svg.removeAttribute('width');
	svg.removeAttribute('height');
	svg.classList.add('fill');
	return svg;
}
