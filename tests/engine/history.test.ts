/**
 * A story's history, on the fixture story with the history of tests/engine/fixture-history.ts:
 * publication and update dates from its dates file, corrections from its log, validated with the
 * dataset (bad input fails naming the file, the entry and the field) and shown where they belong:
 * on the steps of the edition that had it wrong, in the closing, in the export's dates.
 */
import { describe, expect, it } from 'vitest';
import { figureChanged } from '$lib/data/history';
import { buildDataset, DatasetError, type DataFiles } from '$lib/data/validate';
import { allSteps, buildStory, StoryError } from '$lib/story/resolve';
import { plain } from '$lib/story/text';
import { FIXTURE, fixtureDataset, fixtureEdition } from './fixture';
import { withHistory, type Log } from './fixture-history';

const zh = fixtureEdition('zh-CN').content;
const en = fixtureEdition('en').content;
const dataset = buildDataset(withHistory());
const stories = { zh: buildStory(zh, dataset), en: buildStory(en, dataset) };
const DATES_FILE = `${FIXTURE}/data/dates.json`;
const LOG_FILE = `${FIXTURE}/data/corrections.json`;

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
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the dates', () => {
	it('are the data file’s, for each edition, and an update only once there is one', () => {
		expect(stories.zh.dates.published).toEqual({ iso: '2030-03-20', text: '2030年3月20日' });
		expect(stories.zh.dates.modified).toEqual({ iso: '2030-03-25', text: '2030年3月25日' });
		expect(stories.zh.dates.lastChanged).toBe('2030-03-25');
		expect(stories.en.dates.published.text).toBe('20 March 2030');
		expect(stories.en.dates.modified).toEqual({ iso: '2030-03-25', text: '25 March 2030' });
		// The fixture as it is: published, never updated.
		const plainStory = buildStory(zh, fixtureDataset());
		expect(plainStory.dates.modified).toBeNull();
		expect(plainStory.dates.lastChanged).toBe('2030-03-20');
	});

	it('fail the build when malformed, naming the file and the field', () => {
		const dates = (f: (d: { editions: Record<string, Record<string, string>> }) => void) =>
			failure(withHistory({ dates: f }));
		expect(dates((d) => void (d.editions['zh-CN']!.published = '20 March 2030'))).toMatch(
			new RegExp(
				`${esc(DATES_FILE)}, field "editions.zh-CN.published": published must be written YYYY-MM-DD`
			)
		);
		expect(dates((d) => void (d.editions.en!.modified = '2030-03-19'))).toMatch(
			new RegExp(
				`${esc(DATES_FILE)}, field "editions.en.modified": 2030-03-19 is before the edition was published`
			)
		);
		expect(dates((d) => delete d.editions.en)).toMatch(
			new RegExp(`${esc(DATES_FILE)}, field "editions.en": missing`)
		);
	});
});

describe('the corrections log', () => {
	it('is read newest first, whatever the file’s order', () => {
		expect(dataset.history.corrections.map((c) => [c.id, c.date])).toEqual([
			['canteen-count-bound', '2030-03-25'],
			['income-words', '2030-03-24'],
			['park-headline', '2030-03-22']
		]);
		expect(fixtureDataset().history.corrections).toEqual([]);
	});

	it('shows each correction on its steps, in the edition that had it wrong', () => {
		const on = (story: typeof stories.zh, slug: string) =>
			allSteps(story)
				.find((s) => s.slug === slug)!
				.corrections.map((c) => c.id);
		expect(on(stories.zh, 'park-share')).toEqual(['park-headline']);
		expect(on(stories.en, 'park-share')).toEqual([]);
		// A correction of a figure shows where the step's text gives the figure, in each edition
		// it applies to.
		expect(on(stories.zh, 'street-canteens')).toEqual(['canteen-count-bound']);
		expect(on(stories.en, 'street-canteens')).toEqual(['canteen-count-bound']);
		expect(on(stories.en, 'resident-income')).toEqual(['income-words']);
		expect(on(stories.zh, 'resident-income')).toEqual([]);
		expect(stories.zh.corrections.map((c) => c.id)).toEqual([
			'canteen-count-bound',
			'park-headline'
		]);
		expect(stories.en.corrections.map((c) => c.id)).toEqual([
			'canteen-count-bound',
			'income-words'
		]);
		// Every correction shows on some step of its edition.
		for (const story of Object.values(stories)) {
			const shown = new Set(allSteps(story).flatMap((s) => s.corrections.map((c) => c.id)));
			for (const c of story.corrections) expect(shown.has(c.id), c.id).toBe(true);
		}
	});

	it('writes its figures as the edition does, and no reference is left', () => {
		const of = (story: typeof stories.zh, id: string) =>
			story.corrections.find((c) => c.id === id)!;
		expect(plain(of(stories.zh, 'canteen-count-bound').now)).toBe('现在写作30个以上，与公报一致。');
		expect(plain(of(stories.zh, 'canteen-count-bound').wrong)).toContain('写成30个，');
		expect(plain(of(stories.en, 'canteen-count-bound').now)).toBe(
			`It now gives ${stories.en.figures['canteen-count']!.text}, as the bulletin does.`
		);
		for (const story of Object.values(stories))
			for (const c of story.corrections)
				for (const words of [c.wrong, c.now, c.why]) expect(plain(words)).not.toMatch(/[{}]/);
	});

	it('dates each figure of the export by its last correction, else the publication', () => {
		expect(figureChanged(dataset.history, 'canteen-count')).toBe('2030-03-25');
		expect(figureChanged(dataset.history, 'gdp-growth')).toBe('2030-03-20');
		// A step's correction changes no figure.
		expect(figureChanged(dataset.history, 'park-share')).toBe('2030-03-20');
		// Corrected in the English edition only: the dataset's figure did not change.
		expect(figureChanged(dataset.history, 'resident-income')).toBe('2030-03-20');
	});
});

