import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './src/lib/server/dataset-plugin.ts';

export default defineConfig({
	plugins: [datasetPlugin(), sveltekit()],
	define: {
		// The one-file edition (build/story.html) links within itself, not to chapter pages.
		__SINGLE_FILE__: JSON.stringify(process.env.STORY_SINGLE === '1')
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
