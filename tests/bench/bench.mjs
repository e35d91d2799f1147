#!/usr/bin/env node
// Performance bench of the built story: bytes, Lighthouse (mobile and desktop), smoothness and step
// latency with the CPU slowed 4×, while scrolling and at a reader's pace, and what a chapter link
// paints first on a slow phone. Builds, serves build/ with `vite preview`, measures, prints medians
// and budgets, writes every run to bench/results.json. Exits non-zero only when something could
// not be measured; a missed budget is reported, not failed.
//
// Next to the story it measures its floor: the same pages with their scripts blocked, the built HTML
// and style alone. A budget the floor misses is out of reach of any change to the story's scripts.
//
//   node tests/bench/bench.mjs [--runs N] [--quick] [--no-build] [--port N] [--no-phone] [--no-floor]
//                              [--only bytes,lighthouse,smooth,reading,chapters]
//                              [--site-url URL|preview]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { chromiumInfo, launch } from './browser.mjs';
import { measureBytes } from './bytes.mjs';
import { killAllChromes, lighthouseRun } from './lighthouse.mjs';
import { build, freePort, startPreview } from './server.mjs';
import { chapterRun } from './chapters.mjs';
import { readingRun } from './reading.mjs';
import { smoothRun } from './smooth.mjs';
import { kb, median, num, table } from './stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// The front page, each chapter's page, and one step's page per chapter.
const PAGES = [
	'/',
	'/growth',
	'/innovation',
	'/financing',
	'/investment',
	'/growth/high-tech-contribution',
	'/innovation/robots',
	'/financing/credit-loans',
	'/investment/hubei-large'
];
const PRESETS = ['mobile', 'desktop'];

const BUDGET = {
	firstLoadKB: 50,
	wholeStoryKB: 90,
	lcpMs: 1200,
	longTaskMs: 50,
	frameMs: 33,
	stepFrames: 1
};

const { values: args } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		quick: { type: 'boolean', default: false },
		'no-build': { type: 'boolean', default: false },
		'no-phone': { type: 'boolean', default: false },
		'no-floor': { type: 'boolean', default: false },
		'base-root': { type: 'string' },
		port: { type: 'string', default: '4310' },
		'site-url': { type: 'string', default: 'preview' },
		only: { type: 'string', default: 'bytes,lighthouse,smooth,reading,chapters' },
		help: { type: 'boolean', short: 'h', default: false }
	}
});
if (args.help) {
	console.log(`usage: node tests/bench/bench.mjs [options]
  --runs N      runs of each Lighthouse and smoothness measurement (default 3; medians reported)
  --quick       1 run, / only, desktop smoothness only: for trying the bench out
  --no-build    measure the existing build/ (no npm run build)
  --no-phone    skip the 390×844 phone smoothness runs
  --no-floor    skip the floor: the same pages with their scripts blocked (smoothness on each
                profile, Lighthouse mobile on /), run between the story's own runs
  --base-root D a checkout of the commit the work started from, already built (npm run build in
                D): its floor is measured too, in the same run, and budgets are held to the
                lower of the two floors (the floor may move down, not up)
  --port N      preview port to try first (default 4310; the next free one is used if taken)
  --site-url U  build with SITE_URL=U (absolute canonical links); default "preview", the preview's
                own origin, as a deployed site would be built
  --only LIST   comma-separated subset of bytes,lighthouse,smooth,reading,chapters`);
	process.exit(0);
}
const RUNS = args.quick ? 1 : Math.max(1, Number.parseInt(args.runs, 10) || 3);
const pages = args.quick ? ['/'] : PAGES;
const profiles = args.quick || args['no-phone'] ? ['desktop'] : ['desktop', 'phone'];
const only = new Set(args.only.split(',').map((s) => s.trim()));
// The floor: each measurement again with the page's scripts blocked (see smoothRun, lighthouseRun).
const floor = !args.quick && !args['no-floor'];
// Every page's Lighthouse score is held to its own floor.
const FLOOR_PAGES = PAGES;

const log = (...m) => console.error(...m);
const startedAt = Date.now();
const seconds = (from) => Math.round((Date.now() - from) / 1000);

// Everything started here is stopped on the way out, whatever happens.
const cleanups = [];
async function cleanup() {
	while (cleanups.length) {
		try {
			await cleanups.pop()();
		} catch (e) {
			log(`cleanup: ${e.message}`);
		}
	}
}
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, async () => {
		log(`\n${signal}: stopping the preview server and browsers…`);
		await cleanup();
		process.exit(130);
	});
}

const results = {
	date: new Date().toISOString(),
	options: { runs: RUNS, quick: args.quick, build: !args['no-build'], pages, profiles, floor },
	node: process.version,
	chromium: null,
	timings: {},
	bytes: null,
	lighthouse: { runs: [], medians: {}, floorMedians: {}, baseFloorMedians: {} },
	smoothness: { runs: [], medians: {}, floorMedians: {}, baseFloorMedians: {} },
	reading: { runs: [], medians: {} },
	chapters: { runs: [], medians: {} },
	budgets: [],
	warnings: [],
	errors: []
};

