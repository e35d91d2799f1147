/**
 * The embed page's script ($lib/embed/live.svelte.ts), bundled on its own when the site is built:
 * one file with the scene's component, the layouts and Svelte's runtime, and nothing of the story
 * page's code. It is not part of the site's main build, whose start chunk gathers the code every
 * story page loads first: an embed page built there would either add to it or load all of it.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Rolldown } from 'vite';

const ENTRY = 'src/lib/embed/live.svelte.ts';

let bundled: Promise<{ hash: string; code: string }> | undefined;

/** The script and the hash of its text (its file is named by it: a new build, a new name). */
export function embedScript(): Promise<{ hash: string; code: string }> {
	bundled ??= (async () => {
		const result = await build({
			configFile: false,
			logLevel: 'warn',
			root: process.cwd(),
			resolve: { alias: { $lib: resolve('src/lib') } },
			// Styles come with the page (scene.css is inlined there): a CSS import here adds nothing.
			plugins: [
				svelte({ configFile: false, compilerOptions: { runes: true } }),
				{ name: 'embed-no-css', load: (id) => (id.endsWith('.css') ? '' : undefined) }
			],
			build: {
				write: false,
				copyPublicDir: false,
				target: 'es2022',
				rolldownOptions: {
					input: resolve(ENTRY),
					output: { format: 'iife', codeSplitting: false }
				}
			}
		});
		const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
		const chunk = outputs[0]!.output.find((o) => o.type === 'chunk');
		if (!chunk) throw new Error(`${ENTRY}: the embed's script was not bundled`);
		const hash = createHash('sha256').update(chunk.code).digest('hex').slice(0, 12);
		return { hash, code: chunk.code };
	})();
	return bundled;
}
