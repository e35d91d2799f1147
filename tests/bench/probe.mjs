// The in-page recorder, installed with page.addInitScript before any of the page's own scripts.
// It runs in the browser: it may use only what is inside the function (it is serialised).
//
// Records from the very start:
// - every requestAnimationFrame timestamp (a continuous rAF loop), frame n = S.frames[n - 1];
// - long tasks (PerformanceObserver 'longtask', buffered);
// - when the page says it is ready (html[data-ready="true"]);
// - while S.tracking is on, the latency of each step change: the frame in which a step crossed
//   the trigger line (seen in a scroll event) and the frame that paints the graphic showing it.
//
// Frames are counted, not guessed from time. Chromium dispatches scroll events in the rendering
// update of a frame, before its rAF callbacks, so a scroll event belongs to frame `frame + 1`. A
// change of data-active-step made between this loop's rAF callback of frame n and the end of that
// frame's rendering (a task posted from the callback runs right after it) is painted in frame n;
// one made at any other time is painted in the next frame, n + 1. The time that frame's main-thread
// work ends (that posted task runs) is when the change is ready to be shown: t1 for the latency in ms.

/**
 * @param {{ markers: string, graphic: string, desktopLine: number, phoneLine: number,
 *   phoneMaxWidth: number, trackSteps: boolean }} config
 */
export function probe(config) {
	if (window.__bench) return;
	const S = {
		frames: [],
		longtasks: [],
		readyAt: null,
		tracking: false,
		latencies: [],
		superseded: [],
		unprompted: [],
		alreadyShown: [],
		pending: [],
		detections: 0,
		longtaskSupported: true
	};
	window.__bench = S;

	let frame = 0;
	let frameOpen = false;
	const channel = new MessageChannel();
	/** Latency records waiting for the end of the frame that paints them. */
	const waitingForFrameEnd = [];
	channel.port1.onmessage = () => {
		frameOpen = false;
		const now = performance.now();
		for (let i = waitingForFrameEnd.length - 1; i >= 0; i--) {
			if (waitingForFrameEnd[i].paintFrame <= frame) {
				waitingForFrameEnd[i].frameDoneAt = now;
				waitingForFrameEnd.splice(i, 1);
			}
		}
	};
	/** Latency records waiting for the next rAF callback after their mutation (the naive t1). */
	const waitingForNextRaf = [];

	let graphic = null;
	let shown = null;
	const graphicEl = () => {
		if (!graphic || !graphic.isConnected) graphic = document.querySelector(config.graphic);
		return graphic;
	};

	function onShown(slug, how) {
		if (!slug || slug === shown) return;
		shown = slug;
		if (!S.tracking) return;
		const now = performance.now();
		const paintFrame = frameOpen ? frame : frame + 1;
		const i = S.pending.findIndex((p) => p.slug === slug);
		if (i < 0) {
			S.unprompted.push({ slug, at: now, paintFrame, how });
			return;
		}
		const earlier = S.pending.splice(0, i + 1);
		const p = earlier.pop();
		for (const skipped of earlier) S.superseded.push(skipped.slug);
		const record = {
			slug,
			t0: p.t0,
			scrollFrame: p.frame,
			paintFrame,
			mutationAt: now,
			frameDoneAt: null,
			nextRafAt: null,
			how
		};
		S.latencies.push(record);
		waitingForNextRaf.push(record);
		waitingForFrameEnd.push(record);
	}

	function loop(ts) {
		frame++;
		frameOpen = true;
		S.frames.push(ts);
		channel.port2.postMessage(0);
		for (const record of waitingForNextRaf.splice(0)) record.nextRafAt = ts;
		if (S.readyAt === null && document.documentElement?.dataset.ready === 'true') {
			S.readyAt = performance.now();
		}
		// A safety net, should the graphic element be replaced rather than its attribute changed.
		const g = graphicEl();
		if (g && g.dataset.activeStep !== shown) onShown(g.dataset.activeStep, 'raf-check');
		requestAnimationFrame(loop);
	}
	requestAnimationFrame(loop);

	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) {
				S.longtasks.push({ start: e.startTime, duration: e.duration, name: e.name });
			}
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		S.longtaskSupported = false;
	}

	new MutationObserver(() => onShown(graphicEl()?.dataset.activeStep, 'mutation')).observe(
		document,
		{ subtree: true, attributes: true, attributeFilter: ['data-active-step'] }
	);

	// The step under the trigger line, as the page defines it: the last marker whose top is at or
	// above the line; before the first, the first.
	let markers = [];
	function stepUnderLine() {
		if (!markers.length || !markers[0].isConnected) {
			markers = [...document.querySelectorAll(config.markers)];
		}
		if (!markers.length) return null;
		const line =
			innerHeight * (innerWidth <= config.phoneMaxWidth ? config.phoneLine : config.desktopLine);
		let found = markers[0];
		for (const m of markers) {
			if (m.getBoundingClientRect().top <= line) found = m;
			else break;
		}
		return found.dataset.step ?? found.dataset.stepLead ?? null;
	}

	let detected = null;
	addEventListener(
		'scroll',
		() => {
			if (!S.tracking || !config.trackSteps) return;
			const t0 = performance.now();
			// A scroll event is dispatched in a frame's rendering, before its rAF callbacks.
			frameOpen = false;
			const slug = stepUnderLine();
			if (!slug || slug === detected) return;
			detected = slug;
			S.detections++;
			if (graphicEl()?.dataset.activeStep === slug) {
				S.alreadyShown.push({ slug, at: t0 });
				return;
			}
			S.pending.push({ slug, t0, frame: frame + 1 });
		},
		{ passive: true }
	);

	S.start = () => {
		detected = stepUnderLine();
		shown = graphicEl()?.dataset.activeStep ?? null;
		S.tracking = true;
		S.startedAt = performance.now();
		return { detected, shown };
	};
	S.stop = () => {
		S.tracking = false;
		S.stoppedAt = performance.now();
	};
}