let server;
// The base commit's build, served for its floor (--base-root).
let baseServer;
/**
 * Starts vite preview, or starts it again if it has stopped. On a shared machine another build can
 * briefly empty .svelte-kit/output, or another script stop our server: noted in the results.
 */
async function ensureServer(port) {
	if (server?.alive() && server.current()) return;
	if (server) {
		const why = server.alive()
			? 'build/ changed while benchmarking (another build ran): restarted vite preview;' +
				' measurements before and after are of different builds'
			: `vite preview stopped (${server.exitInfo()}); restarted it`;
		results.warnings.push(why);
		log(why);
		await server.stop();
	}
	server = undefined;
	for (let attempt = 1; !server; attempt++) {
		try {
			server = await startPreview(ROOT, port);
		} catch (e) {
			if (attempt === 3) throw e;
			log(`vite preview did not start (${e.message.split('\n')[0]}); trying again in 5 s…`);
			await sleep(5000);
		}
	}
}

async function main() {
	const chrome = chromiumInfo();
	results.chromium = { path: chrome.executablePath, label: chrome.label, version: chrome.version };
	log(`Chromium: ${chrome.label} — ${chrome.version}`);

	const port = await freePort(Number(args.port));
	if (!args['no-build']) {
		const siteUrl = args['site-url'] === 'preview' ? `http://127.0.0.1:${port}` : args['site-url'];
		results.options.siteUrl = siteUrl ?? process.env.SITE_URL ?? null;
		log(`Building (npm run build${siteUrl ? ` with SITE_URL=${siteUrl}` : ''})…`);
		results.timings.buildSeconds = Math.round(build(ROOT, siteUrl) / 1000);
	}
	cleanups.push(() => server?.stop());
	await ensureServer(port);
	log(`Preview: ${server.url} (pid ${server.pid})`);

	if (args['base-root']) {
		const baseRoot = resolve(args['base-root']);
		baseServer = await startPreview(baseRoot, await freePort(port + 1));
		cleanups.push(() => baseServer?.stop());
		results.options.baseRoot = baseRoot;
		log(`Base floor: ${baseServer.url} (${baseRoot})`);
	}
	/** What each measurement is made of: the story, its floor, and the base commit's floor. */
	const kindsOf = (withFloor) =>
		withFloor ? ['story', 'floor', ...(baseServer ? ['base'] : [])] : ['story'];
	const urlOf = (kind) => (kind === 'base' ? baseServer.url : server.url);
	const whatOf = (kind) =>
		kind === 'story' ? '' : kind === 'floor' ? ', floor: scripts blocked' : ', base floor';

	const browser = await launch(chrome);
	cleanups.push(() => browser.close());
	results.chromium.browserVersion = browser.version();

	if (only.has('bytes')) {
		const t = Date.now();
		log('Bytes…');
		try {
			await ensureServer(port);
			results.bytes = await measureBytes(browser, server.url, join(ROOT, 'build'), log);
		} catch (e) {
			results.errors.push(`bytes: ${e.message}`);
			log(`  bytes failed: ${e.message}`);
		}
		results.timings.bytesSeconds = seconds(t);
	}

	if (only.has('smooth')) {
		const t = Date.now();
		for (const profile of profiles) {
			for (let run = 1; run <= RUNS; run++) {
				for (const kind of kindsOf(floor)) {
					const scripts = kind === 'story';
					const what = whatOf(kind);
					log(`Smoothness (CPU 4×, ${profile}${what}) run ${run}/${RUNS}…`);
					try {
						await ensureServer(port);
						const r = await smoothRun(browser, urlOf(kind), profile, { scripts });
						results.smoothness.runs.push({ run, floor: !scripts, base: kind === 'base', ...r });
						// A scroll that did not cover the story measured only part of it.
						if (!r.scroll.reachedBottom) {
							results.errors.push(
								`smoothness ${profile}${what} run ${run}: the scroll stopped ${r.scroll.bottomGapPx} px short of the bottom`
							);
						}
						// Without scripts no step changes: the floor measures the scroll alone.
						if (scripts && !r.steps.measured) {
							results.errors.push(`smoothness ${profile} run ${run}: no step change was measured`);
						}
						log(
							`  ready ${num(r.load.readyMs)} ms, load long tasks ${r.load.longTasks.count}` +
								` (max ${num(r.load.longTasks.maxMs)} ms); scroll ${r.scroll.frames} frames` +
								` p50 ${num(r.scroll.frameP50Ms, 1)} max ${num(r.scroll.frameMaxMs, 1)} ms,` +
								` >33 ms ${r.scroll.framesOver33}, >50 ms ${r.scroll.framesOver50}, long tasks ${r.scroll.longTasks.count}` +
								(scripts
									? `; steps ${r.steps.measured} max ${num(r.steps.maxFrames)} frames`
									: '') +
								`${r.scroll.reachedBottom ? '' : ` (stopped ${r.scroll.bottomGapPx} px short of the bottom)`}`
						);
					} catch (e) {
						results.errors.push(`smoothness ${profile}${what} run ${run}: ${e.message}`);
						log(`  failed: ${e.message}`);
					}
				}
			}
		}
		results.timings.smoothSeconds = seconds(t);
	}

	if (only.has('reading')) {
		const t = Date.now();
		for (const profile of profiles) {
			for (let run = 1; run <= RUNS; run++) {
				log(`Reading pace (CPU 4×, ${profile}) run ${run}/${RUNS}…`);
				try {
					await ensureServer(port);
					const r = await readingRun(browser, server.url, profile);
					results.reading.runs.push({ run, ...r });
					if (r.neverShown.length) {
						results.errors.push(
							`reading ${profile} run ${run}: never shown: ${r.neverShown.join(', ')}`
						);
					}
					log(
						`  ${r.changes} step changes, ${r.newScenes} to a new scene (${r.drawnAhead} drawn ahead);` +
							` latency p50 ${num(r.latencyP50Ms)} max ${num(r.latencyMaxMs)} ms;` +
							` with a long task ${r.withLongTask} (longest ${num(r.longestTaskMs)} ms);` +
							` long tasks while reading ${r.readingLongTasks}`
					);
				} catch (e) {
					results.errors.push(`reading ${profile} run ${run}: ${e.message}`);
					log(`  failed: ${e.message}`);
				}
			}
		}
		results.timings.readingSeconds = seconds(t);
	}

	if (only.has('chapters')) {
		const t = Date.now();
		for (let run = 1; run <= RUNS; run++) {
			for (const path of pages.filter((p) => /^\/[a-z]+$/.test(p))) {
				const chapter = path.slice(1);
				log(`Chapter link (phone, CPU 4×, slow 4G) ${path} run ${run}/${RUNS}…`);
				try {
					await ensureServer(port);
					const r = await chapterRun(browser, server.url, chapter);
					results.chapters.runs.push({ run, ...r });
					log(
						`  first paint ${num(r.firstPaintMs)} ms, chapter shown ${num(r.chapterShownMs)} ms` +
							(r.paintedElsewhere.length ? `; painted first: ${r.paintedElsewhere.join(', ')}` : '')
					);
				} catch (e) {
					results.errors.push(`chapter link ${path} run ${run}: ${e.message}`);
					log(`  failed: ${e.message}`);
				}
			}
		}
		results.timings.chaptersSeconds = seconds(t);
	}
	await browser.close();

	if (only.has('lighthouse')) {
		const t = Date.now();
		cleanups.push(killAllChromes);
		for (const path of pages) {
			for (const preset of PRESETS) {
				for (let run = 1; run <= RUNS; run++) {
					// The floor of the mobile preset on FLOOR_PAGES, after each of the story's runs.
					const kinds = kindsOf(floor && preset === 'mobile' && FLOOR_PAGES.includes(path));
					for (const kind of kinds) {
						const scripts = kind === 'story';
						const what = `${path} ${preset}${whatOf(kind)}`;
						const url = `${urlOf(kind)}${path}`;
						let r;
						for (let attempt = 1; attempt <= 2 && !r; attempt++) {
							try {
								await ensureServer(port);
								r = await lighthouseRun(url, preset, chrome.executablePath, { scripts });
							} catch (e) {
								log(`  Lighthouse ${what} run ${run} attempt ${attempt}: ${e.message}`);
								if (attempt === 2) {
									results.errors.push(`lighthouse ${what} run ${run}: ${e.message}`);
								}
							}
						}
						if (!r) continue;
						results.lighthouse.runs.push({
							page: path,
							preset,
							run,
							floor: !scripts,
							base: kind === 'base',
							...r
						});
						log(
							`Lighthouse ${what} ${run}/${RUNS}: ${r.performance}/${r.accessibility}/` +
								`${r.bestPractices}/${r.seo}, LCP ${num(r.lcpMs)} ms, CLS ${num(r.cls, 3)},` +
								` TBT ${num(r.tbtMs)} ms (${num(r.seconds, 1)} s)`
						);
					}
				}
			}
		}
		results.timings.lighthouseSeconds = seconds(t);
	}
}

