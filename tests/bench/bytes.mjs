// Bytes: gzip size of the JS and CSS a reader downloads, on first load of `/` and by the end of the
// whole story (scrolled to the bottom, presentation mode, QR code). Deterministic: measured once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import { sum } from './stats.mjs';

const gz = (buf) => gzipSync(buf).length;

function kindOf(url, contentType = '') {
	const path = new URL(url).pathname;
	if (/\.m?js$/.test(path) || /javascript/.test(contentType)) return 'js';
	if (/\.css$/.test(path) || /text\/css/.test(contentType)) return 'css';
	if (/\.html?$/.test(path) || /text\/html/.test(contentType)) return 'html';
	return 'other';
}

/** Follows every request of a page: what is in flight, and every response body, gzipped. */
function track(page, buildDir, origin) {
	const files = new Map();
	let inFlight = 0;
	let lastChange = Date.now();
	const pending = [];
	let phase = 'first';
	page.on('request', () => {
		inFlight++;
		lastChange = Date.now();
	});
	const done = () => {
		inFlight = Math.max(0, inFlight - 1);
		lastChange = Date.now();
	};
	page.on('requestfailed', done);
	page.on('requestfinished', done);
	page.on('response', (response) => {
		const url = response.url();
		if (!url.startsWith('http')) return;
		const at = phase;
		pending.push(
			(async () => {
				let body;
				try {
					body = await response.body();
				} catch {
					// A body Chromium did not keep: read the same file from build/.
					const path = decodeURIComponent(new URL(url).pathname);
					if (new URL(url).origin === origin) {
						try {
							body = readFileSync(join(buildDir, path));
						} catch {
							body = undefined;
						}
					}
				}
				const headers = await response.allHeaders().catch(() => ({}));
				if (files.has(url)) return;
				files.set(url, {
					path: new URL(url).pathname,
					kind: kindOf(url, headers['content-type']),
					status: response.status(),
					phase: at,
					raw: body ? body.length : null,
					gzip: body ? gz(body) : null,
					body
				});
			})()
		);
	});
	return {
		files,
		setPhase: (p) => (phase = p),
		settle: () => Promise.all(pending),
		/** Waits until no request has been in flight for `quietMs`. */
		async quiet(quietMs = 500, timeoutMs = 30_000) {
			const deadline = Date.now() + timeoutMs;
			while (Date.now() < deadline) {
				if (inFlight === 0 && Date.now() - lastChange >= quietMs) return;
				await sleep(50);
			}
			throw new Error(`network did not go quiet within ${timeoutMs} ms (${inFlight} in flight)`);
		}
	};
}

function totals(list) {
	const js = list.filter((f) => f.kind === 'js');
	const css = list.filter((f) => f.kind === 'css');
	const missing = [...js, ...css].filter((f) => f.gzip === null).map((f) => f.path);
	if (missing.length) throw new Error(`could not read the body of ${missing.join(', ')}`);
	return {
		jsGzip: sum(js.map((f) => f.gzip)),
		cssGzip: sum(css.map((f) => f.gzip)),
		totalGzip: sum([...js, ...css].map((f) => f.gzip)),
		jsRaw: sum(js.map((f) => f.raw)),
		cssRaw: sum(css.map((f) => f.raw)),
		jsFiles: js.length,
		cssFiles: css.length
	};
}

/** Inline <script> elements of an HTML document (no src): their content. */
function inlineScripts(html) {
	const parts = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		if (/\bsrc\s*=/.test(m[1])) continue;
		parts.push(m[2]);
	}
	return parts;
}

/** Inline <style> elements of an HTML document (outside <noscript>): their content. */
function inlineStyles(html) {
	const withoutNoscript = html.replace(/<noscript\b[\s\S]*?<\/noscript>/gi, '');
	return [...withoutNoscript.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
}

export async function measureBytes(browser, baseUrl, buildDir, log) {
	const context = await browser.newContext({
		viewport: { width: 1440, height: 900 },
		locale: 'zh-CN'
	});
	const page = await context.newPage();
	const origin = new URL(baseUrl).origin;
	const t = track(page, buildDir, origin);
	try {
		const nav = await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
		if (!nav?.ok()) throw new Error(`GET / answered ${nav?.status()}`);
		await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
			timeout: 30_000
		});
		await t.quiet();
		await t.settle();
		const html = (await nav.body()).toString('utf8');
		const scripts = inlineScripts(html);
		const styles = inlineStyles(html);
		const first = [...t.files.values()];
		log(`  bytes: first load, ${first.length} responses`);

		// The whole story: scroll to the bottom in steps, letting each step's scene load and draw.
		t.setPhase('story');
		for (let guard = 0; guard < 400; guard++) {
			const atBottom = await page.evaluate(() => {
				window.scrollBy({ top: Math.round(innerHeight * 0.5), behavior: 'instant' });
				return innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
			});
			await sleep(60);
			if (atBottom) break;
		}
		await t.quiet();
		// Presentation mode loads its chunk (and styles); q loads the QR code encoder.
		t.setPhase('present');
		await page.keyboard.press('p');
		await page.locator('[data-present-step]').first().waitFor({ timeout: 15_000 });
		await t.quiet();
		t.setPhase('qr');
		await page.keyboard.press('q');
		await page.locator('[data-qr]').first().waitFor({ timeout: 15_000 });
		await t.quiet();
		// Esc closes the QR code, a second Esc leaves the presentation.
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await page
			.locator('[data-present-step]')
			.waitFor({ state: 'detached', timeout: 10_000 })
			.catch(() => {});
		await t.quiet();
		await t.settle();
		const all = [...t.files.values()];
		const failed = all.filter((f) => f.status >= 400);
		if (failed.length) {
			throw new Error(
				`HTTP errors (did build/ change under the server?): ${failed.map((f) => `${f.status} ${f.path}`).join(', ')}`
			);
		}

		const describe = (f) => ({
			path: f.path,
			kind: f.kind,
			phase: f.phase,
			status: f.status,
			raw: f.raw,
			gzip: f.gzip
		});
		return {
			firstLoad: {
				...totals(first),
				htmlRaw: Buffer.byteLength(html),
				htmlGzip: gz(Buffer.from(html)),
				inlineScripts: scripts.length,
				inlineScriptRaw: Buffer.byteLength(scripts.join('')),
				inlineScriptGzip: gz(Buffer.from(scripts.join(''))),
				inlineStyles: styles.length,
				inlineStyleRaw: Buffer.byteLength(styles.join('')),
				inlineStyleGzip: gz(Buffer.from(styles.join('')))
			},
			wholeStory: totals(all),
			files: all.map(describe)
		};
	} finally {
		await context.close();
	}
}
