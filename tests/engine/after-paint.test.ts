/**
 * A built page fetches its scripts only after its first paint (src/lib/server/after-paint.ts):
 * the page is rewritten at build time, its policy's hash follows, and a page Kit writes otherwise
 * fails the build instead of shipping scripts that never start.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startAfterFirstPaint } from '$lib/server/after-paint';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

// Kit 2's start script as it writes it in a prerendered page (see build/index.html).
const KIT_SCRIPT = `
				{
					__sveltekit_x = {
						base: new URL(".", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 3],
							data: [null,{type:"data",data:{facts:"{\\"a\\":\\"</p>\\"}"}}],
							form: null,
							error: null
						});
					});
				}
			`;
const PRELOADS = [
	'./_app/immutable/entry/start.A.js',
	'./_app/immutable/chunks/C.js',
	'./_app/immutable/entry/app.B.js'
];

// A chapter's page: its chapter marked as where the browser opens it (see Article.svelte).
const GROWTH_MAIN =
	'<section class="chapter" id="opening"><p>开篇</p></section><section class="chapter" id="growth" aria-labelledby="growth-title" data-opens=""><h2 id="growth-title">增长</h2><span id="growth-end" hidden></span></section>';

function kitPage(script = KIT_SCRIPT, preloads = PRELOADS, main = '<p>正文</p>') {
	return `<!doctype html>
<html lang="zh-CN">
	<head>
		<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-${sha256(script)}'; style-src 'self' 'unsafe-inline'">
		${preloads.map((href) => `<link href="${href}" rel="modulepreload">`).join('\n\t\t')}
		<title>t</title>
	</head>
	<body>
		<div style="display: contents"><main>${main}</main>
			<script>${script}</script>
		</div>
	</body>
</html>`;
}

const inlineScript = (html: string) => html.match(/<script>([\s\S]*?)<\/script>/)![1]!;

/**
 * The page rewritten without its watch for a reader who moves on before the scripts start (see
 * $lib/start/boot, which the browser tests run in a real page): these tests run the start script
 * against a stand-in browser that has only what the wait for the first paint needs.
 */
const rewritten = (html: string, options: { opens?: string } = {}) =>
	startAfterFirstPaint(html, 'page', { ...options, watch: false });

/**
 * Runs a page's start script against a stand-in browser: frames, tasks and imports are recorded
 * and run when the test says so.
 */