// ---- medians and report -------------------------------------------------------------------------

const LH_KEYS = [
	'performance',
	'accessibility',
	'bestPractices',
	'seo',
	'lcpMs',
	'fcpMs',
	'cls',
	'tbtMs',
	'siMs',
	'benchmarkIndex'
];

function lighthouseMedians({ floor = false, base = false } = {}) {
	const out = {};
	for (const path of pages) {
		for (const preset of PRESETS) {
			const runs = results.lighthouse.runs.filter(
				(r) => r.page === path && r.preset === preset && !r.floor === !floor && !r.base === !base
			);
			if (!runs.length) continue;
			const m = { runs: runs.length };
			for (const key of LH_KEYS) m[key] = median(runs.map((r) => r[key]));
			// Every audit that cost points in any run: how often, its median score.
			const audits = new Map();
			for (const r of runs) {
				for (const a of r.failingAudits) {
					const entry = audits.get(a.id) ?? { ...a, runs: 0, scores: [], displayValues: [] };
					entry.runs++;
					entry.scores.push(a.score);
					if (a.displayValue) entry.displayValues.push(a.displayValue);
					audits.set(a.id, entry);
				}
			}
			m.failingAudits = [...audits.values()].map(({ scores, displayValue: _, ...a }) => ({
				...a,
				score: median(scores)
			}));
			// Audits Lighthouse could not compute (not scored, but their diagnostics are missing).
			m.erroredAudits = [...new Set(runs.flatMap((r) => r.erroredAudits.map((a) => a.id)))];
			out[`${path} ${preset}`] = m;
		}
	}
	return out;
}

