import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexFigures } from '$lib/data/dataset';
import { buildDataset, DatasetError, type DataFiles } from '$lib/data/validate';
import { readDataFiles } from '$lib/server/read-data';
import { BROKEN_CASES } from '../fixtures/broken-data';

const real = () => readDataFiles('data');
const dataset = buildDataset(real());
const fig = indexFigures(dataset.figures);

describe('the dataset in data/', () => {
	it('validates, with every source figure and the derived ones', () => {
		const derived = dataset.figures.filter((f) => f.derivation);
		expect(dataset.figures).toHaveLength(72);
		expect(derived).toHaveLength(11);
		expect(dataset.parts.map((p) => p.id)).toEqual([
			'xinhua-miit',
			'finance-platform',
			'meeting-excerpt',
			'hubei-investment'
		]);
	});

	it('keeps the qualifiers the source writes', () => {
		expect(fig('green-factories-share')).toMatchObject({ value: 20, qualifier: '超过' });
		expect(fig('tech-contracts-registered')).toMatchObject({
			value: 41,
			unit: '万件',
			qualifier: '近'
		});
		expect(fig('humanoid-training-data')).toMatchObject({
			value: 550,
			unit: '万条',
			qualifier: '多'
		});
		expect(fig('pilot-platform-reserve')).toMatchObject({ value: 2400, qualifier: '余' });
		expect(fig('pilot-platform-target')).toMatchObject({
			value: 5,
			qualifier: '以上',
			kind: 'target'
		});
		expect(fig('platform-financing-total')).toMatchObject({
			value: 1.2,
			unit: '万亿元',
			qualifier: '突破'
		});
	});
});

describe('derived figures', () => {
	// Each expectation is worked by hand from the source figures, not copied from the output.
	const cases: [string, number, string][] = [
		// 9.3% growth, 3.4 points faster than a year earlier: 9.3 − 3.4 = 5.9
		['digital-industry-growth-2024', 5.9, 'exact'],
		// 6.4% growth × 23.3% contribution = 1.4912 points, shown as 约1.5
		['high-tech-pull', 1.5, '约'],
		// 97 categories, 86 reached: 11 not yet
		['5g-categories-not-reached', 11, 'exact'],
		// 86 ÷ 97 = 88.66%
		['5g-category-coverage', 88.7, '约'],
		// 5855 ÷ 55788 = 10.495%
		['cloud-to-software-ratio', 10.5, '约'],
		// over 3e12 yuan ÷ nearly 4.1e5 contracts ≥ 7.317e6 yuan = 731.7万元, a lower bound, floored to tens
		['tech-contract-average-value', 730, '超过'],
		// 241 ÷ 2400-odd ≤ 10.04%: asked to be shown as 约
		['pilot-selection-rate', 10, '约'],
		// over 1.2e12 yuan ÷ nearly 3.4e7 yuan each ≥ 35294 firms = 3.53万, floored to 3.5万
		['platform-beneficiary-firms', 3.5, '超过'],
		// 83 ÷ 4918 = 1.688%
		['hubei-large-project-share', 1.7, '约'],
		// 1660 ÷ 1.086 = 1528.5
		['hubei-started-projects-2024', 1529, '约'],
		// 5889.6亿元 ÷ 1660 = 3.548亿元
		['hubei-average-planned-investment', 3.5, '约']
	];
	it.each(cases)('%s = %s (%s)', (id, value, qualifier) => {
		expect(fig(id).value).toBeCloseTo(value, 9);
		expect(fig(id).qualifier).toBe(qualifier);
		expect(fig(id).source).toBeNull();
		expect(fig(id).derivation?.inputs).toHaveLength(2);
	});
});

/** The real data with one fixture's fault applied. */
function broken(apply: (typeof BROKEN_CASES)[number]['apply']): DataFiles {
	const files = structuredClone(real());
	const byName = Object.fromEntries(
		files.figures.map((f) => [basename(f.path), f.content])
	) as Parameters<typeof apply>[0];
	apply(byName);
	return files;
}

