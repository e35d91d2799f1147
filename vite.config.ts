import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './src/lib/server/dataset-plugin.ts';

export default defineConfig({
	plugins: [datasetPlugin(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
