// Step changes with the CPU slowed 4×, as issue 28 set the measure, on the story and on its floor
// (the same page with its scripts blocked: the built HTML and style alone, scrolled the same way).
//
// - Reading pace (`paceRun`): the page is left still for 10 s after it starts, then each step in
//   turn is brought past the trigger line by a smooth scroll of 400 ms, 1.5 s apart. For each
//   change, counted from the frame in which the step crossed the line: the longest frame in the
//   second after it, the main thread's busy time in that second (from a trace: every top-level task
//   of the page's main thread, overlaps counted once), and the time until the step's scene is fully
//   on screen.
// - Cold fling (`flingRun`): 1 s after the page starts, one scroll at 1500 px/s to the end. Frames
//   over 33 and over 50 ms and long tasks while it scrolls; once it stops, the time until the step
//   in view has its scene fully on screen.
//
// "Fully on screen" is read in the page every frame: the graphic (`[data-active-step]`) shows a
// `.scene-box` that is not `.ahead`, holds an <svg>, has opacity 1, and names the step in view in
// its `data-scene-step`.
import { setTimeout as sleep } from 'node:timers/promises';
import { max, median, percentile } from './stats.mjs';
import { PROFILES, throttledPage } from './smooth.mjs';

/** The trigger line as a share of the viewport's height, and where a phone's layout starts. */
const LINE = { desktop: 0.6, phone: 0.8, phoneMaxWidth: 759 };
/** How far past the line a step's top is brought: inside the step, not on its edge. */
const PAST_LINE_PX = 40;
/** A frame's interval counted as one dropped frame, and as a stutter. */
const LONG_FRAME_MS = 33;
const STUTTER_MS = 50;

/** Installed before the page's scripts: every frame's time, scroll position and scene shown. */
function recorder() {
	const S = (window.__steps = { frames: [], longtasks: [], watch: false });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) S.longtasks.push([e.startTime, e.duration]);
	}).observe({ type: 'longtask', buffered: true });
	let graphic = null;
	const shownNow = () => {
		if (!graphic?.isConnected) graphic = document.querySelector('[data-active-step]');
		if (!graphic) return null;
		for (const box of graphic.querySelectorAll('.chart .scene-box:not(.ahead)')) {
			if (!box.querySelector('svg') || getComputedStyle(box).opacity !== '1') continue;
			return box.getAttribute('data-scene-step');
		}
		return null;
	};
	const loop = (t) => {
		S.frames.push([t, window.scrollY, S.watch ? shownNow() : null]);
		requestAnimationFrame(loop);
	};
	requestAnimationFrame(loop);
}

/** Opens the page (its scripts blocked for the floor) and waits until it has started. */
async function open(browser, baseUrl, profileName, { rate, path, scripts }) {
	const { context, page, cdp } = await throttledPage(browser, profileName, rate);
	const errors = [];
	if (scripts) page.on('pageerror', (e) => errors.push(e.message));
	page.on('response', (r) => {
		if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
	});
	await page.addInitScript(recorder);
	if (!scripts) await page.route(/\.m?js(\?|$)/, (route) => route.abort('blockedbyclient'));
	const nav = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load', timeout: 60_000 });
	if (!nav?.ok()) throw new Error(`GET ${path} answered ${nav?.status()}`);
	if (scripts)
		await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
			polling: 100,
			timeout: 60_000
		});
	const layout = await page.evaluate((L) => {
		const phone = window.innerWidth <= L.phoneMaxWidth;
		return {
			line: window.innerHeight * (phone ? L.phone : L.desktop),
			steps: [...document.querySelectorAll('main [data-step]')].map((el) => ({
				slug: el.dataset.step,
				top: Math.round(el.getBoundingClientRect().top + window.scrollY)
			}))
		};
	}, LINE);
	return { context, page, cdp, errors, ...layout };
}

/** The step under the trigger line at scroll position `y`: the last whose top is above it. */
const stepAt = (steps, line, y) => steps.filter((s) => s.top <= y + line).at(-1) ?? steps[0];

/**
 * Reading pace. `scripts: false` is the floor. `browser` is Playwright's Chromium, whose tracing
 * gives the main thread's tasks.
 */
