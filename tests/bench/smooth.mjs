// Smoothness with the CPU slowed 4×: long tasks while loading, frame intervals and long tasks while
// scrolling the whole story at a steady pace, and how many frames the graphic lags behind a step.
import { setTimeout as sleep } from 'node:timers/promises';
import { max, median, percentile, sum } from './stats.mjs';
import { probe } from './probe.mjs';

export const PROFILES = {
	// A laptop, and a phone as issue 28 set them (390×844, touch, DPR 2).
	desktop: {
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1,
		isMobile: false,
		hasTouch: false,
		gesture: { x: 640, y: 400, gestureSourceType: 'mouse' }
	},
	phone: {
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		// A touch gesture does not scroll in headless Chromium (checked with 156): the phone is
		// scrolled with the mouse wheel too; the layout, trigger line and rendering are the phone's.
		gesture: { x: 195, y: 600, gestureSourceType: 'mouse' }
	}
};

export const PROBE_CONFIG = {
	// The page's Scroller treats a chapter heading (data-step-lead) as the start of its first step.
	markers: 'main [data-step], main [data-step-lead]',
	graphic: '[data-active-step]',
	desktopLine: 0.6,
	phoneLine: 0.8,
	phoneMaxWidth: 759,
	trackSteps: true
};

const LONG_FRAME_MS = 33;
const STUTTER_MS = 50;

function longTaskStats(tasks) {
	const d = tasks.map((t) => t.duration);
	return { count: d.length, totalMs: sum(d), maxMs: d.length ? Math.max(...d) : 0 };
}

/**
 * A fresh context with the profile's viewport and a page in it, its CPU slowed ×`rate` from before
 * anything loads. The caller closes the context.
 */
