/**
 * The site's icon, written into each page as a data address (`<link rel="icon" href="data:…">`).
 *
 * The browser fetches and decodes the page's icon again each time the page replaces its address,
 * which a story page does as the address follows the reader's scroll: once per step. From a file
 * that is a request and a response on the main thread, and a failed request while presenting
 * offline; an SVG icon is decoded by building a whole SVG document. A 32 px PNG inside the page
 * costs about 0.5 KB of each page and none of that (issue 28's split: about 10 ms of main thread
 * per step change at CPU 4×).
 *
 * static/favicon.png is drawn from static/favicon.svg (tests/engine/favicon.test.ts holds the two
 * together); both stay on the site for anyone who links to them.
 */
import { readFileSync } from 'node:fs';

export const ICON_HREF = `data:image/png;base64,${readFileSync('static/favicon.png').toString('base64')}`;

/** The icon's link element. */
export const ICON_LINK = `<link rel="icon" href="${ICON_HREF}" type="image/png" sizes="32x32">`;
