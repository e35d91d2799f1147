// Lighthouse 12 (Node API) on each page with the mobile (default) and desktop presets, a fresh
// Chrome per run (chrome-launcher), sequentially.
import { CHROMIUM_ARGS } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

let modules;
async function load() {
	modules ??= await Promise.all([
		import('lighthouse'),
		import('chrome-launcher'),
		import('lighthouse/core/config/desktop-config.js')
	]).then(([lh, launcher, desktop]) => ({
		lighthouse: lh.default,
		launch: launcher.launch,
		killAll: launcher.killAll,
		desktopConfig: desktop.default
	}));
	return modules;
}

/** Audit id → the categories that list it, with its weight there. */
function categoriesOf(lhr) {
	const map = new Map();
	for (const [id, category] of Object.entries(lhr.categories)) {
		for (const ref of category.auditRefs) {
			const list = map.get(ref.id) ?? [];
			list.push({ category: id, weight: ref.weight });
			map.set(ref.id, list);
		}
	}
	return map;
}

/** What cost points: every audit with a score below 1, with the categories that count it. */
function failingAudits(lhr) {
	const categories = categoriesOf(lhr);
	return Object.values(lhr.audits)
		.filter((a) => typeof a.score === 'number' && a.score < 1)
		.map((a) => ({
			id: a.id,
			title: a.title,
			score: a.score,
			displayValue: a.displayValue ?? null,
			explanation: a.explanation ?? a.errorMessage ?? null,
			categories: categories.get(a.id) ?? [],
			...(a.details?.items?.length && {
				items: a.details.items
					.slice(0, 5)
					.map((item) => {
						const node = item.node ?? item.element;
						const where = item.sourceLocation?.url ?? item.source?.url ?? item.url;
						const text = node?.snippet ?? node?.selector ?? item.description;
						return [text, where].filter(Boolean).join(' ');
					})
					.filter(Boolean)
			})
		}));
}

/** Where the main thread's time went, the costliest scripts and the longest tasks. */
function diagnostics(lhr) {
	const items = (id) => lhr.audits[id]?.details?.items ?? [];
	const round = (x) => (typeof x === 'number' ? Math.round(x) : x);
	return {
		mainThread: Object.fromEntries(
			items('mainthread-work-breakdown').map((i) => [i.group, round(i.duration)])
		),
		scripts: items('bootup-time')
			.slice(0, 5)
			.map((i) => ({ url: i.url, totalMs: round(i.total), scriptingMs: round(i.scripting) })),
		longTasks: items('long-tasks')
			.slice(0, 5)
			.map((i) => ({ url: i.url, startMs: round(i.startTime), durationMs: round(i.duration) })),
		transferBytes: lhr.audits['total-byte-weight']?.numericValue ?? null
	};
}

/** Kills every Chrome that chrome-launcher started and has not killed yet. */
export async function killAllChromes() {
	if (modules) await modules.killAll();
}

/**
 * One Lighthouse run of `url` with `preset` ('mobile' | 'desktop') in a fresh Chrome.
 * `scripts: false` is the floor: every script file blocked, the performance category only.
 */
export async function lighthouseRun(url, preset, chromePath, { scripts = true } = {}) {
	const { lighthouse, launch, desktopConfig } = await load();
	const chrome = await launch({
		chromePath,
		chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS],
		logLevel: 'silent',
		// The bench stops its own browsers and server on Ctrl-C (killAllChromes).
		handleSIGINT: false
	});
	const started = Date.now();
	try {
		const result = await lighthouse(
			url,
			{
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: scripts ? CATEGORIES : ['performance'],
				...(!scripts && { blockedUrlPatterns: ['*.js'] })
			},
			preset === 'desktop' ? desktopConfig : undefined
		);
		const lhr = result?.lhr;
		if (!lhr) throw new Error('Lighthouse returned no result');
		if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
		const score = (id) =>
			typeof lhr.categories[id]?.score === 'number'
				? Math.round(lhr.categories[id].score * 100)
				: null;
		const metric = (id) => lhr.audits[id]?.numericValue ?? null;
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			lcpMs: metric('largest-contentful-paint'),
			fcpMs: metric('first-contentful-paint'),
			cls: metric('cumulative-layout-shift'),
			tbtMs: metric('total-blocking-time'),
			siMs: metric('speed-index'),
			seconds: (Date.now() - started) / 1000,
			// Lighthouse's CPU benchmark of this machine at the time (higher is faster); the mobile
			// preset's simulated 4× slowdown assumes a fast desktop (about 1000+).
			benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
			lighthouseVersion: lhr.lighthouseVersion,
			userAgent: lhr.environment?.hostUserAgent,
			warnings: lhr.runWarnings ?? [],
			failingAudits: failingAudits(lhr),
			erroredAudits: Object.values(lhr.audits)
				.filter((a) => a.scoreDisplayMode === 'error')
				.map((a) => ({
					id: a.id,
					title: a.title,
					error: a.errorMessage ?? null,
					weight: Math.max(0, ...(categoriesOf(lhr).get(a.id) ?? []).map((c) => c.weight))
				})),
			diagnostics: diagnostics(lhr)
		};
	} finally {
		await chrome.kill();
	}
}
