/**
 * A static host in a few lines, as tests need one: it serves `build/` the way the README tells
 * hosts to (nginx's `try_files $uri $uri.html $uri/index.html`), and `404.html`, with status 404,
 * for any address it does not have. `vite preview` renders an unknown address on request instead,
 * so the built 404 page is only ever seen, as hosts serve it, here.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.woff2': 'font/woff2'
};

const isFile = (path: string) =>
	stat(path).then(
		(s) => s.isFile(),
		() => false
	);

/** Starts the host on a free port of 127.0.0.1; `close` stops it. */
export async function staticHost(folder = 'build'): Promise<{ origin: string; close: () => void }> {
	const root = resolve(folder);
	const server: Server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
		const file = normalize(join(root, path));
		const candidates = file.startsWith(root)
			? path.endsWith('/')
				? [join(file, 'index.html')]
				: [file, `${file}.html`, join(file, 'index.html')]
			: [];
		let found: string | undefined;
		for (const candidate of candidates) {
			if (await isFile(candidate)) {
				found = candidate;
				break;
			}
		}
		const served = found ?? join(root, '404.html');
		res.writeHead(found ? 200 : 404, {
			'content-type': TYPES[extname(served)] ?? 'application/octet-stream'
		});
		res.end(await readFile(served));
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
