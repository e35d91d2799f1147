// Builds the site and serves build/ with `vite preview` on 127.0.0.1, as a static host would.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** Runs `npm run build` (with SITE_URL when given), its output to stderr; throws if it fails. */
export function build(root, siteUrl) {
	const started = Date.now();
	const result = spawnSync('npm', ['run', 'build'], {
		cwd: root,
		// The build's chatter goes to stderr, so stdout carries only the report.
		stdio: ['ignore', process.stderr, 'inherit'],
		env: siteUrl ? { ...process.env, SITE_URL: siteUrl } : process.env
	});
	if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
	return Date.now() - started;
}

/**
 * What build/ holds now: its front page and the names of its hashed files. vite preview lists the
 * files once at start, so when another build replaces them it answers 404 for the new ones.
 */
export function buildFingerprint(root) {
	const hash = createHash('sha1');
	try {
		hash.update(readFileSync(join(root, 'build/index.html')));
		hash.update(
			readdirSync(join(root, 'build/_app/immutable'), { recursive: true }).sort().join('\n')
		);
	} catch {
		hash.update('missing');
	}
	return hash.digest('hex');
}

/** Resolves whether `port` can be bound on 127.0.0.1 now. */
function portIsFree(port) {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** `preferred` if free, else the next free one above it (never 4173, the tests' port). */
export async function freePort(preferred = 4310) {
	for (let port = preferred; port < preferred + 100; port++) {
		if (port === 4173) continue;
		if (await portIsFree(port)) return port;
	}
	throw new Error(`no free port in ${preferred}–${preferred + 99}`);
}

/**
 * Starts `vite preview --strictPort` on 127.0.0.1:`port` in its own process group and waits until
 * it answers. Returns { url, stop }; stop() kills the whole group (npm, sh, node).
 */
export async function startPreview(root, port, timeoutMs = 60_000) {
	const fingerprint = buildFingerprint(root);
	const child = spawn(
		process.execPath,
		[
			'node_modules/vite/bin/vite.js',
			'preview',
			'--port',
			String(port),
			'--strictPort',
			'--host',
			'127.0.0.1'
		],
		{ cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: process.env }
	);
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	let exited = null;
	child.on('exit', (code, signal) => (exited = { code, signal }));

	let stopped = false;
	const stop = async () => {
		if (stopped) return;
		stopped = true;
		if (exited) return;
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			/* already gone */
		}
		for (let i = 0; i < 20 && !exited; i++) await sleep(100);
		if (!exited) {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				/* already gone */
			}
		}
	};

	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (exited) {
			throw new Error(
				`vite preview exited (${JSON.stringify(exited)}) before answering:\n${output}`
			);
		}
		try {
			const res = await fetch(`${url}/`);
			if (res.ok) {
				return {
					url,
					stop,
					pid: child.pid,
					alive: () => !exited && !stopped,
					/** Whether build/ still holds what the server listed when it started. */
					current: () => buildFingerprint(root) === fingerprint,
					/** Why it ended, with the end of its output. */
					exitInfo: () =>
						`${JSON.stringify(exited)}; ${output.trim().split('\n').slice(-3).join(' / ')}`
				};
			}
		} catch {
			/* not up yet */
		}
		await sleep(200);
	}
	await stop();
	throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}
