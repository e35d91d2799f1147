/**
 * Serves the validated dataset as the module `virtual:dataset`. Validation runs when the module is
 * first loaded, so broken data fails `vite build` (and shows in the dev overlay) with a message
 * naming the file, the figure and the field. `STORY_DATA_DIR` points it at another data folder.
 * `virtual:dataset/sentences` is the figures' source sentences with each figure marked, small
 * enough for the browser: the source panel loads it when a reader first asks where a number is
 * from.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildDataset, DatasetError } from '../data/validate.ts';
import { markedSentences } from '../data/sentences.ts';
import { readDataFiles } from './read-data.ts';

const ID = 'virtual:dataset';
const SENTENCES = 'virtual:dataset/sentences';
const RESOLVED = '\0' + ID;
const RESOLVED_SENTENCES = '\0' + SENTENCES;

export function datasetPlugin(): Plugin {
	const dir = () => resolve(process.env.STORY_DATA_DIR ?? 'data');
	return {
		name: 'story-dataset',
		resolveId: (id) => (id === ID ? RESOLVED : id === SENTENCES ? RESOLVED_SENTENCES : undefined),
		load(id) {
			if (id !== RESOLVED && id !== RESOLVED_SENTENCES) return undefined;
			try {
				const files = readDataFiles(dir());
				for (const f of [
					files.sources,
					files.sourceText,
					files.claims,
					files.dates,
					files.corrections,
					...files.figures
				]) {
					this.addWatchFile(resolve(f.path));
				}
				const dataset = buildDataset(files);
				const value = id === RESOLVED ? dataset : markedSentences(dataset);
				return `export default ${JSON.stringify(value)};`;
			} catch (error) {
				if (error instanceof DatasetError) this.error(error.message);
				throw error;
			}
		}
	};
}
