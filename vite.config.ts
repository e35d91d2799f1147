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

export default defineConfig({
	plugins: [datasetPlugin(), copyPlugin(), sveltekit(), startChunk()],
	define: {
		// The one-file edition (build/story.html) links within itself, not to chapter pages.
		__SINGLE_FILE__: JSON.stringify(process.env.STORY_SINGLE === '1'),
		// Each language's code, `lang` and prefix: what addresses need (see $lib/languages/editions).
		__LANGUAGES__: JSON.stringify(
			LANGUAGES.map(({ code, lang, prefix }) => ({ code, lang, prefix }))
		)
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
