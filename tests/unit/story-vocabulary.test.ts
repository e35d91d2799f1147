/**
 * The engine's types no longer list the story's chapters and periods (they are ids, read from the
 * story's vocabulary), so TypeScript cannot see that each edition names every one of them: this
 * test does. The imports of the editions' words are the lines to change when the copy moves to
 * the story's folder.
 */
import { describe, expect, it } from 'vitest';
import { en, notFound, zh } from '../support/content';
import { PERIODS, STORY_CHAPTERS } from '$lib/story/vocabulary';

const editions = { 'zh-CN': zh, en } as const;

describe.each(Object.entries(editions))('the %s edition', (locale, content) => {
	it('names every period of the story’s vocabulary, and tags each', () => {
		for (const period of Object.keys(PERIODS)) {
			expect(content.periods[period], `periods.${period}`).toBeTypeOf('string');
			expect(content.periodTags[period], `periodTags.${period}`).toBeTypeOf('string');
		}
	});

	it('names every chapter of the story on its 404 page', () => {
		const words = notFound[locale as keyof typeof notFound];
		for (const chapter of STORY_CHAPTERS) {
			expect(words.chapters[chapter], `chapters.${chapter}`).toBeTruthy();
		}
	});
});