function runStart(
	script: string,
	address = 'http://x/growth',
	{ paintEntries = false, hidden = false } = {}
) {
	const log: string[] = [];
	const frames: (() => void)[] = [];
	const tasks: { fn: () => void; ms: number }[] = [];
	// A browser's paint entries: `paint(name)` delivers one to the page's observer.
	const observers: { fn: (list: unknown, seen: unknown) => void; on: boolean }[] = [];
	const paint = (name: string) => {
		for (const o of observers.filter((x) => x.on))
			o.fn(
				{ getEntriesByName: (n: string) => (n === name ? [{ name }] : []) },
				{
					disconnect: () => (o.on = false)
				}
			);
	};
	class PerformanceObserver {
		static supportedEntryTypes = paintEntries ? ['mark', 'paint'] : ['mark'];
		#o: { fn: (list: unknown, seen: unknown) => void; on: boolean };
		constructor(fn: (list: unknown, seen: unknown) => void) {
			this.#o = { fn, on: false };
		}
		observe(options: { type: string; buffered: boolean }) {
			log.push(`observe ${options.type}${options.buffered ? ' buffered' : ''}`);
			this.#o.on = true;
			observers.push(this.#o);
		}
	}
	const head = {
		append: (l: { rel: string; href: string }) => log.push(`link ${l.rel} ${l.href}`)
	};
	const env = {
		location: new URL(address),
		URL,
		URLSearchParams,
		document: {
			hidden,
			currentScript: { parentElement: 'the-root' },
			head,
			createElement: () => ({}),
			getElementById: (id: string) => ({
				scrollIntoView: (how: { block: string }) => log.push(`scroll #${id} to ${how.block}`)
			})
		},
		PerformanceObserver,
		requestAnimationFrame: (fn: () => void) => frames.push(fn),
		setTimeout: (fn: () => void, ms = 0) => tasks.push({ fn, ms }),
		load: (path: string) => {
			log.push(`import ${path}`);
			return Promise.resolve(
				path.includes('start')
					? { start: (_app: unknown, element: unknown) => log.push(`start on ${element}`) }
					: {}
			);
		}
	};
	const body = script.replace(/\bimport\(/g, 'load(').replace(/__sveltekit_x =/, 'globalThis.x =');
	new Function(...Object.keys(env), body)(...Object.values(env));
	const settle = () => new Promise((r) => globalThis.setTimeout(r, 0));
	/** Runs the timer due after `ms`, once; it may set the next. */
	const timer = (ms: number) => {
		const i = tasks.findIndex((t) => t.ms === ms);
		expect(i, `a timer of ${ms} ms`).toBeGreaterThanOrEqual(0);
		tasks.splice(i, 1)[0]!.fn();
	};
	return { log, frames, tasks, settle, paint, timer };
}

describe('scripts after the first paint', () => {
	it('watches, before its scripts start, for a reader who moves on and for scripts that fail', () => {
		const script = inlineScript(startAfterFirstPaint(kitPage()));
		// The watch comes first, then the wait; both in the one script the policy names.
		expect(script.indexOf('window.__storyBoot = (function boot(')).toBeGreaterThan(0);
		expect(script.indexOf('__storyBoot')).toBeLessThan(script.indexOf('first-contentful-paint'));
		expect(script).toContain('function keepInPlace(');
		expect(startAfterFirstPaint(kitPage())).toContain(`'sha256-${sha256(script)}'`);
		// Self-contained: its source names nothing from a module.
		expect(script).not.toMatch(/\bimport\s|__vite|\brequire\(/);
	});

	it('removes the modulepreload links and replaces the start script’s hash in the policy', () => {
		const before = kitPage();
		const after = startAfterFirstPaint(before);
		expect(after).not.toMatch(/<link[^>]*rel="modulepreload"/);
		const script = inlineScript(after);
		expect(script).not.toBe(KIT_SCRIPT);
		expect(after).toContain(`'sha256-${sha256(script)}'`);
		expect(after).not.toContain(`'sha256-${sha256(KIT_SCRIPT)}'`);
		// Everything else is as Kit wrote it.
		expect(after.replace(script, '')).toBe(
			before
				.replace(KIT_SCRIPT, '')
				.replace(sha256(KIT_SCRIPT), sha256(script))
				.replace(/<link href="[^"]+" rel="modulepreload">\s*/g, '')
		);
	});

	it('without paint entries, starts nothing until a frame has run and a task after it, then preloads and starts as Kit did', async () => {
		const { log, frames, tasks, settle, timer } = runStart(inlineScript(rewritten(kitPage())));
		await settle();
		expect(log).toEqual([]);
		expect(frames).toHaveLength(1);
		// The timer that looks whether the tab is hidden, not yet due.
		expect(tasks.map((t) => t.ms)).toEqual([1000]);

		frames[0]!();
		await settle();
		expect(log).toEqual([]);
		const afterFrame = tasks.at(-1)!;
		expect(afterFrame.ms).toBe(0);

		afterFrame.fn();
		await settle();
		expect(log).toEqual([
			...PRELOADS.map((href) => `link modulepreload ${href}`),
			'import ./_app/immutable/entry/start.A.js',
			'import ./_app/immutable/entry/app.B.js',
			'start on the-root'
		]);

		// The timer, or a second wake, starts nothing again.
		timer(1000);
		await settle();
		expect(log.filter((l) => l.startsWith('start'))).toHaveLength(1);
	});

	it('where the browser reports paints, starts once the first contentful paint is on screen', async () => {
		const { log, frames, tasks, settle, paint, timer } = runStart(
			inlineScript(rewritten(kitPage())),
			'http://x/',
			{ paintEntries: true }
		);
		await settle();
		// Its entry, even if the paint came before the script ran.
		expect(log).toEqual(['observe paint buffered']);
		expect(frames).toHaveLength(0);
		expect(tasks.map((t) => t.ms)).toEqual([1000]);

		paint('first-paint');
		await settle();
		expect(log).toHaveLength(1);

		paint('first-contentful-paint');
		await settle();
		expect(log.slice(1)).toEqual([
			...PRELOADS.map((href) => `link modulepreload ${href}`),
			'import ./_app/immutable/entry/start.A.js',
			'import ./_app/immutable/entry/app.B.js',
			'start on the-root'
		]);
		// The timer, or another paint, starts nothing again, and the timer stops looking.
		timer(1000);
		paint('first-contentful-paint');
		await settle();
		expect(log.filter((l) => l.startsWith('start'))).toHaveLength(1);
		expect(tasks).toEqual([]);
	});

	it('starts a hidden tab, which paints no frame, by its timer', async () => {
		for (const paintEntries of [false, true]) {
			const { log, settle, timer } = runStart(inlineScript(rewritten(kitPage())), 'http://x/', {
				paintEntries,
				hidden: true
			});
			timer(1000);
			await settle();
			expect(log.at(-1)).toBe('start on the-root');
		}
	});

	it('waits for a tab on screen to paint, however late, and starts it unpainted only after 5 s', async () => {
		const open = () =>
			runStart(inlineScript(rewritten(kitPage())), 'http://x/', { paintEntries: true });
		// Painted late: started by its paint, not by the timer's first looks.
		const late = open();
		late.timer(1000);
		await late.settle();
		expect(late.log).toEqual(['observe paint buffered']);
		late.paint('first-contentful-paint');
		await late.settle();
		expect(late.log.at(-1)).toBe('start on the-root');
		// Its next look finds it started, and is its last.
		late.timer(1000);
		expect(late.tasks).toEqual([]);

		// Never painted: the fifth look, five seconds in, starts it.
		const never = open();
		for (let look = 1; look <= 4; look++) {
			never.timer(1000);
			await never.settle();
			expect(never.log, `look ${look}`).toEqual(['observe paint buffered']);
		}
		never.timer(1000);
		await never.settle();
		expect(never.log.at(-1)).toBe('start on the-root');
		expect(never.log.filter((l) => l.startsWith('start'))).toHaveLength(1);
		expect(never.tasks).toEqual([]);
	});

	it('holds a chapter’s page’s first paint until its chapter’s end is parsed, and only there', () => {
		const before = kitPage(KIT_SCRIPT, PRELOADS, GROWTH_MAIN);
		const after = startAfterFirstPaint(before, '/growth', { opens: 'growth' });
		const [head, body] = after.split('</head>');
		expect(head!.match(/<link rel="expect"[^>]*>/g)).toEqual([
			'<link rel="expect" href="#growth-end" blocking="render">'
		]);
		expect(body).not.toContain('rel="expect"');
		// Nothing else of the page changes for it: the article and its marked chapter are as built.
		expect(after).toContain(GROWTH_MAIN);
		expect(startAfterFirstPaint(kitPage())).not.toContain('rel="expect"');

		// A page that no longer marks its chapter, or has none, fails the build, naming it.
		const unmarked = kitPage(KIT_SCRIPT, PRELOADS, GROWTH_MAIN.replace(' data-opens=""', ''));
		expect(() => startAfterFirstPaint(unmarked, '/growth', { opens: 'growth' })).toThrow(
			/\/growth: .*"growth" is not marked data-opens/
		);
		const endless = kitPage(
			KIT_SCRIPT,
			PRELOADS,
			GROWTH_MAIN.replace('<span id="growth-end" hidden></span>', '')
		);
		expect(() => startAfterFirstPaint(endless, '/growth', { opens: 'growth' })).toThrow(
			/\/growth: .*no element "growth-end" after its start/
		);
		expect(() => startAfterFirstPaint(kitPage(), '/growth', { opens: 'growth' })).toThrow(
			/\/growth: .*no element with the id "growth"/
		);
	});

	it('opens a chapter’s page at its heading before anything else, unless a step or a mode is asked for', async () => {
		const script = inlineScript(
			rewritten(kitPage(KIT_SCRIPT, PRELOADS, GROWTH_MAIN), { opens: 'growth' })
		);
		const plain = runStart(script, 'http://x/growth');
		// At once, before any frame.
		expect(plain.log).toEqual(['scroll #growth to start']);
		for (const address of [
			'http://x/growth#robots',
			'http://x/growth#growth',
			'http://x/growth?present',
			'http://x/growth?presenter'
		]) {
			expect(runStart(script, address).log, address).toEqual([]);
		}
		// The front page has no chapter: nothing is placed.
		expect(runStart(inlineScript(rewritten(kitPage())), 'http://x/').log).toEqual([]);
	});

	it('leaves a page without Kit’s start script as it is', () => {
		const page = '<!doctype html><html><head></head><body><p>404</p></body></html>';
		expect(startAfterFirstPaint(page)).toBe(page);
	});

	it('fails, naming the page and what is missing, when Kit writes the page differently', () => {
		const changed = KIT_SCRIPT.replace('Promise.all([', 'Promise.allSettled([');
		expect(() => startAfterFirstPaint(kitPage(changed), '/growth')).toThrow(
			/\/growth: cannot make its scripts start after the first paint: "Promise\.all\(\[" is not in it/
		);
		expect(() => startAfterFirstPaint(kitPage(KIT_SCRIPT, []), '/')).toThrow(
			/no <link rel="modulepreload">/
		);
		const noHash = kitPage().replace(/'sha256-[^']+'/, "'unsafe-inline'");
		expect(() => startAfterFirstPaint(noHash)).toThrow(/does not name the start script's hash/);
		const twoScripts = kitPage().replace('<main>', '<script>1</script><main>');
		expect(() => startAfterFirstPaint(twoScripts)).toThrow(/2 inline scripts/);
	});
});
