// Opening a shared chapter link on a slow phone: a chapter's page, the phone viewport, the CPU
// slowed 4× and the network as Lighthouse's mobile preset has it (slow 4G), as a reader who taps
// the link gets it. The browser paints a long page as its HTML comes in: what matters is whether
// the first thing painted is the chapter, and when the chapter is first on screen.
//
// Read without touching the page's layout (reading positions in its frames would force layouts,
// and change when it is painted):
// - what was painted: the largest-contentful-paint entries, which each new largest element on
//   screen adds as it is first painted; one outside the chapter and the graphic means the opening
//   (or another chapter) was painted first;
// - when the page was placed: the scroll events, from the browser or the page's own start script.
// The chapter is on screen at the first paint if the page was placed before it, else at the scroll
// that placed it.
import { setTimeout as sleep } from 'node:timers/promises';
import { openStarted, throttledPage } from './smooth.mjs';

// Lighthouse 12's mobile preset in DevTools throttling terms (slow 4G): request latency 562.5 ms,
// 1474.56 kbit/s down, 675 kbit/s up.
export const SLOW_4G = {
	offline: false,
	latency: 562.5,
	downloadThroughput: (1474.56 * 1024) / 8,
	uploadThroughput: (675 * 1024) / 8
};

/** Installed before the page's own scripts. */
function recorder(chapter) {
	const log = (window.__chapter = { chapter, paints: [], scrolls: [] });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			const el = e.element;
			const where = !el
				? 'removed'
				: el.closest(`#${chapter}`)
					? 'chapter'
					: el.closest('.graphic')
						? 'graphic'
						: `${el.tagName.toLowerCase()} in #${el.closest('[id]')?.id ?? '?'}`;
			log.paints.push({ t: e.startTime, where });
		}
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			if (e.name === 'first-contentful-paint') log.fcp = e.startTime;
	}).observe({ type: 'paint', buffered: true });
	addEventListener('scroll', () => log.scrolls.push({ t: performance.now(), y: scrollY }), {
		passive: true
	});
}

/** One chapter page opened once, in a fresh context. */
export async function chapterRun(browser, baseUrl, chapter, { rate = 4, network = SLOW_4G } = {}) {
	const { context, page, cdp } = await throttledPage(browser, 'phone', rate);
	try {
		const errors = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', network);
		await page.addInitScript(recorder, chapter);
		await openStarted(page, `${baseUrl}/${chapter}`);
		await sleep(500);
		const r = await page.evaluate(() => ({ ...window.__chapter, y: scrollY }));
		if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
		if (r.fcp === undefined) throw new Error(`/${chapter}: no first contentful paint`);
		// The scroll that put the page where it is now, if any came after the first paint.
		const placing = r.scrolls.find((s) => Math.abs(s.y - r.y) <= 2 && s.t > r.fcp);
		const before = r.paints.filter((p) => !placing || p.t < placing.t);
		return {
			chapter,
			cpuSlowdown: rate,
			firstPaintMs: r.fcp,
			chapterShownMs: placing ? placing.t : r.fcp,
			// Painted before the page was at its chapter: neither the chapter nor the graphic.
			paintedElsewhere: before
				.filter((p) => p.where !== 'chapter' && p.where !== 'graphic' && p.where !== 'removed')
				.map((p) => p.where)
		};
	} finally {
		await context.close();
	}
}
