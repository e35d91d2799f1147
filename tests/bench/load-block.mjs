#!/usr/bin/env node
// `npm run bench:block`: a page's blocking time while it loads, as Lighthouse's TBT counts it (each
// main-thread task after the first contentful paint, for what it runs over 50 ms), but measured in
// a trace of a real load with the CPU slowed 4×, not simulated from an unthrottled one. On these
// shared machines Lighthouse's simulated TBT of one build ranged over 4× between runs; this varies
// less, and sets builds side by side: the story, its floor (the same page with every script
// blocked) and, with `--against DIR`, another checkout's build, interleaved run by run. Serves
// each checkout's existing build/ (run `npm run build` first). Prints medians and every run.
//   node tests/bench/load-block.mjs [--runs 7] [--profile phone|desktop]
//        [--paths /,/financing] [--against ../other-checkout] [--settle 3000]
import { parseArgs } from 'node:util';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromiumInfo, launch } from './browser.mjs';
import { freePort, startPreview } from './server.mjs';
import { throttledPage } from './smooth.mjs';
import { median } from './stats.mjs';
import { pageTasks } from './trace.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
	options: {
		runs: { type: 'string', default: '7' },
		profile: { type: 'string', default: 'phone' },
		paths: { type: 'string', default: '/,/financing,/financing/credit-loans' },
		against: { type: 'string' },
		settle: { type: 'string', default: '3000' }
	}
});

/** Top-level tasks of the page's main thread in `events`, and when its first contentful paint was. */
function mainTasks(events, port) {
	const { pid, tasks } = pageTasks(events, port);
	const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === pid);
	if (!fcp) throw new Error('no first contentful paint in the trace');
	return { tasks, fcp: fcp.ts };
}

/** One load of `url`: its blocking time after the first contentful paint, and its long tasks. */
async function loadOnce(browser, url, port, { scripts }) {
	const { context, page } = await throttledPage(browser, args.profile, 4);
	try {
		if (!scripts) await page.route(/\.m?js(\?|$)/, (route) => route.abort());
		await browser.startTracing(page, {
			categories: ['toplevel', 'devtools.timeline', 'loading', 'blink.user_timing']
		});
		await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
		if (scripts)
			await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
				timeout: 30_000
			});
		await sleep(Number(args.settle));
		const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
		const { tasks, fcp } = mainTasks(trace.traceEvents, port);
		const long = tasks.filter((t) => t.ts >= fcp && t.dur > 50_000).map((t) => t.dur / 1000);
		return { blocking: long.reduce((a, d) => a + d - 50, 0), long };
	} finally {
		await context.close();
	}
}

const sides = [{ name: 'story', root: ROOT, scripts: true }];
if (args.against) sides.push({ name: 'against', root: resolve(args.against), scripts: true });
sides.push({ name: 'floor', root: ROOT, scripts: false });

const servers = [];
const browser = await launch(chromiumInfo());
try {
	for (const side of sides) {
		const same = servers.find((s) => s.root === side.root);
		side.port = same?.port ?? (await freePort(4340 + servers.length));
		if (!same)
			servers.push({
				root: side.root,
				port: side.port,
				...(await startPreview(side.root, side.port))
			});
	}
	const paths = args.paths.split(',');
	const results = new Map();
	for (let run = 1; run <= Number(args.runs); run++)
		for (const path of paths)
			for (const side of sides) {
				const r = await loadOnce(browser, `http://127.0.0.1:${side.port}${path}`, side.port, side);
				const key = `${path} ${side.name}`;
				if (!results.has(key)) results.set(key, []);
				results.get(key).push(r);
				console.error(
					`${key} run ${run}: ${r.blocking.toFixed(0)} ms (tasks ${r.long.map((d) => d.toFixed(0)).join(', ') || 'none'})`
				);
			}
	console.log(
		`\nBlocking time after first paint, CPU 4×, ${args.profile}, medians of ${args.runs} runs:`
	);
	for (const [key, runs] of results)
		console.log(
			`  ${key.padEnd(40)} ${median(runs.map((r) => r.blocking))
				.toFixed(0)
				.padStart(5)} ms   runs: ${runs.map((r) => r.blocking.toFixed(0)).join(' ')}`
		);
} finally {
	await browser.close();
	for (const s of servers) await s.stop();
}
