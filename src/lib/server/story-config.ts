/**
 * Where the story the site is built from keeps its files. A story is a folder under `stories/`;
 * its `story.json` says where its data folder is and which file holds its vocabulary, each
 * relative to the story folder. Which story the site is built from is configuration, not code:
 * `config.story` in `package.json`, or `STORY=stories/<id>` in the environment for one build.
 * `STORY_DATA_DIR` points at another data folder for the story (tests that build broken data use
 * it). Node only: read at build time by the dataset and copy plugins and by tests.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The story folder, relative to the project. */
export const STORY_DIR: string = process.env.STORY ?? configuredStory();

function configuredStory(): string {
	const story = JSON.parse(readFileSync('package.json', 'utf8'))?.config?.story;
	if (typeof story !== 'string' || story === '') {
		throw new Error('package.json: "config.story" must name the story folder (stories/<id>)');
	}
	return story;
}

export interface StoryConfig {
	/** The story folder. */
	dir: string;
	/** Its data folder (`data/figures/*.json`, `sources.json`, …). */
	data: string;
	/** Its vocabulary file: chapters, source parts, periods (see `vocab.ts`). */
	vocabulary: string;
}

/** Reads the story's `story.json`; the paths it gives are resolved against the story folder. */
export function storyConfig(dir = STORY_DIR): StoryConfig {
	const path = join(dir, 'story.json');
	let config: { data?: unknown; vocabulary?: unknown };
	try {
		config = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new Error(`${path}: cannot read the story's configuration: ${(error as Error).message}`, {
			cause: error
		});
	}
	const field = (name: 'data' | 'vocabulary') => {
		const value = config[name];
		if (typeof value !== 'string' || value === '') {
			throw new Error(`${path}: "${name}" must name a path relative to the story folder`);
		}
		return resolve(dir, value);
	};
	return {
		dir: resolve(dir),
		data: process.env.STORY_DATA_DIR ? resolve(process.env.STORY_DATA_DIR) : field('data'),
		vocabulary: field('vocabulary')
	};
}
