/**
 * `npm run new-story -- <id>` writes a story that loads, validates and resolves as it is: run into
 * a scratch folder inside the project, then checked through Vite's module runner with the dataset
 * plugin serving the new story (so the engine reads its vocabulary). It refuses an id that is not
 * a slug and a folder that exists.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runnerImport } from 'vite';
import { datasetPlugin } from '$lib/server/dataset-plugin';
import { LANGUAGES } from '$lib/languages';
import { fill, newStory } from '../../src/build/new-story.js';

// Inside the project, so the story's rules find the engine's types as a story's would.
const scratch = mkdtempSync('.svelte-kit-new-story-');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run new-story', () => {
	it('writes a one-step story that loads, validates and resolves in both editions', async () => {
		const dir = newStory('city-budget', { root: scratch, date: '2031-05-04' }) as string;
		expect(dir).toBe(join('stories', 'city-budget'));
		const story = relative('.', resolve(scratch, dir));
		const { module } = await runnerImport<typeof import('../support/check-story')>(
			'./tests/support/check-story.ts',
			{
				configFile: false,
				logLevel: 'warn',
				plugins: [datasetPlugin(story)],
				resolve: { alias: { $lib: resolve('src/lib') } },
				define: {
					__SINGLE_FILE__: 'false',
					__LANGUAGES__: JSON.stringify(
						LANGUAGES.map(({ code, lang, prefix }) => ({ code, lang, prefix }))
					)
				}
			}
		);
		const en = await import(/* @vite-ignore */ pathToFileURL(resolve(story, 'rules/en.ts')).href);
		expect(module.checkStory(story, { en: en.default })).toEqual({
			'zh-CN': ['example'],
			en: ['example']
		});
	});

	it('fills the template’s placeholders: the id, and the source’s date, month and day', () => {
		const dir = join(scratch, newStory('dated', { root: scratch, date: '2031-05-04' }) as string);
		const read = (name: string) => readFileSync(join(dir, name), 'utf8');
		expect(read('copy/en.aml')).toMatch(/^# dated: /);
		expect(JSON.parse(read('data/sources.json')).date).toBe('2031-05-04');
		// In JSON a whole-string placeholder is the value itself: the day and month stay numbers.
		const [date] = JSON.parse(read('data/figures/main.json')).figures;
		expect(date).toMatchObject({ value: 4, month: 5, excerpt: '示例材料5月4日发布' });
		expect(read('data/source/source.txt')).toContain('示例材料5月4日发布。');
		expect(() => fill('{{year}}', 'x.aml', { id: 'a' })).toThrow('unknown placeholder {{year}}');
	});

	it('refuses an id that is not a slug, and a folder that exists', () => {
		for (const id of ['City Budget', 'city_budget', '', '../up', 'Stadt'])
			expect(() => newStory(id, { root: scratch }), id).toThrow(/is not a story id/);
		newStory('taken', { root: scratch });
		expect(() => newStory('taken', { root: scratch })).toThrow(
			`${join('stories', 'taken')} already exists`
		);
	});
});