export async function paceRun(
	browser,
	baseUrl,
	profileName,
	{
		rate = 4,
		path = '/',
		scripts = true,
		stillMs = 10_000,
		gapMs = 1500,
		scrollMs = 400,
		split = false
	} = {}
) {
	const profile = PROFILES[profileName];
	const opened = await open(browser, baseUrl, profileName, { rate, path, scripts });
	const { context, page, cdp, errors, steps, line } = opened;
	try {
		await sleep(stillMs);
		await browser.startTracing(page, {
			categories: [
				'toplevel',
				'devtools.timeline',
				'disabled-by-default-devtools.timeline',
				...(split ? ['v8', 'blink', 'loading'] : [])
			]
		});
		// One instant both clocks see: performance.now() in the page, and the trace's time.
		const syncAt = await page.evaluate(() => {
			window.__steps.watch = true;
			console.timeStamp('steps-sync');
			return performance.now();
		});
		const from = steps.findIndex((s) => s.slug === stepAt(steps, line, 0).slug) + 1;
		for (const step of steps.slice(from)) {
			const startedAt = Date.now();
			// Measured now, not at load: steps far from view are not laid out (content-visibility),
			// and one drawn taller than its remembered size moves every step below it.
			step.top = await page.evaluate(
				(slug) => document.getElementById(slug).getBoundingClientRect().top + window.scrollY,
				step.slug
			);
			const target = Math.max(0, step.top - line + PAST_LINE_PX);
			const distance = target - (await page.evaluate(() => window.scrollY));
			if (Math.abs(distance) > 1)
				await cdp.send('Input.synthesizeScrollGesture', {
					...profile.gesture,
					yDistance: -distance,
					speed: Math.max(200, Math.round(Math.abs(distance) / (scrollMs / 1000))),
					repeatCount: 0
				});
			await sleep(Math.max(0, gapMs - (Date.now() - startedAt)));
		}
		await sleep(1000);
		const frames = await page.evaluate(() => {
			window.__steps.watch = false;
			return window.__steps.frames;
		});
		const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
		if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
		const tasks = mainThreadTasks(trace, syncAt);
		const watched = frames.filter((f) => f[0] >= syncAt);
		const result = summarisePace(
			watched,
			tasks,
			steps.slice(from),
			line,
			scripts,
			profileName,
			path
		);
		if (split) result.split = splitByKind(trace, syncAt, result.each);
		return result;
	} finally {
		await context.close();
	}
}

/** The page main thread's top-level tasks, as [start, end] in the page's performance.now() time. */
function mainThreadTasks(trace, syncAt) {
	const events = trace.traceEvents ?? trace;
	const sync = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'steps-sync');
	if (!sync) throw new Error('the trace has no sync stamp');
	const toPage = (ts) => (ts - sync.ts) / 1000 + syncAt;
	return events
		.filter(
			(e) =>
				e.pid === sync.pid &&
				e.tid === sync.tid &&
				e.ph === 'X' &&
				(e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
		)
		.map((e) => [toPage(e.ts), toPage(e.ts + (e.dur ?? 0))]);
}

/**
 * Where the main thread's time goes in the second after each change: the self time of every traced
 * event on the page's main thread (an event's duration less its children's), summed by name over
 * the changes' seconds and divided by the number of changes. `npm run bench:split` prints it for
 * the story beside its floor.
 */
function splitByKind(trace, syncAt, changes) {
	const events = trace.traceEvents ?? trace;
	const sync = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'steps-sync');
	const toPage = (ts) => (ts - sync.ts) / 1000 + syncAt;
	const windows = changes.filter((c) => c.crossed).map((c) => [c.at, c.at + 1000]);
	const inWindow = (t) => windows.some(([a, b]) => t >= a && t < b);
	const thread = events.filter((e) => e.pid === sync.pid && e.tid === sync.tid);
	const byName = selfTimes(thread, (e) => inWindow(toPage(e.ts)));
	const n = Math.max(1, windows.length);
	return Object.fromEntries(Object.entries(byName).map(([k, v]) => [k, v / n]));
}

/**
 * Self time (ms) by event kind over one thread's complete events: each event's duration less its
 * children's, summed by `kindOf` for the events `counted` accepts.
 */
export function selfTimes(thread, counted = () => true) {
	const spans = thread
		.filter((e) => e.ph === 'X' && e.dur > 0)
		.map((e) => ({ e, name: kindOf(e), start: e.ts, end: e.ts + e.dur, self: e.dur }))
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const stack = [];
	for (const s of spans) {
		while (stack.length && stack.at(-1).end <= s.start) stack.pop();
		if (stack.length) stack.at(-1).self -= Math.min(s.end, stack.at(-1).end) - s.start;
		stack.push(s);
	}
	const byName = {};
	for (const s of spans) if (counted(s.e)) byName[s.name] = (byName[s.name] ?? 0) + s.self / 1000;
	return byName;
}

/** An event's name, and for a script's call or callback, where the function is. */
function kindOf(e) {
	const d = e.args?.data;
	if (!d?.url && !d?.functionName) return e.name;
	const file = d.url ? d.url.split('/').at(-1).split('?')[0] : '';
	return `${e.name} ${d.functionName || '(anonymous)'} ${file}:${d.lineNumber ?? ''}`;
}

