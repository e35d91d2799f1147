// `npm run new-story -- <id>` writes stories/<id>/: a story of one step (the opening, one scene,
// one figure) in both editions, with its data folder inside it, which validates and builds as it
// is (`STORY=stories/<id> npm run build`). Every file says what to replace; README.md, "Starting
// a story", walks through filling it in. It refuses an id that is not a slug, and a folder that
// exists: it never writes over a story.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { storyFiles } from './new-story-files.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Writes the new story's files under `root` (the project by default); returns its folder.
 * @param {string} id
 * @param {{ root?: string; date?: string }} [options]
 */
export function newStory(id, { root = '.', date = new Date().toISOString().slice(0, 10) } = {}) {
	if (!SLUG.test(id ?? ''))
		throw new Error(
			`"${id ?? ''}" is not a story id: write lowercase letters and digits, words joined by hyphens (city-budget-2030)`
		);
	const dir = join('stories', id);
	if (existsSync(join(root, dir)))
		throw new Error(`${dir} already exists: choose another id, or edit that story`);
	for (const [name, text] of Object.entries(storyFiles(id, date))) {
		const path = join(root, dir, name);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
	}
	return dir;
}

// Run as a script (not imported by a test): the id is the first argument.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*[\\/]/, '/'))) {
	try {
		const dir = newStory(process.argv[2] ?? '');
		console.log(
			`Wrote ${dir}. Build it with: STORY=${dir} npm run build\nThen fill it in: README.md, "Starting a story".`
		);
	} catch (error) {
		console.error(`new-story: ${/** @type {Error} */ (error).message}`);
		process.exit(1);
	}
}
