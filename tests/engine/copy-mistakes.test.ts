/**
 * A mistake in the fixture story's copy, made in a copy of the story in a scratch folder, fails
 * naming the file and the line: a stray line, a misspelt figure, an unregistered quotation. What
 * holds for the fixture holds for any story the engine builds.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEdition } from '$lib/copy/load';
import { withLines } from '$lib/copy/locate';
import { CopyError } from '$lib/copy/read';
import { buildStory } from '$lib/story/resolve';
import { FIXTURE, FIXTURE_RULES, fixtureDataset } from './fixture';

const work = mkdtempSync(join(tmpdir(), 'fixture-copy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

/** The line of `text` that starts with `start`, the first after the line `after`. */
const lineOf = (text: string, start: string, after: string) => {
	const lines = text.split('\n');
	const from = lines.findIndex((l) => l === after);
	return lines.findIndex((l, i) => i >= from && l.startsWith(start)) + 1;
};

/** The fixture copied aside with one copy file edited: what loading and building it says. */
function mistake(code: string, edit: (text: string) => string): { message: string; text: string } {
	const root = join(work, String(n++));
	cpSync(FIXTURE, join(root, FIXTURE), { recursive: true });
	cpSync('src/lib/languages', join(root, 'src/lib/languages'), { recursive: true });
	const path = join(root, FIXTURE, 'copy', `${code}.aml`);
	const text = edit(readFileSync(path, 'utf8'));
	writeFileSync(path, text);
	try {
		const loaded = loadEdition(FIXTURE, code, { root, rules: FIXTURE_RULES[code] });
		withLines(loaded, (content) => buildStory(content, fixtureDataset()));
	} catch (error) {
		if (error instanceof CopyError || error instanceof Error)
			return { message: error.message, text };
		throw error;
	}
	return { message: '', text };
}

describe('a mistake in the fixture story’s copy', () => {
	it('none in the copy as it is', () => {
		expect(mistake('en', (t) => t).message).toBe('');
		expect(mistake('zh-CN', (t) => t).message).toBe('');
	});

	it('a stray line names the file and the line', () => {
		const { message, text } = mistake('en', (t) =>
			t.replace('{steps.park-share}\n', '{steps.park-share}\na stray line\n')
		);
		const line = lineOf(text, 'a stray line', '{steps.park-share}');
		expect(message).toContain(`${FIXTURE}/copy/en.aml:${line}: this line is not a key`);
	});

	it('an unknown figure names the file, the line and the field', () => {
		const { message, text } = mistake('en', (t) =>
			t.replace('headline: Parks cover {park-share}', 'headline: Parks cover {park-shares}')
		);
		const line = lineOf(text, 'headline:', '{steps.park-share}');
		expect(message).toContain(
			`${FIXTURE}/copy/en.aml:${line} (step park-share, field headline): unknown figure {park-shares}`
		);
	});

	it('a quotation not in the source names the file, the line and the field', () => {
		const { message, text } = mistake('zh-CN', (t) =>
			t.replace('* 全市公园绿地面积', '* 他说“处处是公园”。全市公园绿地面积')
		);
		const line = lineOf(text, '* ', '{steps.park-share}');
		expect(message).toContain(
			`${FIXTURE}/copy/zh-CN.aml:${line} (step park-share, field text.0): unregistered quotation “处处是公园”`
		);
	});
});
