// Turns the one-file build (.svelte-kit-single, made with STORY_SINGLE=1) into one file per
// language, build/story.html and build/story.en.html: the story with every script, style and icon
// inside, to open from disk and present offline. With STORY_WORK_DIR, from and into that folder
// (its single/ and site/), as svelte.config.js builds there.
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';

// The languages and their addresses, from the engine's own modules (TypeScript, loaded by Vite),
// with each language's code, `lang` and prefix baked in as the site's build does (vite.config.ts).
// Addresses need the story's opening id, served by the dataset plugin as the build serves it.
/**
 * @param {string} module
 * @param {Record<string, string>} [define]
 * @param {import('vite').PluginOption[]} [plugins]
 */
const load = async (module, define = {}, plugins = []) =>
	(
		await runnerImport(module, {
			configFile: false,
			logLevel: 'warn',
			define,
			plugins,
			resolve: { alias: { $lib: resolve('src/lib') } }
		})
	).module;
const { datasetPlugin } = await load('./src/lib/server/dataset-plugin.ts');
/** @type {{ LANGUAGES: { code: string; lang: string; prefix: string }[] }} */
const { LANGUAGES } = await load('./src/lib/languages/index.ts');
const LOCALES = LANGUAGES.map((l) => l.code);
const { pagePath, singleFileName } = await load(
	'./src/lib/story/address.ts',
	{
		__LANGUAGES__: JSON.stringify(LANGUAGES.map(({ code, lang, prefix }) => ({ code, lang, prefix })))
	},
	[datasetPlugin()]
);

// One file per edition, side by side (each links to the next): its front page as the one-file
// build wrote it (`/` is index.html, `/en` is en.html).
const workDir = process.env.STORY_WORK_DIR;
const singleDir = workDir ? `${workDir}/single` : '.svelte-kit-single';
const siteDir = workDir ? `${workDir}/site` : 'build';
const files = LOCALES.map((/** @type {string} */ locale) => {
	const page = pagePath(locale);
	return {
		from: `${singleDir}/site${page === '/' ? '/index' : page}.html`,
		to: `${siteDir}/${singleFileName(locale)}`
	};
});
const written = [];

for (const { from, to } of files) {
	let html = readFileSync(from, 'utf8');

	// Nothing may be left to fetch: a file on disk has nowhere to fetch it from. (A canonical or
	// alternate link is not fetched; it names the published site.)
	const external = [...html.matchAll(/<(script|link|img)\b[^>]*>/g)]
		.filter(([tag]) => !/\brel="(canonical|alternate)"/.test(tag) && !/\bdisabled\b/.test(tag))
		.map(([tag]) => tag.match(/\b(?:src|href)="([^"]*)"/)?.[1] ?? '')
		.filter((url) => url && !url.startsWith('data:') && !url.startsWith('#') && url !== '/');
	if (external.length > 0) {
		console.error(`${to}: still refers to ${external.join(', ')}`);
		process.exit(1);
	}
	writeFileSync(to, html);
	written.push({ to, html });
}

rmSync(singleDir, { recursive: true, force: true });
for (const { to, html } of written) {
	const size = statSync(to).size;
	console.log(
		`Wrote ${to}: ${(size / 1024).toFixed(0)} KB, ${(gzipSync(html).length / 1024).toFixed(0)} KB gzipped`
	);
}
