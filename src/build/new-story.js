// `npm run new-story -- <id>` writes stories/<id>/: a story of one step (the opening, one scene,
// one figure) in both editions, with its data folder inside it, which validates and builds as it
// is (`STORY=stories/<id> npm run build`). Every file says what to replace; README.md, "Starting
// a story", walks through filling it in. It refuses an id that is not a slug, and a folder that
// exists: it never writes over a story.
//
// The new story is the folder story-template/ beside this script, copied file for file, with its
// placeholders filled: {{id}} (the story's id), {{date}} (the source's date, YYYY-MM-DD: today),
// {{month}} and {{day}} (its month and day). In a .json file a placeholder that is a whole string,
// "{{day}}", becomes that value in JSON (a number stays a number), so the template's JSON is JSON.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TEMPLATE = fileURLToPath(new URL('story-template', import.meta.url));

/**
 * Every file under `dir`, by path relative to it.
 * @param {string} dir
 * @returns {string[]}
 */
const filesIn = (dir) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();

/**
 * The template's text with its placeholders filled.
 * @param {string} text
 * @param {string} name The file's path, for its kind (JSON or not).
 * @param {Record<string, string | number>} values
 */
export function fill(text, name, values) {
	let filled = text;
	for (const [key, value] of Object.entries(values)) {
		if (name.endsWith('.json')) filled = filled.replaceAll(`"{{${key}}}"`, JSON.stringify(value));
		filled = filled.replaceAll(`{{${key}}}`, String(value));
	}
	const left = filled.match(/\{\{[^{}]*\}\}/);
	if (left) throw new Error(`story-template/${name}: unknown placeholder ${left[0]}`);
	return filled;
}

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
	// The source's date is a figure too, stated in the source text (月日, as reports write it).
	const [month, day] = date.split('-').slice(1).map(Number);
	const values = { id, date, month: month ?? 0, day: day ?? 0 };
	for (const name of filesIn(TEMPLATE)) {
		const path = join(root, dir, name);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, fill(readFileSync(join(TEMPLATE, name), 'utf8'), name, values));
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
