import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { copyPlugin } from './src/lib/server/copy-plugin.ts';
import { datasetPlugin } from './src/lib/server/dataset-plugin.ts';
import { LANGUAGES } from './src/lib/languages/index.ts';

/**
 * The code every page loads at start is one file, not thirteen: one request and one module to
 * compile and link instead of many small ones. What loads later (the scene layouts, presentation
 * mode, the QR code) is not imported at start, so it stays in its own files. Only the browser's
 * build of the site: Kit sets `build.ssr` for the server's build in its own plugin, hence `post`.
 */
function startChunk(): Plugin {
	return {
		name: 'story-start-chunk',
		enforce: 'post',
		config: (config) => {
			// The one-file edition is built without splitting (Kit says so): nothing to group there.
			const output = config.build?.rolldownOptions?.output ?? config.build?.rollupOptions?.output;
			const split = !(output && !Array.isArray(output) && output.codeSplitting === false);
			return config.build?.ssr || !split
				? undefined
				: {
						build: {
							rolldownOptions: {
								output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } }
							}
						}
					};
		}
	};
}

/** Constants the engine's code reads, the same for the site and its tests. */
const define = {
	// The one-file edition (build/story.html) links within itself, not to chapter pages.
	__SINGLE_FILE__: JSON.stringify(process.env.STORY_SINGLE === '1'),
	// Each language's code, `lang` and prefix: what addresses need (see $lib/languages/editions).
	__LANGUAGES__: JSON.stringify(LANGUAGES.map(({ code, lang, prefix }) => ({ code, lang, prefix })))
};

/** The engine's fixture story (a test fixture, never built into the site): see its README. */
const FIXTURE_STORY = 'tests/fixtures/story';

export default defineConfig({
	plugins: [datasetPlugin(), copyPlugin(), sveltekit(), startChunk()],
	define,
	test: {
		projects: [
			// The story's own tests (its numbers, claims and look) on the configured story.
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' }
			},
			// The engine's tests on the fixture story: its dataset and copy are the virtual modules.
			{
				plugins: [datasetPlugin(FIXTURE_STORY), copyPlugin(FIXTURE_STORY), sveltekit()],
				define,
				test: { name: 'engine', include: ['tests/engine/**/*.test.ts'], environment: 'node' }
			}
		]
	}
});