const SMOOTH_KEYS = {
	readyMs: (r) => r.load.readyMs,
	loadLongTasks: (r) => r.load.longTasks.count,
	loadLongTasksTotalMs: (r) => r.load.longTasks.totalMs,
	loadLongTaskMaxMs: (r) => r.load.longTasks.maxMs,
	scrollDistancePx: (r) => r.scroll.distancePx,
	scrollGestureMs: (r) => r.scroll.gestureMs,
	scrollSpeedPxPerS: (r) => r.scroll.effectiveSpeedPxPerS,
	scrollFrames: (r) => r.scroll.frames,
	frameP50Ms: (r) => r.scroll.frameP50Ms,
	frameP95Ms: (r) => r.scroll.frameP95Ms,
	frameMaxMs: (r) => r.scroll.frameMaxMs,
	framesOver33: (r) => r.scroll.framesOver33,
	framesOver50: (r) => r.scroll.framesOver50,
	scrollLongTasks: (r) => r.scroll.longTasks.count,
	scrollLongTasksTotalMs: (r) => r.scroll.longTasks.totalMs,
	scrollLongTaskMaxMs: (r) => r.scroll.longTasks.maxMs,
	stepsMeasured: (r) => r.steps.measured,
	stepsSkipped: (r) => r.steps.skipped,
	stepsNeverShown: (r) => r.steps.neverShown.length,
	stepsUnprompted: (r) => r.steps.unprompted.length,
	stepP50Frames: (r) => r.steps.p50Frames,
	stepP95Frames: (r) => r.steps.p95Frames,
	stepMaxFrames: (r) => r.steps.maxFrames,
	stepP50Ms: (r) => r.steps.p50Ms,
	stepP95Ms: (r) => r.steps.p95Ms,
	stepMaxMs: (r) => r.steps.maxMs,
	stepP50MsInFrames: (r) => r.steps.p50MsInFrames,
	stepP95MsInFrames: (r) => r.steps.p95MsInFrames,
	stepMaxMsInFrames: (r) => r.steps.maxMsInFrames,
	stepP50NaiveMs: (r) => r.steps.p50NaiveMs
};

function smoothMedians({ floor = false, base = false } = {}) {
	const out = {};
	for (const profile of profiles) {
		const runs = results.smoothness.runs.filter(
			(r) => r.profile === profile && !r.floor === !floor && !r.base === !base
		);
		if (!runs.length) continue;
		const m = { runs: runs.length };
		for (const [key, get] of Object.entries(SMOOTH_KEYS)) m[key] = median(runs.map(get));
		m.reachedBottom = runs.every((r) => r.scroll.reachedBottom);
		out[profile] = m;
	}
	return out;
}

const READING_KEYS = [
	'changes',
	'newScenes',
	'drawnAhead',
	'latencyP50Ms',
	'latencyP95Ms',
	'latencyMaxMs',
	'newSceneLatencyP50Ms',
	'withLongTask',
	'longestTaskMs',
	'readingLongTasks',
	'readingLongestTaskMs'
];

function readingMedians() {
	const out = {};
	for (const profile of profiles) {
		const runs = results.reading.runs.filter((r) => r.profile === profile);
		if (!runs.length) continue;
		const m = { runs: runs.length };
		for (const key of READING_KEYS) m[key] = median(runs.map((r) => r[key]));
		out[profile] = m;
	}
	return out;
}

function chapterMedians() {
	const out = {};
	for (const r of results.chapters.runs) (out[r.chapter] ??= []).push(r);
	return Object.fromEntries(
		Object.entries(out).map(([chapter, runs]) => [
			chapter,
			{
				runs: runs.length,
				firstPaintMs: median(runs.map((r) => r.firstPaintMs)),
				chapterShownMs: median(runs.map((r) => r.chapterShownMs)),
				// Runs in which something other than the chapter was painted first.
				paintedElsewhereRuns: runs.filter((r) => r.paintedElsewhere.length).length
			}
		])
	);
}

