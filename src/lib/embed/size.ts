/**
 * An embedded scene's size, and how an embed tells its host page its height. Engine code: no
 * story's words or slugs.
 */
import { verticalExtent, type Marks, type Size } from '$lib/scenes/marks';

/** The widths an embed is made for: a phone's column to a wide article's. */
export const EMBED_WIDTH = { min: 280, max: 1200 } as const;

/**
 * The size a scene is laid out at in a column `width` pixels wide: its full width, and two thirds
 * of it in height within what a scene needs on a phone (as the graphic beside the text there) and
 * what a wide column has room for. Never narrower than the graphic lays a scene out. Given the
 * scene's layout, as tall as its marks need: a scene in a sticky graphic fills the box it is
 * given, but one in an article's column should leave no blank band above or below it, nor run
 * out of its box (a long list in a phone's column).
 */
export function embedSceneSize(width: number, lay?: (size: Size) => Marks): Size {
	const w = Math.max(260, Math.round(width));
	let height = Math.min(560, Math.max(300, Math.round((w * 2) / 3)));
	if (!lay) return { width: w, height };
	const spanAt = (h: number) => {
		const span = verticalExtent(lay({ width: w, height: h }));
		return Math.ceil(span.bottom - span.top);
	};
	const needed = (span: number) => Math.min(1200, Math.max(140, span + 2 * MARGIN));
	// A few rounds: a layout that grows with its box (cells that fill it) is laid out again.
	for (let round = 0; round < 4; round++) {
		const next = needed(spanAt(height));
		if (Math.abs(next - height) <= MARGIN) break;
		height = next;
	}
	// Never less than its marks take as laid out at the height chosen (a list laid out taller may
	// wrap its items differently).
	for (let round = 0, span = spanAt(height); round < 4 && span > height; round++)
		span = spanAt((height = needed(span)));
	return { width: w, height };
}

/** Room kept above and below a scene's marks. */
const MARGIN = 12;

/**
 * The message an embed posts to its host page with its height: Datawrapper's responsive-iframe
 * message, `{ "datawrapper-height": { <id>: <pixels> } }`. A host page that already embeds
 * Datawrapper charts listens for it already; for others, the embed code brings a few lines that do.
 */
export const HEIGHT_MESSAGE = 'datawrapper-height';

/** An embed's height before its script has said: its scene's, and about its text's. */
export const estimatedHeight = (width: number) => embedSceneSize(width).height + 230;

const attr = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The code to paste into a page: the embed's frame, and the lines that set a frame's height when
 * its embed says so (only for embeds from its own site, when `src` is absolute). Pasted more than
 * once, each copy's lines do the same thing.
 */
export function embedCode(src: string, title: string, width = 600): string {
	const from = /^https?:\/\//.test(src)
		? `e.origin === ${JSON.stringify(new URL(src).origin)} && `
		: '';
	return [
		`<iframe src="${attr(src)}" title="${attr(title)}" height="${estimatedHeight(width)}" loading="lazy" style="display:block;width:100%;min-width:${EMBED_WIDTH.min}px;max-width:${EMBED_WIDTH.max}px;border:0"></iframe>`,
		`<script>`,
		`addEventListener('message', function (e) {`,
		`\tvar h = ${from}e.data && e.data[${JSON.stringify(HEIGHT_MESSAGE)}];`,
		`\tif (h) document.querySelectorAll('iframe').forEach(function (f) {`,
		`\t\tif (f.contentWindow === e.source) for (var k in h) f.style.height = h[k] + 'px';`,
		`\t});`,
		`});`,
		`</script>`
	].join('\n');
}
