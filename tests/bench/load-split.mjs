#!/usr/bin/env node
// `npm run bench:load`: the long tasks (over 50 ms) of a page's load with the CPU slowed 4×, as
// Lighthouse's TBT counts them, each with where its time goes (self time by traced event; a
// script's calls by function and file). Serves an existing build/ (run `npm run build` first).
// Scripts run inside a microtask show as BlinkScheduler_PerformMicrotaskCheckpoint: for their
// functions, take a CPU profile (DevTools, or CDP's Profiler) of a build without minifying.
//   node tests/bench/load-split.mjs [--profile phone|desktop] [--path /] [--top 8]
import { parseArgs } from 'node:util';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromiumInfo, launch } from './browser.mjs';
import { freePort, startPreview } from './server.mjs';
import { throttledPage } from './smooth.mjs';
import { selfTimes } from './steps.mjs';
import { pageTasks } from './trace.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
	options: {
		profile: { type: 'string', default: 'phone' },
		path: { type: 'string', default: '/' },
		port: { type: 'string', default: '4331' },
		top: { type: 'string', default: '8' }
	}
});
const port = await freePort(Number(args.port));
const server = await startPreview(ROOT, port);
const browser = await launch(chromiumInfo());
try {
	const { context, page } = await throttledPage(browser, args.profile, 4);
	await browser.startTracing(page, {
		categories: [
			'toplevel',
			'devtools.timeline',
			'disabled-by-default-devtools.timeline',
			'v8',
			'blink',
			'loading'
		]
	});
	await page.goto(`http://127.0.0.1:${port}${args.path}`, { waitUntil: 'load', timeout: 60_000 });
	await sleep(6000);
	const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
	await context.close();
	const events = trace.traceEvents;
	// The renderer main thread that ran the page's ParseHTML, and its tasks over 50 ms.
	const { parse, pid, tid, tasks: all } = pageTasks(events, port);
	const tasks = all.filter((t) => t.dur > 50_000);
	const t0 = parse.ts;
	let blocking = 0;
	for (const task of tasks.sort((a, b) => a.ts - b.ts)) {
		blocking += task.dur / 1000 - 50;
		const inside = events.filter(
			(e) =>
				e.pid === pid &&
				e.tid === tid &&
				e.ph === 'X' &&
				e.ts >= task.ts &&
				e.ts + (e.dur ?? 0) <= task.ts + task.dur
		);
		const self = Object.entries(selfTimes(inside))
			.sort((a, b) => b[1] - a[1])
			.slice(0, Number(args.top));
		console.log(
			`\ntask at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(0)} ms`
		);
		for (const [name, ms] of self) console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`);
	}
	console.log(
		`\n${tasks.length} tasks over 50 ms; their time over 50 ms: ${blocking.toFixed(0)} ms`
	);
} finally {
	await browser.close();
	await server.stop();
}
