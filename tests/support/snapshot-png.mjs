// Renders stored scene snapshots (tests/snapshots/*.svg, and any *-changed.svg) to PNG for a person
// to look at: node tests/support/snapshot-png.mjs [slug …]. Writes to ./screenshots/snapshots.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const scene = readFileSync('src/lib/components/Scene.svelte', 'utf8');
const css = scene.slice(scene.indexOf('<style>') + 7, scene.indexOf('</style>'));
const app = readFileSync('src/app.css', 'utf8');
const root = app.slice(app.indexOf(':root'), app.indexOf('}', app.indexOf(':root')) + 1);
const only = process.argv.slice(2);
const files = readdirSync('tests/snapshots')
	.filter((f) => f.endsWith('.svg'))
	.filter((f) => only.length === 0 || only.some((slug) => f.startsWith(slug)));
const out = 'screenshots/snapshots';
mkdirSync(out, { recursive: true });
const found = findChromium();
const browser = await chromium.launch({
	executablePath: found?.executablePath,
	channel: found?.channel,
	args: CHROMIUM_ARGS
});
const page = await browser.newPage({ viewport: { width: 700, height: 480 } });
for (const file of files) {
	const svg = readFileSync(`tests/snapshots/${file}`, 'utf8');
	await page.setContent(
		`<!doctype html><meta charset="utf-8"><style>${root} body{margin:10px;font-family:'Noto Sans CJK SC',sans-serif;color:var(--ink)} ${css}</style>${svg}`
	);
	await page.screenshot({ path: `${out}/${file.replace('.svg', '.png')}` });
}
await browser.close();
console.log(`${files.length} PNGs in ${out}`);
