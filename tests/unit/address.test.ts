// The story's test: each of this story's 41 steps and 4 chapters gets a page the site serves.
/**
 * Every one of this story's steps, in both editions, has a page the story route matches, reads back
 * and opens at that step, and each of its chapters has a page. (The engine's is
 * tests/engine/address.test.ts and links.test.ts, on the fixture.)
 */
import { describe, expect, it } from 'vitest';
import { zh, en } from '../support/content';
import {
	chapterPagePath,
	editionPrefix,
	pageOfParam,
	pageParam,
	stepPagePath
} from '$lib/story/address';
import { targetOf } from '$lib/story/links';
import { loadDataset } from '$lib/server/read-data';
import { allSteps, buildStory } from '$lib/story/resolve';
import { OPENING } from '$lib/story/vocabulary';
import { match as isChapter } from '../../src/params/chapter';
import { match as isPage } from '../../src/params/page';

const dataset = loadDataset('data');
const stories = [buildStory(zh, dataset), buildStory(en, dataset)];

describe('this story’s addresses', () => {
	it('every step of both editions: a page matched, read back and opened at that step', () => {
		expect(stories.map((s) => allSteps(s).length)).toEqual([41, 41]);
		for (const story of stories) {
			const steps = allSteps(story);
			for (const step of steps) {
				const chapter = step.chapter === OPENING ? undefined : step.chapter;
				const param = pageParam(chapter, step.slug);
				const want = chapter ? { chapter, step: step.slug } : { step: step.slug };
				expect(isPage(param), param).toBe(true);
				expect(pageOfParam(param, isChapter), param).toEqual(want);
				expect(stepPagePath(story.locale, step)).toBe(`${editionPrefix(story.locale)}/${param}`);
				expect(targetOf({ pathname: `/${param}`, hash: '' }, steps), param).toEqual(want);
			}
		}
	});

	it('each chapter a page of its own, the opening none', () => {
		const chapters = stories[0]!.chapters.map((c) => c.id);
		expect(chapters).toEqual(['growth', 'innovation', 'financing', 'investment']);
		for (const id of chapters) {
			expect(isChapter(id), id).toBe(true);
			expect(chapterPagePath(stories[1]!.locale, id)).toBe(`/en/${id}`);
		}
		expect(isChapter(OPENING)).toBe(false);
		expect(chapterPagePath(stories[0]!.locale, OPENING)).toBe('/');
	});
});