function budgets() {
	const list = [];
	const add = (name, ok, value) => list.push({ name, ok, value });
	const b = results.bytes;
	if (b) {
		add(
			`First-load JS+CSS ≤ ${BUDGET.firstLoadKB} KB gzip`,
			b.firstLoad.totalGzip <= BUDGET.firstLoadKB * 1024,
			`${kb(b.firstLoad.totalGzip)} KB` +
				(b.firstLoad.inlineStyleGzip > 100
					? ` (files; with the HTML's inline <style> ${kb(b.firstLoad.totalGzip + b.firstLoad.inlineStyleGzip)} KB)`
					: '')
		);
		add(
			`Whole story incl. presentation ≤ ${BUDGET.wholeStoryKB} KB gzip`,
			b.wholeStory.totalGzip <= BUDGET.wholeStoryKB * 1024,
			`${kb(b.wholeStory.totalGzip)} KB`
		);
	}
	const lh = Object.entries(results.lighthouse.medians).filter(([k]) => k.endsWith(' mobile'));
	// What the same page scores with its scripts blocked, where measured.
	const lhFloor = Object.entries(results.lighthouse.floorMedians).filter(([k]) =>
		k.endsWith(' mobile')
	);
	const lhFloorNote = (key, digits = 0, unit = '') =>
		lhFloor.length
			? `; floor: ${lhFloor.map(([k, m]) => `${k.replace(' mobile', '')} ${num(m[key], digits)}${unit}`).join(', ')}`
			: '';
	if (lh.length) {
		const worst = (key, pick) => {
			const sorted = [...lh].sort((x, y) => pick(x[1][key], y[1][key]));
			return { page: sorted[0][0].replace(' mobile', ''), value: sorted[0][1][key] };
		};
		// Performance is held to the floor below; the others to 100.
		for (const [key, label] of [
			['accessibility', 'accessibility'],
			['bestPractices', 'best-practices'],
			['seo', 'seo']
		]) {
			const w = worst(key, (a, b) => a - b);
			const below = lh
				.filter(([, m]) => m[key] < 100)
				.map(([k, m]) => `${k.replace(' mobile', '')} ${m[key]}`);
			add(
				`Lighthouse mobile ${label} = 100 on every page`,
				below.length === 0,
				(below.length ? below.join(', ') : `${w.value} (lowest)`) +
					(key === 'performance' ? lhFloorNote(key) : '')
			);
		}
		const lcp = worst('lcpMs', (a, b) => b - a);
		add(
			`Lighthouse mobile LCP ≤ ${BUDGET.lcpMs} ms`,
			lcp.value <= BUDGET.lcpMs,
			`${num(lcp.value)} ms (${lcp.page})${lhFloorNote('lcpMs', 0, ' ms')}`
		);
		const cls = worst('cls', (a, b) => b - a);
		add(
			'Lighthouse mobile CLS 0',
			cls.value === 0,
			`${num(cls.value, 3)} (${cls.page})${lhFloorNote('cls', 3)}`
		);
		// Relative to the same page's floor where measured, else to the front page's.
		const floorOf = (key) =>
			results.lighthouse.floorMedians[key] ?? results.lighthouse.floorMedians['/ mobile'];
		for (const [key, m] of lh) {
			const f = floorOf(key);
			const base = results.lighthouse.baseFloorMedians[key];
			const page = key.replace(' mobile', '');
			if (!f) continue;
			// The higher score and the shorter blocking time of the two floors: the stricter.
			const perf = Math.max(f.performance, base?.performance ?? -Infinity);
			const tbt = Math.min(f.tbtMs, base?.tbtMs ?? Infinity);
			const baseNote = (v, unit = '') => (base ? `, base floor ${num(v)}${unit}` : '');
			add(
				`Lighthouse mobile performance ${page} ≥ floor − 1`,
				m.performance >= perf - 1,
				`story ${num(m.performance)}, floor ${num(f.performance)}${baseNote(base?.performance)}`
			);
			add(
				`Lighthouse mobile TBT ${page} ≤ floor + 50 ms`,
				m.tbtMs <= tbt + 50,
				`story ${num(m.tbtMs)} ms, floor ${num(f.tbtMs)} ms${baseNote(base?.tbtMs, ' ms')},` +
					` ratio ×${num(m.tbtMs / Math.max(1, tbt), 1)}`
			);
		}
	}
	// Timing budgets are relative to the floor (the same page with its scripts blocked, measured in
	// the same run): story, floor, their ratio, and the limit each line is held to.
	// With a base commit's floor too, the budget is held to the lower of the two.
	const relative = (name, story, floorNow, limit, baseFloor) => {
		if (story === null || story === undefined) return;
		if (floorNow === null || floorNow === undefined) {
			add(`${name} (no floor measured)`, false, `story ${num(story)}`);
			return;
		}
		const floor = baseFloor === undefined ? floorNow : Math.min(floorNow, baseFloor);
		const ratio = floor > 0 ? `×${num(story / floor, 1)}` : story > 0 ? '×∞' : '×1';
		const max = limit(floor);
		add(
			`${name} ≤ ${limit.text}`,
			story <= max,
			`story ${num(story)}, floor ${num(floorNow)}` +
				(baseFloor === undefined ? '' : `, base floor ${num(baseFloor)}`) +
				`, ratio ${ratio}, limit ${num(max, 1)}`
		);
	};
	const plus = (n) => Object.assign((f) => f + n, { text: `floor + ${n}` });
	const times = (k) => Object.assign((f) => f * k, { text: `${k} × floor` });
	for (const [profile, m] of Object.entries(results.smoothness.medians)) {
		const f = results.smoothness.floorMedians[profile] ?? {};
		const b = results.smoothness.baseFloorMedians[profile] ?? {};
		for (const [what, key, limit] of [
			['long tasks while loading', 'loadLongTasks', plus(1)],
			['long tasks while scrolling', 'scrollLongTasks', plus(1)],
			['frames > 50 ms while scrolling', 'framesOver50', plus(2)],
			['frames > 33 ms while scrolling', 'framesOver33', times(1.5)]
		])
			relative(`CPU 4× ${profile}: ${what}`, m[key], f[key], limit, b[key]);
		add(
			`CPU 4× ${profile}: step latency ≤ ${BUDGET.stepFrames} frame`,
			m.stepMaxMsInFrames !== null && m.stepMaxMsInFrames <= BUDGET.stepFrames,
			`max ${num(m.stepMaxMs, 1)} ms = ${num(m.stepMaxMsInFrames, 1)} frames of ${num(m.frameP50Ms, 1)} ms` +
				` (graphic updated in frame +${num(m.stepMaxFrames)} after the crossing; the rest is that frame's work)`
		);
	}
	for (const [profile, m] of Object.entries(results.reading.medians)) {
		add(
			`CPU 4× ${profile}, reading pace: no long task > ${BUDGET.longTaskMs} ms at a step change`,
			m.withLongTask === 0,
			`${num(m.withLongTask)} of ${num(m.changes)} changes` +
				(m.longestTaskMs ? ` (longest ${num(m.longestTaskMs)} ms)` : '')
		);
		add(
			`CPU 4× ${profile}, reading pace: step latency ≤ ${BUDGET.stepFrames} frame`,
			m.latencyMaxMs !== null && m.latencyMaxMs <= (1000 / 60) * BUDGET.stepFrames,
			`p50 ${num(m.latencyP50Ms)} ms, max ${num(m.latencyMaxMs)} ms, from the jump to the end of the frame that shows it`
		);
	}
	return list;
}

