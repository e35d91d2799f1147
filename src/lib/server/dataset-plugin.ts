/**
 * Serves the validated dataset as the module `virtual:dataset`. Validation runs when the module is
 * first loaded, so broken data fails `vite build` (and shows in the dev overlay) with a message
 * naming the file, the figure and the field. The story's `story.json` says where its data folder
 * and its vocabulary are (see `story-config.ts`); `STORY_DATA_DIR` points it at another data
 * folder. `virtual:dataset/vocabulary` is the story's vocabulary (its chapters, source parts and
 * periods), validated, for the engine to read the story's words from.
 * `virtual:dataset/sentences` is the figures' source sentences with each figure marked, small
 * enough for the browser: the source panel loads it when a reader first asks where a number is
 * from.
 */
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildDataset, DatasetError, type DataFiles } from '../data/validate.ts';
import { markedSentences } from '../data/sentences.ts';
import { parseVocabulary } from '../data/story-vocabulary.ts';
import { readDataFiles } from './read-data.ts';
import { storyConfig } from './story-config.ts';

const ID = 'virtual:dataset';
const MODULES = {
	[ID]: (files: DataFiles) => buildDataset(files),
	[`${ID}/sentences`]: (files: DataFiles) => markedSentences(buildDataset(files)),
	[`${ID}/vocabulary`]: (files: DataFiles) => parseVocabulary(files.vocabulary)
} as const;
const RESOLVED = new Map(Object.keys(MODULES).map((id) => ['\0' + id, id as keyof typeof MODULES]));

/** `dir` is the story folder; the configured story by default (tests give the fixture story). */
export function datasetPlugin(dir?: string): Plugin {
	return {
		name: 'story-dataset',
		resolveId: (id) => (Object.hasOwn(MODULES, id) ? '\0' + id : undefined),
		load(id) {
			const name = RESOLVED.get(id);
			if (!name) return undefined;
			try {
				const story = storyConfig(dir);
				const files = readDataFiles(story.data, process.cwd(), story.vocabulary);
				for (const f of [
					files.vocabulary,
					files.sources,
					files.sourceText,
					files.claims,
					files.dates,
					files.corrections,
					...files.figures
				]) {
					this.addWatchFile(resolve(f.path));
				}
				const value = MODULES[name](files);
				// The opening's id also on its own, so the browser's addresses need not carry the
				// whole vocabulary (a named export is kept without the default object).
				// The story's id (its folder's name) too: what keeps two stories' windows apart.
				const named =
					name === `${ID}/vocabulary`
						? `export const openingChapter = ${JSON.stringify((value as { openingChapter: string }).openingChapter)};\n` +
							`export const storyId = ${JSON.stringify(basename(story.dir))};\n`
						: '';
				return `${named}export default ${JSON.stringify(value)};`;
			} catch (error) {
				if (error instanceof DatasetError) this.error(error.message);
				throw error;
			}
		}
	};
}
