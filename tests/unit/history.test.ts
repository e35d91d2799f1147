// The story's test: it checks this story's own dates and corrections, where they show.
/**
 * This story's own history, its dates from data/dates.json and its corrections from
 * data/corrections.json, shown where they belong: on its steps, in the closing, in the export. (The
 * engine's, with the validation of broken files, is tests/engine/history.test.ts, on the fixture.)
 */
import { describe, expect, it } from 'vitest';
import { zh, en } from '../support/content';
import { figureChanged } from '$lib/data/history';
import { loadDataset } from '$lib/server/read-data';
import { allSteps, buildStory } from '$lib/story/resolve';
import { plain } from '$lib/story/text';

const dataset = loadDataset('data');
const stories = { zh: buildStory(zh, dataset), en: buildStory(en, dataset) };

describe('the dates', () => {
	it('are the data file’s, for each edition, and an update only once there is one', () => {
		expect(stories.zh.dates.published).toEqual({ iso: '2026-11-26', text: '2026年11月26日' });
		expect(stories.zh.dates.modified).toEqual({ iso: '2026-12-06', text: '2026年12月6日' });
		expect(stories.zh.dates.lastChanged).toBe('2026-12-06');
		expect(stories.en.dates.published.text).toBe('2 December 2026');
		expect(stories.en.dates.modified).toEqual({ iso: '2026-12-06', text: '6 December 2026' });
		expect(stories.en.dates.lastChanged).toBe('2026-12-06');
	});
});

describe('the corrections log', () => {
	it('starts with the story’s own history: what a published version had wrong, newest first', () => {
		const ids = dataset.history.corrections.map((c) => c.id);
		expect(ids).toContain('meeting-unnamed');
		expect(ids).toContain('cloud-ratio');
		expect(ids).toContain('no-ministry-subject');
		const dates = dataset.history.corrections.map((c) => c.date);
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it('shows each correction on its steps, in the edition that had it wrong', () => {
		const on = (story: typeof stories.zh, slug: string) =>
			allSteps(story)
				.find((s) => s.slug === slug)!
				.corrections.map((c) => c.id);
		expect(on(stories.zh, 'competition-order')).toEqual(['meeting-headline', 'meeting-unnamed']);
		expect(on(stories.en, 'competition-order')).toEqual(['meeting-headline']);
		expect(on(stories.en, 'hubei-signed')).toEqual(['hubei-scope-titles']);
		expect(on(stories.en, 'credit-loans')).toEqual(['no-ministry-subject']);
		// A correction of a figure shows where the step's text gives the figure.
		expect(on(stories.zh, 'credit-loans')).toContain('periods-not-given');
		// Every correction shows on some step of its edition.
		for (const story of Object.values(stories)) {
			const shown = new Set(allSteps(story).flatMap((s) => s.corrections.map((c) => c.id)));
			for (const c of story.corrections) expect(shown.has(c.id), c.id).toBe(true);
		}
	});

	it('writes its figures as the edition does, and no reference is left', () => {
		const cloud = stories.zh.corrections.find((c) => c.id === 'cloud-ratio')!;
		expect(plain(cloud.now)).toContain(stories.zh.figures['cloud-to-software-ratio']!.text);
		for (const story of Object.values(stories))
			for (const c of story.corrections)
				for (const words of [c.wrong, c.now, c.why]) expect(plain(words)).not.toMatch(/[{}]/);
	});

	it('dates each figure of the export by its last correction, else the publication', () => {
		expect(figureChanged(dataset.history, 'credit-loan-share')).toBe('2026-12-02');
		expect(figureChanged(dataset.history, 'industrial-value-added-growth')).toBe('2026-11-26');
		// Corrected in the English edition only: the dataset's figure did not change.
		expect(figureChanged(dataset.history, 'pilot-platform-target')).toBe('2026-11-26');
	});
});