function report() {
	const out = [];
	const c = results.chromium;
	out.push(
		'',
		`Chromium: ${c?.path ?? '?'} — ${c?.version ?? '?'} (browser.version() ${c?.browserVersion ?? '?'})`
	);
	out.push(`Node ${results.node}; ${RUNS} run(s) per measurement, medians shown.`);

	const b = results.bytes;
	if (b) {
		out.push('', 'Bytes (gzip, KB; node:zlib default level)');
		out.push(
			table([
				['', 'JS', 'CSS', 'JS+CSS', 'files'],
				[
					'first load of /',
					kb(b.firstLoad.jsGzip),
					kb(b.firstLoad.cssGzip),
					kb(b.firstLoad.totalGzip),
					`${b.firstLoad.jsFiles} js, ${b.firstLoad.cssFiles} css`
				],
				[
					'whole story + presentation + QR',
					kb(b.wholeStory.jsGzip),
					kb(b.wholeStory.cssGzip),
					kb(b.wholeStory.totalGzip),
					`${b.wholeStory.jsFiles} js, ${b.wholeStory.cssFiles} css`
				]
			])
		);
		out.push(
			`HTML of /: ${kb(b.firstLoad.htmlGzip)} KB gzip (${kb(b.firstLoad.htmlRaw)} KB raw). Inside it, not counted above:\n` +
				`  ${b.firstLoad.inlineScripts} inline <script>(s) (page data): ${kb(b.firstLoad.inlineScriptGzip)} KB gzip (${kb(b.firstLoad.inlineScriptRaw)} KB raw)\n` +
				`  ${b.firstLoad.inlineStyles} inline <style>(s): ${kb(b.firstLoad.inlineStyleGzip)} KB gzip (${kb(b.firstLoad.inlineStyleRaw)} KB raw)`
		);
		const later = b.files.filter(
			(f) => f.phase !== 'first' && (f.kind === 'js' || f.kind === 'css')
		);
		if (later.length) {
			out.push(
				`Loaded after first load: ${later.map((f) => `${f.path.split('/').pop()} ${kb(f.gzip)} (${f.phase})`).join(', ')}`
			);
		}
	}

	const lh = results.lighthouse.medians;
	if (Object.keys(lh).length) {
		out.push('', `Lighthouse ${results.lighthouse.runs[0]?.lighthouseVersion ?? ''} (medians)`);
		const rows = [
			[
				'page',
				'preset',
				'runs',
				'perf',
				'a11y',
				'b-p',
				'seo',
				'LCP ms',
				'FCP ms',
				'CLS',
				'TBT ms',
				'SI ms',
				'CPU idx'
			]
		];
		const floorRows = Object.entries(results.lighthouse.floorMedians).map(([key, m]) => [
			key.replace(' ', ' (floor) '),
			m
		]);
		for (const [key, m] of [...Object.entries(lh), ...floorRows]) {
			const [path, ...preset] = key.split(' ');
			rows.push([
				path,
				preset.join(' '),
				m.runs,
				num(m.performance),
				num(m.accessibility),
				num(m.bestPractices),
				num(m.seo),
				num(m.lcpMs),
				num(m.fcpMs),
				num(m.cls, 3),
				num(m.tbtMs),
				num(m.siMs),
				num(m.benchmarkIndex)
			]);
		}
		out.push(table(rows));
	}

	const sm = {
		...results.smoothness.medians,
		...Object.fromEntries(
			Object.entries(results.smoothness.floorMedians).map(([p, m]) => [`${p} floor`, m])
		),
		...Object.fromEntries(
			Object.entries(results.smoothness.baseFloorMedians).map(([p, m]) => [`${p} base floor`, m])
		)
	};
	if (Object.keys(sm).length) {
		const cols = Object.keys(sm);
		const label = (p) =>
			(p.startsWith('desktop') ? 'desktop 1440×900' : 'phone 390×844') +
			(p.endsWith(' base floor') ? ' base floor' : p.endsWith(' floor') ? ' floor' : '');
		out.push('', 'CPU 4× (medians of runs; ×floor: the story over its floor)');
		// The story over its floor, for each profile measured with one.
		const ratios = profiles.filter((p) => sm[p] && sm[`${p} floor`]);
		const ratioOf = (story, floor) =>
			typeof story !== 'number' || typeof floor !== 'number'
				? '–'
				: floor > 0
					? `×${num(story / floor, 1)}`
					: story > 0
						? '×∞'
						: '×1';
		/** A row: each column through `f`; with `get`, each profile's story over its floor too. */
		const row = (name, f, get) => [
			name,
			...cols.map((p) => f(sm[p])),
			...ratios.map((p) => (get ? ratioOf(get(sm[p]), get(sm[`${p} floor`])) : ''))
		];
		const count = (name, key, digits = 0) =>
			row(
				name,
				(m) => num(m[key], digits),
				(m) => m[key]
			);
		out.push(
			table([
				['', ...cols.map(label), ...ratios.map((p) => `${p} ×floor`)],
				row('load: ready after (ms from navigation; floor: loaded)', (m) => num(m.readyMs)),
				count('load: long tasks (count)', 'loadLongTasks'),
				count('load: long tasks total ms', 'loadLongTasksTotalMs'),
				count('load: longest task ms', 'loadLongTaskMaxMs'),
				row(
					'scroll: distance px / gesture s',
					(m) => `${num(m.scrollDistancePx)} / ${num(m.scrollGestureMs / 1000, 1)}`
				),
				row('scroll: frames', (m) => num(m.scrollFrames)),
				count('scroll: frame interval p50 ms', 'frameP50Ms', 1),
				count('scroll: frame interval p95 ms', 'frameP95Ms', 1),
				count('scroll: frame interval max ms', 'frameMaxMs', 1),
				count('scroll: frames > 33 ms', 'framesOver33'),
				count('scroll: frames > 50 ms', 'framesOver50'),
				count('scroll: long tasks (count)', 'scrollLongTasks'),
				count('scroll: long tasks total ms', 'scrollLongTasksTotalMs'),
				count('scroll: longest task ms', 'scrollLongTaskMaxMs'),
				row(
					'steps: measured / skipped / never shown',
					(m) => `${num(m.stepsMeasured)} / ${num(m.stepsSkipped)} / ${num(m.stepsNeverShown)}`
				),
				row(
					'step latency p50 / p95 / max ms',
					(m) => `${num(m.stepP50Ms, 1)} / ${num(m.stepP95Ms, 1)} / ${num(m.stepMaxMs, 1)}`
				),
				row(
					'  same, in frames (ms ÷ median frame)',
					(m) =>
						`${num(m.stepP50MsInFrames, 1)} / ${num(m.stepP95MsInFrames, 1)} / ${num(m.stepMaxMsInFrames, 1)}`
				),
				row('  frame that paints it, counted: p50 / max', (m) =>
					m.stepsMeasured ? `+${num(m.stepP50Frames)} / +${num(m.stepMaxFrames)}` : '–'
				),
				row('  naive (next rAF after change) p50 ms', (m) => num(m.stepP50NaiveMs, 1))
			])
		);
		if (cols.some((p) => !sm[p].reachedBottom))
			out.push('Note: a scroll run stopped short of the bottom (see results.json).');
		if (cols.some((p) => sm[p].stepsUnprompted))
			out.push(
				'Note: the graphic changed without a step crossing the line (see unprompted in results.json).'
			);
	}

	const rd = results.reading.medians;
	if (Object.keys(rd).length) {
		const cols = Object.keys(rd);
		out.push(
			'',
			'Reading pace, CPU 4× (a pause at each step, then a jump to the next; medians of runs)'
		);
		const row = (name, f) => [name, ...cols.map((p) => f(rd[p]))];
		out.push(
			table([
				['', ...cols.map((p) => (p === 'desktop' ? 'desktop 1440×900' : 'phone 390×844'))],
				row('step changes / to a new scene / drawn ahead', (m) =>
					[m.changes, m.newScenes, m.drawnAhead].map((x) => num(x)).join(' / ')
				),
				row(
					'latency p50 / p95 / max ms',
					(m) => `${num(m.latencyP50Ms)} / ${num(m.latencyP95Ms)} / ${num(m.latencyMaxMs)}`
				),
				row('  to a new scene, p50 ms', (m) => num(m.newSceneLatencyP50Ms)),
				row(
					'changes with a long task / longest ms',
					(m) => `${num(m.withLongTask)} / ${num(m.longestTaskMs)}`
				),
				row(
					'long tasks while reading / longest ms',
					(m) => `${num(m.readingLongTasks)} / ${num(m.readingLongestTaskMs)}`
				)
			])
		);
	}

	const ch = results.chapters.medians;
	if (Object.keys(ch).length) {
		out.push('', 'Opening a chapter link: phone 390×844, CPU 4×, slow 4G (medians of runs)');
		out.push(
			table([
				['page', 'runs', 'first paint ms', 'chapter on screen ms', 'runs painting elsewhere first'],
				...Object.entries(ch).map(([chapter, m]) => [
					`/${chapter}`,
					num(m.runs),
					num(m.firstPaintMs),
					num(m.chapterShownMs),
					num(m.paintedElsewhereRuns)
				])
			])
		);
	}

	// What cost Lighthouse points, for any page × preset below 100 in a category.
	const costly = Object.entries(lh).filter(([, m]) =>
		['performance', 'accessibility', 'bestPractices', 'seo'].some(
			(k) => m[k] !== null && m[k] < 100
		)
	);
	if (costly.length) {
		out.push(
			'',
			'Lighthouse audits below 1 where a category is under 100 (audit: median score, runs failing/runs):'
		);
		for (const [key, m] of costly) {
			out.push(
				`  ${key}: perf ${m.performance}, a11y ${m.accessibility}, b-p ${m.bestPractices}, seo ${m.seo}`
			);
			const weighted = m.failingAudits.filter((a) => a.categories.some((c) => c.weight > 0));
			for (const a of weighted.sort((x, y) => x.score - y.score)) {
				const cats = a.categories
					.map((c) => `${c.category}${c.weight ? `×${c.weight}` : ''}`)
					.join(', ');
				out.push(
					`    - ${a.id} "${a.title}": ${num(a.score, 2)} (${a.runs}/${m.runs}) [${cats}]${a.displayValues.length ? ` ${a.displayValues.join(' | ')}` : ''}${a.explanation ? ` — ${a.explanation}` : ''}`
				);
				for (const item of [...new Set(a.items ?? [])].slice(0, 3)) out.push(`        · ${item}`);
			}
		}
	}

	const errored = [...new Set(Object.values(lh).flatMap((m) => m.erroredAudits ?? []))];
	if (errored.length) {
		const all = results.lighthouse.runs.flatMap((r) => r.erroredAudits);
		const weighted = all.some((a) => a.weight > 0);
		out.push(
			'',
			`Lighthouse could not compute ${errored.join(', ')}` +
				` (${all[0].error}); ${weighted ? 'some carry weight in a score' : 'none carries weight in a score, only their diagnostics are missing'}.`
		);
	}

	if (Object.keys(results.smoothness.floorMedians).length) {
		out.push(
			'',
			'Floor: the same pages with every script blocked (the built HTML and style alone, as a reader' +
				' sees them before any script runs). What the floor misses, no change to the story’s' +
				' scripts can meet; the gap between the story and its floor is the scripts’ own cost.'
		);
	}
	out.push('', 'Budgets');
	for (const b of results.budgets) out.push(`${b.ok ? '✔' : '✘'} ${b.name}: ${b.value}`);
	if (results.warnings.length) {
		out.push('', 'Warnings:');
		for (const w of results.warnings) out.push(`  ${w}`);
	}
	if (results.errors.length) {
		out.push('', 'Could not measure:');
		for (const e of results.errors) out.push(`  ${e}`);
	}
	out.push('', `Total ${seconds(startedAt)} s. Every run: bench/results.json`);
	return out.join('\n');
}

let exitCode = 0;
try {
	await main();
} catch (e) {
	results.errors.push(e.message);
	log(`\n${e.stack ?? e.message}`);
	exitCode = 1;
} finally {
	await cleanup();
}
results.lighthouse.medians = lighthouseMedians();
results.smoothness.medians = smoothMedians();
results.lighthouse.floorMedians = lighthouseMedians({ floor: true });
results.smoothness.floorMedians = smoothMedians({ floor: true });
results.lighthouse.baseFloorMedians = lighthouseMedians({ floor: true, base: true });
results.smoothness.baseFloorMedians = smoothMedians({ floor: true, base: true });
results.reading.medians = readingMedians();
results.chapters.medians = chapterMedians();
results.budgets = budgets();
results.timings.totalSeconds = seconds(startedAt);
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, '\t')}\n`);
console.log(report());
if (results.errors.length) exitCode = 1;
// Missing values count as not measured too (e.g. a Lighthouse metric that came back empty).
const lhMissing = results.lighthouse.runs.some((r) => r.performance === null || r.lcpMs === null);
if (lhMissing) {
	console.log('Some Lighthouse values came back empty.');
	exitCode = 1;
}
process.exit(exitCode);
