import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './src/lib/server/dataset-plugin.ts';

export default defineConfig(({ isSsrBuild }) => ({
	plugins: [datasetPlugin(), sveltekit()],
	// The code every page loads at start is one file, not thirteen: one request and one module to
	// compile and link instead of many small ones. What loads later (the scene layouts, presentation
	// mode, the QR code) is not imported at start, so it stays in its own files.
	build: isSsrBuild
		? {}
		: {
				rolldownOptions: {
					output: {
						codeSplitting: { groups: [{ name: 'start', tags: ['$initial' as const] }] }
					}
				}
			},
	define: {
		// The one-file edition (build/story.html) links within itself, not to chapter pages.
		__SINGLE_FILE__: JSON.stringify(process.env.STORY_SINGLE === '1')
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
}));
