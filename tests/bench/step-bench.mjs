#!/usr/bin/env node
// `npm run bench`: the step-change budgets issue 28 set, each against the floor measured in the
// same run (the same page with its scripts blocked). Builds (with SITE_URL set to the preview's
// address, as a deployed site), serves build/ with `vite preview`, and measures with the CPU slowed
// 4×, on a laptop (1280×800) and a phone (390×844, touch, DPR 2), in both editions, three runs of
// each (story and floor interleaved), printing medians as story, floor, limit, ✔/✘ and writing every
// run to bench/steps.json. Exits 1 when something could not be measured; a missed budget is
// reported, not failed. The older, wider bench (bytes, Lighthouse on every page, chapter links) is
// `npm run bench:all`.
//
//   node tests/bench/step-bench.mjs [--runs N] [--no-build] [--only pace,fling,lighthouse]
//                                   [--editions zh,en] [--profiles desktop,phone] [--port N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromiumInfo, launch } from './browser.mjs';
import { killAllChromes, lighthouseRun } from './lighthouse.mjs';
import { build, freePort, startPreview } from './server.mjs';
import { flingRun, paceRun } from './steps.mjs';
import { median, num, table } from './stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Each edition's front page, a chapter's page and a step's page. */
const EDITIONS = {
	zh: { front: '/', pages: ['/', '/financing', '/financing/credit-loans'] },
	en: { front: '/en', pages: ['/en', '/en/financing', '/en/financing/credit-loans'] }
};

const { values: args } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		'no-build': { type: 'boolean', default: false },
		only: { type: 'string', default: 'pace,fling,lighthouse' },
		editions: { type: 'string', default: 'zh,en' },
		profiles: { type: 'string', default: 'desktop,phone' },
		port: { type: 'string', default: '4320' }
	}
});
const RUNS = Math.max(1, Number.parseInt(args.runs, 10) || 3);
const only = new Set(args.only.split(','));
const editions = args.editions.split(',');
const profiles = args.profiles.split(',');
const log = (...m) => console.error(...m);

const results = { date: new Date().toISOString(), runs: RUNS, pace: [], fling: [], lighthouse: [] };
const errors = [];

/** Runs `measure` for the story and its floor, `RUNS` times, interleaved; keeps what it returns. */
async function storyAndFloor(list, label, measure) {
	for (let run = 1; run <= RUNS; run++)
		for (const scripts of [true, false]) {
			const what = `${label}${scripts ? '' : ', floor'} run ${run}/${RUNS}`;
			try {
				const r = await measure(scripts);
				list.push({ run, ...r, scripts });
				log(`  ${what}: ${JSON.stringify(brief(r))}`);
			} catch (e) {
				errors.push(`${what}: ${e.message}`);
				log(`  ${what} failed: ${e.message}`);
			}
		}
}
const brief = (r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'each'));

async function main() {
	const port = await freePort(Number(args.port));
	const url = `http://127.0.0.1:${port}`;
	if (!args['no-build']) {
		log(`Building with SITE_URL=${url}…`);
		build(ROOT, url);
	}
	const server = await startPreview(ROOT, port);
	const chrome = chromiumInfo();
	results.chromium = chrome.version;
	const browser = await launch(chrome);
	try {
		for (const edition of editions) {
			const path = EDITIONS[edition].front;
			for (const profile of profiles) {
				if (only.has('pace'))
					await storyAndFloor(results.pace, `pace ${edition} ${profile}`, (scripts) =>
						paceRun(browser, url, profile, { path, scripts })
					);
				if (only.has('fling'))
					await storyAndFloor(results.fling, `fling ${edition} ${profile}`, (scripts) =>
						flingRun(browser, url, profile, { path, scripts })
					);
			}
		}
		await browser.close();
		if (only.has('lighthouse')) {
			for (const edition of editions)
				for (const page of EDITIONS[edition].pages)
					await storyAndFloor(results.lighthouse, `lighthouse mobile ${page}`, (scripts) =>
						lighthouseRun(`${url}${page}`, 'mobile', chrome.executablePath, { scripts }).then(
							(r) => ({ page, performance: r.performance, tbtMs: r.tbtMs })
						)
					);
			await killAllChromes();
		}
	} finally {
		await server.stop();
	}
}

