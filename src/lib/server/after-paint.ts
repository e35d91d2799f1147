import { createHash } from 'node:crypto';
import { boot, TRIGGER, type BootConfig } from '$lib/start/boot';
import { keepInPlace } from '$lib/start/in-place';

/** How long a page waits for its scripts, once it has asked for them, before saying so. */
const SCRIPTS_TIMEOUT_MS = 15_000;

/** The code a page runs before its scripts start (see $lib/start/boot), as the page's text. */
export function bootScript(config: BootConfig = { ...TRIGGER, timeoutMs: SCRIPTS_TIMEOUT_MS }) {
	return `window.__storyBoot = (${boot})(${JSON.stringify(config)}, ${keepInPlace}); `;
}

/**
 * Makes a built page fetch and start its scripts only after its first paint.
 *
 * Kit's page asks for its scripts at once: `<link rel="modulepreload">` in the head, and an inline
 * start script that imports them. On a slow network they then share the line with the page's own
 * HTML, and Lighthouse counts their download before the first paint. The page is fully written at
 * build time (the article, the closing and the opening scene), so a reader can read it before any
 * script runs. Here:
 * - the modulepreload links go;
 * - the start script waits for the first paint to be on screen (the browser's first-contentful-
 *   paint entry; without paint entries, an animation frame, then a task), adds the same links
 *   then, so the files still load in parallel, and goes on as Kit wrote it;
 * - the script's hash in the page's content security policy is replaced by the new script's;
 * - before all this, the page watches for a reader who moves on before its scripts have started,
 *   and for scripts that fail to load (see $lib/start/boot);
 * - on a chapter's page (`opens`: the chapter's id), the first paint waits for the chapter: a
 *   `<link rel="expect" href="#chapter-end" blocking="render">` in the head holds the page's
 *   rendering until the empty element at the chapter's end is parsed (Chromium lets a frame through
 *   as soon as the element named is in the page, so naming the chapter's own element would let
 *   one through with the chapter's start only), and the chapter's CSS (`data-opens` in app.css)
 *   makes the browser scroll to the chapter at that first layout. Without this the browser paints
 *   the opening as the HTML comes in, and a shared chapter link shows the opening first, then
 *   jumps;
 * - there, opened without a step or a mode in its address, the start script first puts the
 *   chapter's heading at the top, as the page itself does once started (`targetOf` in
 *   $lib/story/links, then the page's mount): for a browser that knows neither of the above, the
 *   page is at its chapter as soon as it is all there, not when its scripts have come and run.
 *   A step's page (`opens`: the step's slug) is opened at its step in the same ways.
 *
 * A page without Kit's start script (the 404 page is one) is returned as it is. Anything else that
 * does not look as expected throws, naming what is missing, so the build fails instead of shipping
 * a page whose scripts never start.
 */
export function startAfterFirstPaint(
	html: string,
	page = 'page',
	{ opens, watch = true }: { opens?: string; watch?: boolean } = {}
): string {
	const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
	const start = scripts.find((m) => m[1]!.includes('kit.start('));
	if (!start) return html;
	const fail = (what: string) => {
		throw new Error(
			`${page}: cannot make its scripts start after the first paint: ${what}. ` +
				`Kit's start script or head has changed; see src/lib/server/after-paint.ts.`
		);
	};
	if (scripts.length !== 1)
		fail(`${scripts.length} inline scripts, where Kit writes its start script alone`);

	const links = [...html.matchAll(/<link href="([^"]+)" rel="modulepreload">\s*/g)];
	if (!links.length) fail('no <link rel="modulepreload"> in the head');
	const hrefs = links.map((m) => m[1]!);

	const oldScript = start[1]!;
	const OPEN = 'Promise.all([';
	const CLOSE = ']).then(([kit, app]) => {';
	if (oldScript.split(OPEN).length !== 2) fail(`"${OPEN}" is not in it exactly once`);
	if (oldScript.split(CLOSE).length !== 2) fail(`"${CLOSE}" is not in it exactly once`);
	// After the first paint is on screen: the browser's entry for the first contentful paint comes
	// once that frame has been presented. (A frame's task ends before its paint reaches the screen:
	// a large first frame, a chapter's page, was presented after the scripts were asked for, and
	// Lighthouse then counts their download before its paint.) A browser without paint entries
	// waits for the first frame: a task queued in its animation callback runs after it. A hidden
	// tab paints nothing: a timer looks each second and starts the page there. A tab on screen that
	// has not painted yet (a headless one may take over a second) is not started by it, or its
	// scripts would load before its first paint, until five seconds have gone by. Whichever comes
	// first starts the page, once; the timer stops looking then.
	const wait =
		'new Promise((done) => { let waiting = true; const go = () => { waiting = false; done(); }; ' +
		"if (PerformanceObserver.supportedEntryTypes?.includes('paint')) " +
		'new PerformanceObserver((list, seen) => { ' +
		"if (list.getEntriesByName('first-contentful-paint').length) { seen.disconnect(); go(); } " +
		"}).observe({ type: 'paint', buffered: true }); " +
		'else requestAnimationFrame(() => setTimeout(go)); ' +
		'let looks = 0; const look = () => waiting && (document.hidden || ++looks >= 5 ? go() : setTimeout(look, 1000)); ' +
		'setTimeout(look, 1000); })' +
		`.then(() => { for (const href of ${JSON.stringify(hrefs)}) ` +
		"document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href })); " +
		'return Promise.all([';
	// Where a chapter's (or step's) page opens; a step in the hash, or presenting, is the page's own
	// to place.
	const place = opens
		? `{ const q = new URLSearchParams(location.search); ` +
			`if (!location.hash && !q.has('present') && !q.has('presenter')) ` +
			`document.getElementById(${JSON.stringify(opens)})?.scrollIntoView({ behavior: 'instant', block: 'start' }); } `
		: '';
	const newScript = oldScript
		.replace(OPEN, place + (watch ? bootScript() : '') + wait)
		.replace(CLOSE, `]); }).then(([kit, app]) => {`);

	const oldHash = `'sha256-${sha256(oldScript)}'`;
	const csp = html.match(/<meta http-equiv="content-security-policy" content="[^"]*">/);
	if (!csp) fail('no content security policy in the head');
	if (csp![0].split(oldHash).length !== 2) fail(`the policy does not name the start script's hash`);

	let out = html;
	if (opens) {
		const at = html.match(new RegExp(`<[^>]*\\sid="${opens}"[^>]*>`));
		if (!at) fail(`no element with the id "${opens}" to open at`);
		if (!/\sdata-opens[\s=>]/.test(at![0])) fail(`its element "${opens}" is not marked data-opens`);
		const end = html.indexOf(` id="${opens}-end"`);
		if (end < at!.index!) fail(`no element "${opens}-end" after its start`);
		if (html.split('</head>').length !== 2) fail('not one </head>');
		out = out.replace(
			'</head>',
			`<link rel="expect" href="#${opens}-end" blocking="render"></head>`
		);
	}
	for (const m of links) out = out.replace(m[0], '');
	out = out.replace(csp![0], csp![0].replace(oldHash, `'sha256-${sha256(newScript)}'`));
	return out.replace(start[0], `<script>${newScript}</script>`);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