/** Busy time of `tasks` inside [from, to], overlapping tasks counted once. */
export function busyIn(tasks, from, to) {
	const spans = tasks
		.map(([a, b]) => [Math.max(a, from), Math.min(b, to)])
		.filter(([a, b]) => b > a)
		.sort((x, y) => x[0] - y[0]);
	let total = 0;
	let end = -Infinity;
	for (const [a, b] of spans) {
		if (b <= end) continue;
		total += b - Math.max(a, end);
		end = b;
	}
	return total;
}

/** A change never seen on screen counts as this late: beyond the second measured. */
const NEVER_MS = 10_000;

function summarisePace(frames, tasks, steps, line, scripts, profileName, path) {
	const changes = steps.map((step) => {
		// The first frame whose scroll position has the step's top at or above the trigger line.
		const i = frames.findIndex(([, y]) => y + line >= step.top);
		if (i < 0) return { slug: step.slug, crossed: false };
		const at = frames[i][0];
		let longest = 0;
		for (let k = i + 1; k < frames.length && frames[k][0] <= at + 1000; k++)
			longest = Math.max(longest, frames[k][0] - frames[k - 1][0]);
		// Fully on screen: the first frame that begins with it shown (the frame before painted it).
		const shown = frames.slice(i).find(([t, , s]) => t <= at + 1000 && s === step.slug);
		return {
			slug: step.slug,
			crossed: true,
			at,
			longestFrameMs: longest,
			busyMs: busyIn(tasks, at, at + 1000),
			shownMs: scripts ? (shown ? shown[0] - at : null) : null
		};
	});
	const crossed = changes.filter((c) => c.crossed);
	const frameMs = crossed.map((c) => c.longestFrameMs);
	const busy = crossed.map((c) => c.busyMs);
	const shownMs = crossed.map((c) => c.shownMs ?? NEVER_MS);
	return {
		profile: profileName,
		path,
		scripts,
		changes: changes.length,
		crossed: crossed.length,
		followed: scripts ? crossed.filter((c) => c.shownMs !== null).length : null,
		longestFrameP50Ms: median(frameMs),
		longestFrameP95Ms: percentile(frameMs, 95),
		longestFrameMaxMs: max(frameMs),
		busyP50Ms: median(busy),
		busyP95Ms: percentile(busy, 95),
		shownP50Ms: scripts ? median(shownMs) : null,
		shownP95Ms: scripts ? percentile(shownMs, 95) : null,
		each: changes
	};
}

/** Cold fling. `scripts: false` is the floor. */
export async function flingRun(
	browser,
	baseUrl,
	profileName,
	{ rate = 4, path = '/', scripts = true, speed = 1500 } = {}
) {
	const profile = PROFILES[profileName];
	const opened = await open(browser, baseUrl, profileName, { rate, path, scripts });
	const { context, page, cdp, errors, steps, line } = opened;
	try {
		await sleep(1000);
		const startAt = await page.evaluate(() => {
			window.__steps.watch = true;
			return performance.now();
		});
		const distance = await page.evaluate(
			() => document.documentElement.scrollHeight - window.innerHeight - window.scrollY
		);
		await cdp.send('Input.synthesizeScrollGesture', {
			...profile.gesture,
			yDistance: -distance,
			speed,
			repeatCount: 0
		});
		await sleep(1500);
		const { frames, longtasks } = await page.evaluate(() => {
			window.__steps.watch = false;
			return window.__steps;
		});
		if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
		const watched = frames.filter((f) => f[0] >= startAt);
		// The scroll stops at the last frame whose position differs from the one before.
		let stop = 0;
		for (let k = 1; k < watched.length; k++) if (watched[k][1] !== watched[k - 1][1]) stop = k;
		const scrolling = watched.slice(0, stop + 1);
		const intervals = scrolling.slice(1).map((f, k) => f[0] - scrolling[k][0]);
		const stoppedAt = watched[stop][0];
		const inView = stepAt(steps, line, watched[stop][1]).slug;
		const shown = watched.slice(stop).find(([, , s]) => s === inView);
		return {
			profile: profileName,
			path,
			scripts,
			frames: intervals.length,
			framesOver33: intervals.filter((d) => d > LONG_FRAME_MS).length,
			framesOver50: intervals.filter((d) => d > STUTTER_MS).length,
			longTasks: longtasks.filter(([s, d]) => s + d >= startAt && s <= stoppedAt).length,
			inView,
			settleMs: scripts ? (shown ? Math.max(0, shown[0] - stoppedAt) : NEVER_MS) : null
		};
	} finally {
		await context.close();
	}
}