describe('broken data fails with a message naming the file, the figure and the field', () => {
	it.each(BROKEN_CASES)('$name', ({ apply, expect: want }) => {
		let error: unknown;
		try {
			buildDataset(broken(apply));
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(DatasetError);
		const problems = (error as DatasetError).problems;
		const match = problems.find(
			(p) =>
				p.file === want.file && p.figure === JSON.stringify(want.figure) && p.field === want.field
		);
		expect(match, (error as Error).message).toBeDefined();
		expect(match!.message).toMatch(want.message);
		const line = (error as Error).message;
		expect(line).toContain(want.file);
		expect(line).toContain(`figure "${want.figure}"`);
		expect(line).toContain(`field "${want.field}"`);
	});

	it('reports a file that is not JSON by name', async () => {
		const { mkdtempSync, cpSync, writeFileSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const dir = mkdtempSync(join(tmpdir(), 'data-'));
		cpSync('data', dir, { recursive: true });
		writeFileSync(join(dir, 'figures', 'xinhua-miit.json'), '{ "figures": [ }');
		expect(() => readDataFiles(dir, dir)).toThrow(/figures\/xinhua-miit.json: not valid JSON/);
	});

	it('reports a cycle between derived figures', () => {
		const files = broken((f) => {
			const derived = f['derived.json']!.figures;
			(derived[0]!.derived as { inputs: string[] }).inputs = [
				'digital-industry-revenue-growth',
				derived[1]!.id as string
			];
			(derived[1]!.derived as { inputs: string[] }).inputs = [
				'industrial-value-added-growth',
				derived[0]!.id as string
			];
		});
		expect(() => buildDataset(files)).toThrow(
			/field "derived.inputs": the inputs depend on this figure in a cycle/
		);
	});

	it('reports a derived share that comes out over 100', () => {
		const files = broken((f) => {
			const share = f['derived.json']!.figures.find((x) => x.id === 'hubei-large-project-share')!;
			(share.derived as { inputs: string[] }).inputs = [
				'hubei-signed-projects',
				'hubei-large-signed-projects'
			];
		});
		expect(() => buildDataset(files)).toThrow(
			/derived.json, figure "hubei-large-project-share", field "value": a share is part of a whole and must be between 0 and 100/
		);
	});
});

describe('the story’s vocabulary, which the data is validated against', () => {
	const withVocabulary = (change: (vocab: Record<string, unknown>) => void) => {
		const files = structuredClone(real());
		change(files.vocabulary.content as Record<string, unknown>);
		return files;
	};

	it('is read from the story’s folder, not the engine', () => {
		expect(real().vocabulary.path).toBe('stories/miit-h1-2025/vocab.json');
	});

	it('lists its chapters, parts and periods in the messages of the data it rejects', () => {
		const files = broken((f) => {
			f['xinhua-miit.json']!.figures[0]!.chapter = 'prologue';
		});
		expect(() => buildDataset(files)).toThrow(
			/field "chapter": unknown chapter "prologue" \(known: opening, growth, innovation, financing, investment\)/
		);
	});

	it('follows the story: a chapter the story adds is one a figure may belong to', () => {
		const files = withVocabulary((vocab) => (vocab.chapters as string[]).push('prologue'));
		(
			files.figures.find((f) => f.path.endsWith('xinhua-miit.json'))!.content as {
				figures: { chapter: string }[];
			}
		).figures[0]!.chapter = 'prologue';
		expect(buildDataset(files).figures.some((f) => f.chapter === 'prologue')).toBe(true);
	});

	it('fails the build, naming its file and field, when it is inconsistent', () => {
		const files = withVocabulary((vocab) => {
			vocab.openingChapter = 'prologue';
			vocab.unstated = 'h1';
		});
		expect(() => buildDataset(files)).toThrow(
			/stories\/miit-h1-2025\/vocab.json, field "openingChapter": "prologue" is not one of the chapters/
		);
		expect(() => buildDataset(files)).toThrow(
			/vocab.json, field "unstated": the period of a sentence that gives none has no words/
		);
		expect(() => buildDataset(withVocabulary((vocab) => delete vocab.parts))).toThrow(
			/vocab.json, field "parts": missing/
		);
	});
});

describe('the source’s date, the one year the story shows', () => {
	const withDate = (date: string) => {
		const files = real();
		(files.sources.content as { date: string }).date = date;
		return files;
	};

	it('is recorded once, in data/sources.json, and is a date the source states', () => {
		expect(dataset.date).toBe('2025-07-18');
		expect(fig('press-conference-date')).toMatchObject({ month: 7, value: 18 });
	});

	it('fails the build, naming the file and the field, when no figure states it', () => {
		expect(() => buildDataset(withDate('2025-07-19'))).toThrow(
			/data\/sources.json, field "date": no date figure states 7月19日/
		);
		expect(() => buildDataset(withDate('18 July 2025'))).toThrow(/YYYY-MM-DD/);
	});

	it('gives the year every page shows: change it, and every year changes with it', async () => {
		const { zh: content } = await import('../support/content');
		const { buildStory } = await import('$lib/story/resolve');
		const story = buildStory(content, buildDataset(withDate('2031-07-18')));
		expect(story.year).toBe(2031);
		expect(story.meta.description).toMatch(/^据新华社报道，2031年上半年/);
		expect(story.opening.kicker).toContain('2031年');
		expect(story.figures['industrial-value-added-growth']!.periodLabel).toBe('2031年上半年');
		expect(JSON.stringify(story)).not.toContain('2025年');
	});
});
