/**
 * Serves the validated dataset as the module `virtual:dataset`. Validation runs when the module is
 * first loaded, so broken data fails `vite build` (and shows in the dev overlay) with a message
 * naming the file, the figure and the field. `STORY_DATA_DIR` points it at another data folder.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildDataset, DatasetError } from '../data/validate.ts';
import { readDataFiles } from './read-data.ts';

const ID = 'virtual:dataset';
const RESOLVED = '\0' + ID;

export function datasetPlugin(): Plugin {
	const dir = () => resolve(process.env.STORY_DATA_DIR ?? 'data');
	return {
		name: 'story-dataset',
		resolveId: (id) => (id === ID ? RESOLVED : undefined),
		load(id) {
			if (id !== RESOLVED) return undefined;
			try {
				const files = readDataFiles(dir());
				for (const f of [files.sources, files.sourceText, files.claims, ...files.figures]) {
					this.addWatchFile(resolve(f.path));
				}
				return `export default ${JSON.stringify(buildDataset(files))};`;
			} catch (error) {
				if (error instanceof DatasetError) this.error(error.message);
				throw error;
			}
		}
	};
}
