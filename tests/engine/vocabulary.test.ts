/**
 * The engine names none of the fixture story's words either: its chapter, part and period ids and
 * period words, figure, claim and speaker ids and step slugs (see tests/unit/engine-vocabulary).
 * A second story with other words shows the check is about the engine, not about one story.
 */
import { describe, expect, it } from 'vitest';
import {
	describeFinding,
	engineFiles,
	findStoryWords,
	storyWords,
	WORD_KINDS
} from '../support/story-words';
import { config, fixtureEdition } from './fixture';

describe('the engine and the fixture story', () => {
	const words = storyWords(config, fixtureEdition('zh-CN').content);

	it('gathers every kind of the fixture’s words', () => {
		expect(new Set(words.values())).toEqual(new Set(WORD_KINDS));
		expect(words.get('park-share')).toBe('a figure id');
		expect(words.get('全年')).toBe('a period word');
	});

	it('names none of them', () => {
		expect(findStoryWords(engineFiles(), words).map(describeFinding).join('\n')).toBe('');
	});
});
