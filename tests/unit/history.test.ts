/**
 * The story's history: publication and update dates from data/dates.json, corrections from
 * data/corrections.json, validated with the dataset (bad input fails naming the file, the entry
 * and the field) and shown where they belong: on the steps, in the closing, in the export.
 */
import { describe, expect, it } from 'vitest';
import { zh, en } from '../support/content';
import { figureChanged } from '$lib/data/history';
import { buildDataset, DatasetError, type DataFiles } from '$lib/data/validate';
import { readDataFiles } from '$lib/server/read-data';
import { allSteps, buildStory, StoryError } from '$lib/story/resolve';
import { plain } from '$lib/story/text';

const real = () => structuredClone(readDataFiles('data'));
const dataset = buildDataset(real());
const stories = { zh: buildStory(zh, dataset), en: buildStory(en, dataset) };

type Json = Record<string, unknown> & { corrections: Record<string, unknown>[] };
/** The real data with the corrections log changed by `apply`. */
function withCorrections(apply: (log: Json) => void): DataFiles {
	const files = real();
	apply(files.corrections.content as Json);
	return files;
}
function withDates(apply: (dates: { editions: Record<string, Record<string, string>> }) => void) {
	const files = real();
	apply(files.dates.content as { editions: Record<string, Record<string, string>> });
	return files;
}

/** The one problem a broken file must report, as the build prints it. */
function failure(files: DataFiles): string {
	try {
		buildDataset(files);
	} catch (error) {
		expect(error).toBeInstanceOf(DatasetError);
		return (error as Error).message;
	}
	throw new Error('the dataset was accepted');
}

describe('the dates', () => {
	it('are the data file’s, for each edition, and an update only once there is one', () => {
		expect(stories.zh.dates.published).toEqual({ iso: '2026-11-26', text: '2026年11月26日' });
		expect(stories.zh.dates.modified).toEqual({ iso: '2026-12-06', text: '2026年12月6日' });
		expect(stories.zh.dates.lastChanged).toBe('2026-12-06');
		expect(stories.en.dates.published.text).toBe('2 December 2026');
		expect(stories.en.dates.modified).toEqual({ iso: '2026-12-06', text: '6 December 2026' });
		expect(stories.en.dates.lastChanged).toBe('2026-12-06');
	});

	it('fail the build when malformed, naming the file and the field', () => {
		expect(
			failure(withDates((d) => void (d.editions['zh-CN']!.published = '26 November 2026')))
		).toMatch(
			/data\/dates.json, field "editions.zh-CN.published": published must be written YYYY-MM-DD/
		);
		expect(failure(withDates((d) => void (d.editions.en!.modified = '2026-12-01')))).toMatch(
			/data\/dates.json, field "editions.en.modified": 2026-12-01 is before the edition was published/
		);
		expect(failure(withDates((d) => delete d.editions.en))).toMatch(
			/data\/dates.json, field "editions.en": missing/
		);
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

	it.each([
		[
			'a malformed date',
			(log: Json) => void (log.corrections[0]!.date = '2 December 2026'),
			/data\/corrections.json, correction "meeting-unnamed", field "date": date must be written YYYY-MM-DD/
		],
		[
			'a figure that does not exist',
			(log: Json) => void (log.corrections[1]!.figures = ['cloud-share-of-software']),
			/correction "cloud-ratio", field "figures.0": unknown figure id "cloud-share-of-software"/
		],
		[
			'no words for an edition it corrects',
			(log: Json) => void delete log.corrections[0]!.edition,
			/correction "meeting-unnamed", field "text.en": missing/
		],
		[
			'a date after the edition’s last update',
			(log: Json) => void (log.corrections[0]!.date = '2027-01-05'),
			/correction "meeting-unnamed", field "date": 2027-01-05 is after the zh-CN edition's last update in data\/dates.json/
		],
		[
			'a date before the edition was published',
			(log: Json) => void (log.corrections.at(-1)!.date = '2026-11-30'),
			/correction "no-ministry-subject", field "date": 2026-11-30 is before the en edition was published/
		],
		[
			'neither steps nor figures',
			(log: Json) => void delete log.corrections[0]!.steps,
			/correction "meeting-unnamed", field "steps": a correction names the steps or the figures/
		],
		[
			'an empty reason',
			(log: Json) =>
				void ((log.corrections[0]!.text as Record<string, Record<string, string>>)['zh-CN']!.why =
					' '),
			/correction "meeting-unnamed", field "text.zh-CN.why": why must not be empty/
		],
		[
			'a field it does not know',
			(log: Json) => void (log.corrections[0]!.reason = '…'),
			/correction "meeting-unnamed", field "reason": unknown field/
		],
		[
			'an id used twice',
			(log: Json) => void (log.corrections[1]!.id = 'meeting-unnamed'),
			/correction "meeting-unnamed", field "id": duplicate id/
		]
	])(
		'fails the build on %s, naming the file, the correction and the field',
		(_name, apply, want) => {
			expect(failure(withCorrections(apply))).toMatch(want);
		}
	);

	it('fails the story’s build on a step it does not have, naming the file and the field', () => {
		const broken = buildDataset(
			withCorrections((log) => void (log.corrections[0]!.steps = ['state-council-meeting']))
		);
		expect(() => buildStory(zh, broken)).toThrow(StoryError);
		expect(() => buildStory(zh, broken)).toThrow(
			/data\/corrections.json, correction "meeting-unnamed", field "steps.0": no step "state-council-meeting" in the story/
		);
	});

	it('fails on half-width punctuation in its Chinese, naming the field', () => {
		const broken = buildDataset(
			withCorrections(
				(log) =>
					void ((log.corrections[0]!.text as Record<string, Record<string, string>>)['zh-CN']!.now =
						'现在写作一次会议的内容,并注明摘录没有写明会议的名称和日期。')
			)
		);
		expect(() => buildStory(zh, broken)).toThrow(
			/correction "meeting-unnamed", field "text.zh-CN.now": half-width punctuation/
		);
	});
});
