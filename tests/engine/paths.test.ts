/**
 * The source names no place on the machine it was written on: no absolute path in any file under
 * `src/` (a comment that points at `/home/…/data` means nothing on another machine, and tells a
 * reader of the code about someone's disk).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every file under a folder. */
const filesIn = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesIn(path) : [path];
	});

/**
 * A path from a machine's root: a POSIX top-level folder that holds people's and programs' files,
 * a Windows drive, a file URL, or the folder this project sits in.
 */
const ABSOLUTE = [
	/(?<![\w.~-])\/(?:home|root|Users|tmp|var|usr|opt|mnt|srv|private|etc|work|workspace|Volumes)\/[\w.-]/,
	/\b[A-Za-z]:\\[\w.-]/,
	/file:\/\/\/[\w.-]/
];

/** The absolute paths in a text, with their line numbers. */
function absolutePaths(text: string, here = process.cwd()): string[] {
	return text
		.split('\n')
		.flatMap((line, i) =>
			ABSOLUTE.some((re) => re.test(line)) || line.includes(here)
				? [`line ${i + 1}: ${line.trim()}`]
				: []
		);
}

describe('the source', () => {
	it('names no absolute path of a machine, in any file under src/', () => {
		const files = filesIn('src');
		expect(files.length).toBeGreaterThan(50);
		const found = files.flatMap((file) =>
			absolutePaths(readFileSync(file, 'utf8')).map((p) => `${file}: ${p}`)
		);
		expect(found).toEqual([]);
	});

	it('the check finds such a path, and leaves the site’s own addresses alone', () => {
		expect(absolutePaths('/** One per figure id in /tmp/en/figures.tsv. */')).toHaveLength(1);
		expect(absolutePaths('// see /work/main/src/content/zh-CN.ts')).toHaveLength(1);
		expect(absolutePaths('read C:\\Users\\me\\data.json')).toHaveLength(1);
		expect(absolutePaths(`cached in ${process.cwd()}/node_modules`)).toHaveLength(1);
		expect(
			absolutePaths(
				"resolve('/figures/en/[slug].svg'); fetch('/data/figures.csv'); '/usr' + 'x'; 'node_modules/.cache/story-fonts'"
			)
		).toEqual([]);
	});
});
