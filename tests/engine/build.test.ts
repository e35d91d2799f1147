/**
 * Broken data through the real build: `vite build` fails, naming the file, the figure and the
 * field, and writes no site. Builds run in a scratch folder (STORY_WORK_DIR), so build/ and the
 * output `vite preview` serves are never touched.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BROKEN_CASES } from '../fixtures/broken-data';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'story-broken-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A sample of the fixtures: a missing field, an unknown unit, a derived input that does not exist,
// a value the source does not state.
const SAMPLE = ['missing-field', 'unknown-unit', 'derived-input-missing', 'value-not-in-excerpt'];

/** Writes the real data with one fixture's fault into a folder of its own. */
function brokenData(name: string): string {
	const dir = join(scratch, name, 'data');
	cpSync('data', dir, { recursive: true });
	const files: Record<string, { figures: Record<string, unknown>[] }> = {};
	for (const file of [
		'xinhua-miit.json',
		'finance-platform.json',
		'hubei-investment.json',
		'derived.json'
	]) {
		files[file] = JSON.parse(readFileSync(join(dir, 'figures', file), 'utf8'));
	}
	BROKEN_CASES.find((c) => c.name === name)!.apply(files);
	for (const [file, content] of Object.entries(files)) {
		writeFileSync(join(dir, 'figures', file), JSON.stringify(content, null, '\t'));
	}
	return dir;
}

describe('npm run build with broken data', () => {
	it('fails with a message naming the file, the figure and the field, and writes no site', async () => {
		const results = await Promise.all(
			SAMPLE.map(async (name) => {
				const data = brokenData(name);
				const work = join(scratch, name, 'work');
				const outcome = await run('node_modules/.bin/vite', ['build'], {
					env: { ...process.env, STORY_DATA_DIR: data, STORY_WORK_DIR: work },
					maxBuffer: 16 * 1024 * 1024
				}).then(
					({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
					(error: { code: number; stdout: string; stderr: string }) => ({
						code: error.code,
						output: error.stdout + error.stderr
					})
				);
				return { name, work, ...outcome };
			})
		);
		for (const { name, work, code, output } of results) {
			const want = BROKEN_CASES.find((c) => c.name === name)!.expect;
			expect(code, `${name}: the build should fail`).not.toBe(0);
			const file = want.file.replace(/^data\//, '');
			expect(output, name).toContain(`${file}, figure "${want.figure}", field "${want.field}"`);
			expect(output, name).toMatch(want.message);
			expect(existsSync(join(work, 'site')), `${name}: a site was written`).toBe(false);
		}
	}, 60_000);
});
