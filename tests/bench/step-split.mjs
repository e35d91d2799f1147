#!/usr/bin/env node
// `npm run bench:split`: where the main thread's time goes after a step change, the story beside
// its floor. One reading-pace run of each (as `npm run bench` runs them, CPU 4×), then, by traced
// event name, the self time per change in the second after it: the story's, the floor's, and the
// difference, largest first. Serves an existing build/ (run `npm run build` first).
//
//   node tests/bench/step-split.mjs [--profile desktop|phone] [--path /] [--runs 1] [--top 25]
import { parseArgs } from 'node:util';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumInfo, launch } from './browser.mjs';
import { freePort, startPreview } from './server.mjs';
import { paceRun } from './steps.mjs';
import { median, table } from './stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
	options: {
		profile: { type: 'string', default: 'desktop' },
		path: { type: 'string', default: '/' },
		runs: { type: 'string', default: '1' },
		top: { type: 'string', default: '25' },
		port: { type: 'string', default: '4330' }
	}
});
const runs = Math.max(1, Number(args.runs) || 1);
const port = await freePort(Number(args.port));
const server = await startPreview(ROOT, port);
const browser = await launch(chromiumInfo());
const splits = { story: [], floor: [] };
const busy = { story: [], floor: [] };
try {
	for (let run = 0; run < runs; run++)
		for (const scripts of [true, false]) {
			const r = await paceRun(browser, `http://127.0.0.1:${port}`, args.profile, {
				path: args.path,
				scripts,
				split: true
			});
			const kind = scripts ? 'story' : 'floor';
			splits[kind].push(r.split);
			busy[kind].push(r.busyP50Ms);
			console.error(`${kind} run ${run + 1}: busy p50 ${Math.round(r.busyP50Ms)} ms`);
		}
} finally {
	await browser.close();
	await server.stop();
}
const names = new Set([...splits.story, ...splits.floor].flatMap((s) => Object.keys(s)));
const med = (kind, name) => median(splits[kind].map((s) => s[name] ?? 0));
const rows = [...names]
	.map((name) => [name, med('story', name), med('floor', name)])
	.map(([name, s, f]) => [name, s, f, s - f])
	.sort((a, b) => Math.abs(b[3]) - Math.abs(a[3]))
	.slice(0, Number(args.top));
const ms = (v) => v.toFixed(1);
console.log(
	`\nSelf time per change in the second after it (ms, median of ${runs}), ${args.profile} ${args.path}:\n`
);
console.log(
	table([
		['event', 'story', 'floor', 'story − floor'],
		...rows.map((r) => [r[0], ...r.slice(1).map(ms)])
	])
);
const total = (kind) =>
	median(splits[kind].map((s) => Object.values(s).reduce((a, b) => a + b, 0)));
console.log(
	`\nAll events: story ${ms(total('story'))}, floor ${ms(total('floor'))}; busy p50 story ${ms(median(busy.story))}, floor ${ms(median(busy.floor))}`
);