export async function throttledPage(browser, profileName, rate) {
	const profile = PROFILES[profileName];
	const context = await browser.newContext({
		viewport: profile.viewport,
		deviceScaleFactor: profile.deviceScaleFactor,
		isMobile: profile.isMobile,
		hasTouch: profile.hasTouch,
		locale: 'zh-CN'
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	return { context, page, cdp };
}

/** Opens `url` and waits until the page has started (`data-ready`); throws if it did not load. */
export async function openStarted(page, url) {
	const nav = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
	if (!nav?.ok()) throw new Error(`GET ${new URL(url).pathname} answered ${nav?.status()}`);
	// Polled on a timer: a rAF poll would keep the page drawing frames, as if scrolled.
	const poll = { polling: 50, timeout: 60_000 };
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, poll);
}

/**
 * One run: fresh context, CPU ×`rate` from before navigation, load `/`, wait for ready + 1 s,
 * then scroll to the bottom with a synthesized gesture at `speed` px/s.
 *
 * `scripts: false` measures the floor: the same page with its scripts blocked (the built HTML and
 * its style only, as a reader sees it before any script runs), loaded, then scrolled the same way.
 * What it misses, no change to the story's scripts can meet.
 */
export async function smoothRun(
	browser,
	baseUrl,
	profileName,
	{ rate = 4, speed = 1500, trackSteps = true, scripts = true } = {}
) {
	const profile = PROFILES[profileName];
	const { context, page, cdp } = await throttledPage(browser, profileName, rate);
	try {
		const errors = [];
		// The floor's start script fails on its blocked imports, on purpose.
		if (scripts) page.on('pageerror', (e) => errors.push(e.message));
		// A 404 means the build changed under the server (or a broken build): not a valid run.
		page.on('response', (r) => {
			if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
		});
		await page.addInitScript(probe, { ...PROBE_CONFIG, trackSteps: scripts && trackSteps });
		// The probe is installed by the browser, not fetched: it still runs.
		if (!scripts) await page.route(/\.m?js(\?|$)/, (route) => route.abort('blockedbyclient'));

		const nav = await page.goto(`${baseUrl}/`, { waitUntil: 'load', timeout: 60_000 });
		if (!nav?.ok()) throw new Error(`GET / answered ${nav?.status()}`);
		if (scripts) {
			await page.waitForFunction(() => window.__bench?.readyAt != null, null, {
				timeout: 60_000
			});
		} else {
			// Never ready: it counts from the end of loading instead.
			await page.evaluate(() => (window.__bench.readyAt = performance.now()));
		}
		await sleep(1000);

		const before = await page.evaluate(() => {
			const S = window.__bench;
			const nav = performance.getEntriesByType('navigation')[0];
			return {
				readyAt: S.readyAt,
				domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
				longtasks: S.longtasks.slice(),
				longtaskSupported: S.longtaskSupported,
				distance:
					document.documentElement.scrollHeight - window.innerHeight - Math.round(window.scrollY),
				start: S.start()
			};
		});
		if (!before.longtaskSupported) throw new Error('this Chromium has no longtask observer');
		const loadTasks = before.longtasks.filter((t) => t.start <= before.readyAt + 1000);

		const scrollStart = Date.now();
		// If the page grows while scrolling (content loading late), scroll on for what is left.
		let remaining = before.distance;
		for (let gesture = 0; gesture < 3 && remaining > 2; gesture++) {
			await cdp.send('Input.synthesizeScrollGesture', {
				...profile.gesture,
				// Negative yDistance scrolls down. repeatCount is the number of *extra* repetitions
				// (default 0): 1 would scroll the distance twice.
				yDistance: -remaining,
				speed,
				repeatCount: 0
			});
			remaining = await page.evaluate(
				() =>
					document.documentElement.scrollHeight - window.innerHeight - Math.round(window.scrollY)
			);
		}
		const gestureMs = Date.now() - scrollStart;
		await sleep(700);
		const after = await page.evaluate(() => {
			const S = window.__bench;
			S.stop();
			return {
				frames: S.frames,
				longtasks: S.longtasks,
				startedAt: S.startedAt,
				stoppedAt: S.stoppedAt,
				latencies: S.latencies,
				superseded: S.superseded,
				unprompted: S.unprompted,
				alreadyShown: S.alreadyShown,
				pending: S.pending,
				detections: S.detections,
				scrollY: window.scrollY,
				bottomGap:
					document.documentElement.scrollHeight - window.innerHeight - Math.round(window.scrollY)
			};
		});
		if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

		// Frame intervals while scrolling (from the first frame after the gesture started).
		const frames = after.frames.filter((t) => t >= after.startedAt && t <= after.stoppedAt);
		const intervals = frames.slice(1).map((t, i) => t - frames[i]);
		const scrollTasks = after.longtasks.filter(
			(t) => t.start + t.duration >= after.startedAt && t.start <= after.stoppedAt
		);
		const frameMedian = median(intervals);

		// Step latency: in frames, counted (0 = painted in the frame whose scroll event crossed the
		// line, 1 = the next frame); in ms from the scroll event to the end of the main-thread work of
		// the frame that paints the change, so a slow render of the new scene counts.
		const steps = after.latencies.map((l) => ({
			slug: l.slug,
			frames: l.paintFrame - l.scrollFrame,
			ms: l.frameDoneAt !== null ? l.frameDoneAt - l.t0 : null,
			// The brief's first definition: performance.now() in the scroll event to the next rAF
			// callback after the mutation. Kept for comparison: it adds a frame when the change is made
			// inside a rAF callback (it is painted in that frame, not the next).
			naiveMs: l.nextRafAt !== null ? l.nextRafAt - l.t0 : null,
			how: l.how
		}));
		const frameCounts = steps.map((s) => s.frames);
		const ms = steps.map((s) => s.ms);
		const inFrames = (value) => (frameMedian && value !== null ? value / frameMedian : null);

		return {
			profile: profileName,
			cpuSlowdown: rate,
			load: {
				readyMs: before.readyAt,
				domContentLoadedMs: before.domContentLoaded,
				longTasks: longTaskStats(loadTasks),
				tasks: loadTasks
			},
			scroll: {
				distancePx: before.distance,
				speedPxPerS: speed,
				gestureMs,
				effectiveSpeedPxPerS: gestureMs
					? (before.distance - after.bottomGap) / (gestureMs / 1000)
					: null,
				reachedBottom: after.bottomGap <= 2,
				bottomGapPx: after.bottomGap,
				frames: intervals.length,
				frameP50Ms: frameMedian,
				frameP95Ms: percentile(intervals, 95),
				frameMaxMs: max(intervals),
				framesOver33: intervals.filter((d) => d > LONG_FRAME_MS).length,
				// Two or more frames missed in a row at 60 Hz: a stutter a reader sees, where one missed
				// frame (an interval of 33.3 ms) already counts as over 33 ms.
				framesOver50: intervals.filter((d) => d > STUTTER_MS).length,
				longTasks: longTaskStats(scrollTasks),
				tasks: scrollTasks
			},
			steps: {
				measured: steps.length,
				detected: after.detections,
				skipped: after.superseded.length,
				neverShown: after.pending.map((p) => p.slug),
				unprompted: after.unprompted,
				alreadyShown: after.alreadyShown.map((a) => a.slug),
				p50Frames: median(frameCounts),
				p95Frames: percentile(frameCounts, 95),
				maxFrames: max(frameCounts),
				p50Ms: median(ms),
				p95Ms: percentile(ms, 95),
				maxMs: max(ms),
				p50NaiveMs: median(steps.map((s) => s.naiveMs)),
				maxNaiveMs: max(steps.map((s) => s.naiveMs)),
				// The brief's frames: ms divided by the run's median frame interval.
				p50MsInFrames: inFrames(median(ms)),
				p95MsInFrames: inFrames(percentile(ms, 95)),
				maxMsInFrames: inFrames(max(ms)),
				each: steps
			}
		};
	} finally {
		await context.close();
	}
}
