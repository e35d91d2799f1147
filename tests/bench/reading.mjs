// Step changes at a reader's pace, with the CPU slowed 4×: the reader stops at each step to read,
// then moves on to the next one. A reader who scrolls a step at a time changes steps this way, and
// so does a presenter with a clicker. While the reader reads, the graphic draws the scene likely
// next (see Graphic.svelte), which a continuous scroll (smooth.mjs) never gives it time to do.
//
// For each step after the first: the time from the jump to the end of the main-thread work of the
// frame after the graphic changed (the frame that shows it), and the longest task in that time (long
// tasks, 50 ms or more, are all the browser reports). Long tasks while the reader reads, between
// two steps (the scene drawn ahead, for one), are counted apart.
import { setTimeout as sleep } from 'node:timers/promises';
import { max, median, percentile } from './stats.mjs';
import { openStarted, PROBE_CONFIG, throttledPage } from './smooth.mjs';

const SHOWN = '[data-active-step] .scene-box:not(.ahead) svg.scene';

/** Installed before the page's scripts: long tasks, from the start. */
function recorder() {
	window.__reading = { longtasks: [] };
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			window.__reading.longtasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
}

/** In the page: jumps so that the step's top is just above the trigger line; resolves once shown. */
function jump({ slug, line, shown }) {
	return new Promise((resolve) => {
		const graphic = document.querySelector('[data-active-step]');
		const before = document.querySelector(shown);
		const hidden = new Set(
			document.querySelectorAll('[data-active-step] .scene-box.ahead svg.scene')
		);
		const give = (result) => {
			observer.disconnect();
			clearTimeout(timer);
			resolve(result);
		};
		const observer = new MutationObserver(() => {
			if (graphic.getAttribute('data-active-step') !== slug) return;
			observer.disconnect();
			// The change is shown in the next frame; a task posted from its callback runs when that
			// frame's main-thread work is done.
			requestAnimationFrame(() => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => {
					const after = document.querySelector(shown);
					give({
						t0,
						shownAt: performance.now(),
						newScene: after !== before,
						drawnAhead: hidden.has(after)
					});
				};
				channel.port2.postMessage(0);
			});
		});
		observer.observe(graphic, { attributes: true, attributeFilter: ['data-active-step'] });
		const timer = setTimeout(() => give(null), 3000);
		const el = document.getElementById(slug);
		const t0 = performance.now();
		window.scrollTo({
			top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * line + 5,
			behavior: 'instant'
		});
	});
}

/**
 * One run: fresh context, CPU ×`rate` from before navigation, load `/`, wake the page with a small
 * scroll, then step through the whole story, pausing `pauseMs` at each step.
 */
export async function readingRun(browser, baseUrl, profileName, { rate = 4, pauseMs = 1200 } = {}) {
	const { context, page } = await throttledPage(browser, profileName, rate);
	try {
		const errors = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.addInitScript(recorder);
		await openStarted(page, `${baseUrl}/`);
		// The layouts load on the reader's first move.
		await page.mouse.wheel(0, 2);
		await sleep(1500);

		// The page's trigger line, as the smoothness probe reads it.
		const { slugs, line } = await page.evaluate(
			({ phoneMaxWidth, phoneLine, desktopLine }) => ({
				slugs: [...document.querySelectorAll('main [data-step]')].map((el) => el.dataset.step),
				line: window.innerWidth <= phoneMaxWidth ? phoneLine : desktopLine
			}),
			PROBE_CONFIG
		);
		const steps = [];
		for (const slug of slugs.slice(1)) {
			const r = await page.evaluate(jump, { slug, line, shown: SHOWN });
			if (!r) {
				steps.push({ slug, shown: false });
				continue;
			}
			await sleep(pauseMs);
			const { change, reading } = await page.evaluate(
				({ t0, shownAt }) => {
					const tasks = window.__reading.longtasks;
					return {
						change: tasks.filter((t) => t.start + t.duration >= t0 && t.start <= shownAt),
						reading: tasks.filter((t) => t.start > shownAt)
					};
				},
				{ t0: r.t0, shownAt: r.shownAt }
			);
			steps.push({
				slug,
				shown: true,
				newScene: r.newScene,
				drawnAhead: r.drawnAhead,
				latencyMs: r.shownAt - r.t0,
				longestTaskMs: change.length ? Math.max(...change.map((t) => t.duration)) : 0,
				// Long tasks after the step was shown, until the next jump.
				readingLongTasks: reading.map((t) => t.duration)
			});
		}
		if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

		const shown = steps.filter((s) => s.shown);
		const latency = shown.map((s) => s.latencyMs);
		const fresh = shown.filter((s) => s.newScene);
		return {
			profile: profileName,
			cpuSlowdown: rate,
			pauseMs,
			steps,
			changes: shown.length,
			neverShown: steps.filter((s) => !s.shown).map((s) => s.slug),
			newScenes: fresh.length,
			drawnAhead: fresh.filter((s) => s.drawnAhead).length,
			latencyP50Ms: median(latency),
			latencyP95Ms: percentile(latency, 95),
			latencyMaxMs: max(latency),
			newSceneLatencyP50Ms: median(fresh.map((s) => s.latencyMs)),
			withLongTask: shown.filter((s) => s.longestTaskMs > 0).length,
			longestTaskMs: max(shown.map((s) => s.longestTaskMs)),
			readingLongTasks: shown.flatMap((s) => s.readingLongTasks).length,
			readingLongestTaskMs: max(shown.flatMap((s) => s.readingLongTasks)) ?? 0
		};
	} finally {
		await context.close();
	}
}
