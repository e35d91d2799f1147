/**
 * The engine knows no story. Every word of this story's vocabulary — its chapter ids, source part
 * ids, period ids and period words (its `vocab.json`), every figure id (`data/figures/*.json`),
 * every claim and speaker id (`data/claims.json`) and every step slug — is gathered from the
 * story's own files, and none may appear in an engine file: not as a string literal, not as a
 * quoted token inside a string or a comment, and, for Chinese words, nowhere at all. An engine
 * that needs one of these reads it from the story (its vocabulary, its dataset, its skeleton).
 *
 * Ids that are everyday English words (`growth`, `meeting`, `none`) are matched only as whole
 * quoted tokens, so `yoy-growth` or a variable named `meeting` does not count; Chinese words are
 * matched anywhere, since no engine code needs to write them.
 */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyConfig } from '$lib/server/story-config';
// The step slugs come from the story's skeleton, read as the build reads it (with its copy).
import { zh as content } from '../support/content';
import {
	describeFinding,
	engineFiles,
	EXCLUDED,
	findStoryWords,
	storyWords,
	WORD_KINDS
} from '../support/story-words';

describe('the engine', () => {
	const words = storyWords(storyConfig(), content);
	const files = engineFiles();

	it('is searched for the whole of the story’s vocabulary', () => {
		// A sanity check of the gathering itself: an empty list would pass anything.
		const kinds = new Set(words.values());
		for (const kind of WORD_KINDS) expect(kinds, kind).toContain(kind);
		expect(files.length).toBeGreaterThan(100);
		// What it leaves out is there: a renamed folder must not drop out of the search unseen.
		for (const path of EXCLUDED) expect(existsSync(path), path).toBe(true);
	});

	it('names no chapter, part, period, figure, claim, speaker or step of the story', () => {
		const findings = findStoryWords(files, words);
		expect(findings.map(describeFinding).join('\n')).toBe('');
	});

	it('would catch a planted word, quoted or Chinese, but not a word inside a longer one', () => {
		const sample = new Map([
			['growth', 'a chapter id'],
			['上半年', 'a period word']
		]);
		const dir = join('tests', 'fixtures', 'engine-vocabulary');
		const found = findStoryWords([join(dir, 'planted.txt')], sample).map(describeFinding);
		const shown = relative('.', join(dir, 'planted.txt')).split(sep).join('/');
		expect(found).toEqual([
			`${shown}:2: "growth" (a chapter id of the story)`,
			`${shown}:3: "上半年" (a period word of the story)`
		]);
	});
});
