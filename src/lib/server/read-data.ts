/**
 * Reads the files of a data folder (the project's `data/`, or a test fixture) for `buildDataset`,
 * with the story's vocabulary (by default, that of the story `story-config.ts` names). Node only:
 * used by the Vite plugin at build time and by tests, never shipped to the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDataset, DatasetError, type DataFile, type DataFiles } from '../data/validate.ts';
import { storyConfig } from './story-config.ts';

function readJson(path: string, shown: string): DataFile {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new DatasetError([{ file: shown, message: 'cannot read the file' }]);
	}
	try {
		return { path: shown, content: JSON.parse(text) };
	} catch (error) {
		throw new DatasetError([
			{ file: shown, message: `not valid JSON: ${(error as Error).message}` }
		]);
	}
}

/** The raw files of `dir` and the vocabulary file, with paths shown relative to `root`. */
export function readDataFiles(
	dir: string,
	root = process.cwd(),
	vocabulary = storyConfig().vocabulary
): DataFiles {
	const shown = (path: string) => relative(root, path) || path;
	const sourcesPath = join(dir, 'sources.json');
	const sources = readJson(sourcesPath, shown(sourcesPath));
	const file = (sources.content as { file?: unknown }).file;
	const textPath = join(dir, typeof file === 'string' ? file : '');
	let text: string;
	try {
		text = readFileSync(textPath, 'utf8');
	} catch {
		throw new DatasetError([
			{
				file: sources.path,
				field: 'file',
				message: `cannot read the source text ${shown(textPath)}`
			}
		]);
	}
	const figuresDir = join(dir, 'figures');
	const json = (name: string) => readJson(join(dir, name), shown(join(dir, name)));
	return {
		vocabulary: readJson(vocabulary, shown(vocabulary)),
		sources,
		claims: json('claims.json'),
		dates: json('dates.json'),
		corrections: json('corrections.json'),
		sourceText: { path: shown(textPath), content: text },
		figures: readdirSync(figuresDir)
			.filter((name) => name.endsWith('.json'))
			.sort()
			.map((name) => readJson(join(figuresDir, name), shown(join(figuresDir, name))))
	};
}

/** Reads and validates the dataset in `dir`, against the story's vocabulary. */
export const loadDataset = (dir: string, root?: string, vocabulary?: string) =>
	buildDataset(readDataFiles(dir, root, vocabulary));
