#!/usr/bin/env node
/**
 * Compares two builds of the site, file by file: `node tests/support/build-diff.mjs OLD NEW`.
 *
 * What a reader gets must not change when the code is reorganised. Every HTML, SVG, CSV, JSON,
 * XML and text file is compared as text, after hashed asset names (`chunks/Nav.C3x9a.js`), the
 * content hashes of the Content-Security-Policy and the contents of inline scripts (code, which
 * a refactor changes) are masked; images are compared byte for byte. Prints each file that is
 * missing, added or different (with its first differing line) and exits 1 if there is any.
 * `--scripts` also compares the inline scripts; `--no-styles` masks inline styles too (to show
 * that a change of style changed nothing else); `--quiet` prints only the summary.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [oldDir, newDir] = args.filter((a) => !a.startsWith('--'));
if (!oldDir || !newDir) {
	console.error(
		'usage: node tests/support/build-diff.mjs OLD_BUILD NEW_BUILD [--scripts] [--quiet]'
	);
	process.exit(2);
}

const TEXT = /\.(html|svg|csv|json|xml|txt|webmanifest)$|\/_headers$/;
const CODE = /\.(js|css|map)$/;

function walk(dir, root = dir, out = new Map()) {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) walk(path, root, out);
		else out.set(relative(root, path), path);
	}
	return out;
}

/** A file's name with its content hash masked: `chunks/Nav.C3x9a_b.js` → `chunks/Nav.#.js`. */
const unhash = (name) =>
	name
		.replace(/(_app\/immutable\/[\w/-]*?[\w-]+)\.[\w-]{8}(\.\w+)/g, '$1.#$2')
		.replace(/\b(live)\.[\w-]{6,}\.js/g, '$1.#.js');

function normalise(text) {
	let out = unhash(text)
		.replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-#'")
		.replace(/"version":\s*"[^"]*"/g, '"version":"#"')
		.replace(/(__sveltekit_)\w+/g, '$1#');
	if (!flags.has('--scripts'))
		out = out.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/g, (m, open, close) =>
			/application\/(ld\+)?json/.test(open) ? m : `${open}…${close}`
		);
	if (flags.has('--no-styles')) out = out.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/g, '$1…$2');
	return out;
}

function firstDifference(a, b) {
	const al = a.split('\n');
	const bl = b.split('\n');
	for (let i = 0; i < Math.max(al.length, bl.length); i++) {
		if (al[i] === bl[i]) continue;
		const x = al[i] ?? '';
		const y = bl[i] ?? '';
		let c = 0;
		while (c < x.length && x[c] === y[c]) c++;
		const from = Math.max(0, c - 60);
		return `line ${i + 1}:\n    - ${x.slice(from, c + 100)}\n    + ${y.slice(from, c + 100)}`;
	}
	return '';
}

const before = walk(oldDir);
const after = walk(newDir);
const key = (files) => new Map([...files].map(([rel, path]) => [unhash(rel), path]));
const a = key(before);
const b = key(after);
const report = { missing: [], added: [], changed: [], images: [] };
let compared = 0;

for (const [name, path] of a) {
	if (!b.has(name)) {
		if (!CODE.test(name)) report.missing.push(name);
		continue;
	}
	if (CODE.test(name) || name.endsWith('version.json')) continue;
	compared++;
	const x = readFileSync(path);
	const y = readFileSync(b.get(name));
	if (TEXT.test(name)) {
		const nx = normalise(x.toString('utf8'));
		const ny = normalise(y.toString('utf8'));
		if (nx !== ny) report.changed.push(`${name}\n  ${firstDifference(nx, ny)}`);
	} else if (!x.equals(y)) report.images.push(name);
}
for (const name of b.keys()) if (!a.has(name) && !CODE.test(name)) report.added.push(name);

const quiet = flags.has('--quiet');
for (const [kind, list] of Object.entries(report)) {
	if (!list.length) continue;
	console.log(`\n${kind} (${list.length}):`);
	for (const line of quiet ? list.slice(0, 5) : list) console.log(`  ${line}`);
	if (quiet && list.length > 5) console.log(`  … ${list.length - 5} more`);
}
const differences = Object.values(report).reduce((n, list) => n + list.length, 0);
console.log(
	`\n${compared} files compared (scripts and styles by name only${flags.has('--scripts') ? ', inline scripts in full' : ', inline scripts masked'}${flags.has('--no-styles') ? ', inline styles masked' : ''}): ` +
		(differences ? `${differences} differ.` : 'identical.')
);
process.exit(differences ? 1 : 0);