type Text = Record<string, Record<string, string>>;

describe('a broken corrections log', () => {
	it.each([
		[
			'a malformed date',
			(log: Log) => void (log.corrections[0]!.date = '22 March 2030'),
			`${LOG_FILE}, correction "park-headline", field "date": date must be written YYYY-MM-DD`
		],
		[
			'a figure that does not exist',
			(log: Log) => void (log.corrections[1]!.figures = ['canteen-total']),
			'correction "canteen-count-bound", field "figures.0": unknown figure id "canteen-total"'
		],
		[
			'no words for an edition it corrects',
			(log: Log) => void delete log.corrections[0]!.edition,
			'correction "park-headline", field "text.en": missing'
		],
		[
			'words for an edition it does not correct',
			(log: Log) =>
				void ((log.corrections[2]!.text as Text)['zh-CN'] = {
					wrong: '错。',
					now: '对。',
					why: '因为。'
				}),
			'correction "income-words", field "text.zh-CN": the zh-CN edition is not corrected'
		],
		[
			'a date after the edition’s last update',
			(log: Log) => void (log.corrections[0]!.date = '2030-04-05'),
			`correction "park-headline", field "date": 2030-04-05 is after the zh-CN edition's last update in ${DATES_FILE}`
		],
		[
			'a date before the edition was published',
			(log: Log) => void (log.corrections.at(-1)!.date = '2030-03-19'),
			'correction "income-words", field "date": 2030-03-19 is before the en edition was published'
		],
		[
			'neither steps nor figures',
			(log: Log) => void delete log.corrections[0]!.steps,
			'correction "park-headline", field "steps": a correction names the steps or the figures'
		],
		[
			'an empty reason',
			(log: Log) => void ((log.corrections[0]!.text as Text)['zh-CN']!.why = ' '),
			'correction "park-headline", field "text.zh-CN.why": why must not be empty'
		],
		[
			'a field it does not know',
			(log: Log) => void (log.corrections[0]!.reason = '…'),
			'correction "park-headline", field "reason": unknown field'
		],
		[
			'an id used twice',
			(log: Log) => void (log.corrections[1]!.id = 'park-headline'),
			'correction "park-headline", field "id": duplicate id'
		]
	])('fails the build on %s, naming the file, the correction and the field', (_name, log, want) => {
		expect(failure(withHistory({ log }))).toContain(want);
	});
});

describe('a corrections log the story cannot show', () => {
	it('fails the story’s build on a step it does not have, naming the file and the field', () => {
		const broken = buildDataset(
			withHistory({ log: (log) => void (log.corrections[0]!.steps = ['city-parks']) })
		);
		expect(() => buildStory(zh, broken)).toThrow(StoryError);
		expect(() => buildStory(zh, broken)).toThrow(
			`${LOG_FILE}, correction "park-headline", field "steps.0": no step "city-parks" in the story`
		);
	});

	it('fails on half-width punctuation in its Chinese, naming the field', () => {
		const broken = buildDataset(
			withHistory({
				log: (log) =>
					void ((log.corrections[0]!.text as Text)['zh-CN']!.now =
						'现在写作占建成区面积的比重,与公报一致。')
			})
		);
		expect(() => buildStory(zh, broken)).toThrow(
			'correction "park-headline", field "text.zh-CN.now": half-width punctuation'
		);
	});
});