/** Median of `key` over the runs of one kind that match `where`. */
function med(list, where, key, scripts) {
	return median(
		list
			.filter((r) => r.scripts === scripts && Object.entries(where).every(([k, v]) => r[k] === v))
			.map((r) => r[key])
	);
}

/** Budget lines: [what, story, floor, limit, met]. */
function budgets() {
	const lines = [];
	const line = (what, story, floor, limit, atMost = true) =>
		lines.push([
			what,
			num(story),
			num(floor),
			`${atMost ? '≤' : '≥'} ${num(limit)}`,
			story === null || limit === null
				? '?'
				: (atMost ? story <= limit : story >= limit)
					? '✔'
					: '✘'
		]);
	for (const edition of editions) {
		const path = EDITIONS[edition].front;
		for (const profile of profiles) {
			const at = { path, profile };
			const tag = `${edition} ${profile}`;
			if (only.has('pace')) {
				const m = (key, scripts = true) => med(results.pace, at, key, scripts);
				const p95 = m('longestFrameP95Ms', false);
				const worst = m('longestFrameMaxMs', false);
				line(
					`${tag} pace: longest frame at a change, p95 (ms)`,
					m('longestFrameP95Ms'),
					p95,
					Math.max(33, p95 + 8)
				);
				line(
					`${tag} pace: longest frame at a change, worst (ms)`,
					m('longestFrameMaxMs'),
					worst,
					Math.max(50, worst + 8)
				);
				const busy50 = m('busyP50Ms', false);
				const busy95 = m('busyP95Ms', false);
				line(
					`${tag} pace: main thread in the second after, p50 (ms)`,
					m('busyP50Ms'),
					busy50,
					busy50 + 40
				);
				line(
					`${tag} pace: main thread in the second after, p95 (ms)`,
					m('busyP95Ms'),
					busy95,
					busy95 + 120
				);
				line(`${tag} pace: new scene fully on screen, p95 (ms)`, m('shownP95Ms'), null, 100);
				line(
					`${tag} pace: changes followed (of those crossed)`,
					m('followed'),
					null,
					m('crossed'),
					false
				);
			}
			if (only.has('fling')) {
				const m = (key, scripts = true) => med(results.fling, at, key, scripts);
				const f50 = m('framesOver50', false);
				const f33 = m('framesOver33', false);
				const tasks = m('longTasks', false);
				line(`${tag} fling: frames over 50 ms`, m('framesOver50'), f50, f50 + 3);
				line(`${tag} fling: frames over 33 ms`, m('framesOver33'), f33, 2 * f33 + 10);
				line(`${tag} fling: long tasks`, m('longTasks'), tasks, tasks + 2);
				line(`${tag} fling: scene on screen after the scroll stops (ms)`, m('settleMs'), null, 150);
			}
		}
		if (only.has('lighthouse'))
			for (const page of EDITIONS[edition].pages) {
				const m = (key, scripts = true) => med(results.lighthouse, { page }, key, scripts);
				const perf = m('performance', false);
				const tbt = m('tbtMs', false);
				line(`Lighthouse mobile ${page}: performance`, m('performance'), perf, perf - 2, false);
				line(`Lighthouse mobile ${page}: TBT (ms)`, m('tbtMs'), tbt, tbt + 50);
			}
	}
	return lines;
}

const started = Date.now();
main()
	.catch((e) => errors.push(e.stack ?? e.message))
	.finally(() => {
		results.budgets = budgets();
		results.errors = errors;
		results.seconds = Math.round((Date.now() - started) / 1000);
		mkdirSync(join(ROOT, 'bench'), { recursive: true });
		writeFileSync(join(ROOT, 'bench/steps.json'), JSON.stringify(results, null, 1));
		console.log(
			`\nStep changes, CPU 4×, medians of ${RUNS} runs, story beside its floor (Chromium ${results.chromium}):\n`
		);
		console.log(table([['', 'story', 'floor', 'limit', ''], ...results.budgets]));
		const missed = results.budgets.filter((b) => b[4] !== '✔').length;
		console.log(`\n${results.budgets.length - missed} of ${results.budgets.length} met.`);
		if (errors.length) console.log(`\nNot measured:\n${errors.join('\n')}`);
		console.log(`(${results.seconds} s; every run in bench/steps.json)`);
		process.exit(errors.length ? 1 : 0);
	});
