/**
 * Rules of the story's content: stable slugs, known scenes, references that resolve, every
 * dataset figure told in its own chapter, and no number in the copy that was typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { zh as content } from '../support/content';
import { SLUG } from '$lib/data/vocab';
import { allSteps, buildStory, StoryError } from '$lib/story/resolve';
import { copyStrings } from '$lib/story/copy';
import { referencesIn } from '$lib/story/text';
import type { Content, StepContent } from '$lib/story/types';
import { SCENE_TYPES, sceneFigureIds } from '$lib/scenes/spec';
import { loadDataset } from '$lib/server/read-data';

const dataset = loadDataset('data');
const story = buildStory(content, dataset);
const steps = allSteps(story);
const stepContents: (StepContent & { chapter: string })[] = [
	...content.opening.steps.map((s) => ({ ...s, chapter: 'opening' })),
	...content.chapters.flatMap((c) => c.steps.map((s) => ({ ...s, chapter: c.id })))
];

/** Every string of copy, with the path to it (scene settings are ids, not copy). */
const strings = (c: Content): [string, string][] =>
	copyStrings(c).map(({ path, text }) => [path, text]);

describe('steps', () => {
	it('number between 30 and 45, with at least 12 distinct scenes', () => {
		expect(steps.length).toBeGreaterThanOrEqual(30);
		expect(steps.length).toBeLessThanOrEqual(45);
		expect(new Set(steps.map((s) => s.scene.type)).size).toBeGreaterThanOrEqual(12);
	});

	it('have unique, readable slugs', () => {
		const slugs = steps.map((s) => s.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const slug of slugs) expect(slug).toMatch(SLUG);
	});

	it('each name a known scene', () => {
		for (const s of steps) expect(SCENE_TYPES).toContain(s.scene.type);
	});

	it('each have a title, text, a caption, a text alternative and speaker notes', () => {
		for (const s of stepContents) {
			expect(s.title.trim(), s.slug).not.toBe('');
			expect(s.text.length, s.slug).toBeGreaterThan(0);
			expect(s.caption.trim(), s.slug).not.toBe('');
			expect(s.alt.length, s.slug).toBeGreaterThan(s.title.length);
			expect(s.notes.trim(), s.slug).not.toBe('');
		}
	});
});

describe('figure references', () => {
	it('all resolve to dataset figures', () => {
		const ids = new Set(dataset.figures.map((f) => f.id));
		for (const [path, text] of strings(content)) {
			for (const ref of referencesIn(text))
				expect(ids.has(ref.id), `${path}: {${ref.id}}`).toBe(true);
		}
	});

	it('an unknown reference fails the build, naming the step and the field', () => {
		const broken = structuredClone(content) as Content;
		broken.chapters[1]!.steps[2]!.text[0] = '成交额{tech-contract-turnovr}';
		const slug = broken.chapters[1]!.steps[2]!.slug;
		expect(() => buildStory(broken, dataset)).toThrow(StoryError);
		expect(() => buildStory(broken, dataset)).toThrow(
			`step ${slug}: field "text.0": unknown figure {tech-contract-turnovr}`
		);
	});

	it('a scene asking for an unknown figure fails the build', () => {
		const broken = structuredClone(content) as Content;
		broken.chapters[0]!.steps[0]!.scene = { type: 'growth-bars', figures: ['no-such-figure'] };
		expect(() => buildStory(broken, dataset)).toThrow(
			/field "scene": unknown figure no-such-figure/
		);
	});

	it('a duplicate slug fails the build', () => {
		const broken = structuredClone(content) as Content;
		broken.chapters[2]!.steps[1]!.slug = broken.chapters[2]!.steps[0]!.slug;
		expect(() => buildStory(broken, dataset)).toThrow(/slug already used/);
	});
});

describe('every dataset figure', () => {
	// What a step shows: the figures its text and caption name, and those its scene draws.
	const shownIn = (s: (typeof stepContents)[number]) =>
		new Set([
			...[...s.text, s.caption].flatMap((t) => referencesIn(t).map((r) => r.id)),
			...sceneFigureIds(s.scene)
		]);

	it.each(dataset.figures.map((f) => [f.id, f.chapter] as const))(
		'%s appears in its chapter (%s)',
		(id, chapter) => {
			const where = stepContents.filter((s) => s.chapter === chapter && shownIn(s).has(id));
			expect(where.length, `${id} is never shown in ${chapter}`).toBeGreaterThan(0);
		}
	);
});

describe('the copy', () => {
	// Digits allowed outside references: dates and periods, and the names that contain digits.
	const ALLOWED = [
		/\d{1,2}(?:至|—)\d{1,2}月/g, // a span of months
		/\d{1,2}月底/g, // the end of a month
		/\d{1,2}月\d{1,2}日/g, // a date
		/\d{1,2}月/g, // a month
		/5G/g, // the network generation
		/51020/g, // the name of Hubei's manufacturing cluster plan
		/[(（]1 ?\+/g, // the 1 of a growth factor, (1 + rate), in a formula
		/\{[^{}]*\}/g // a figure reference
	];

	it('has no digit that does not come from a figure reference, dates and names excepted', () => {
		const typed: string[] = [];
		for (const [path, text] of strings(content)) {
			let rest = text;
			for (const re of ALLOWED) rest = rest.replace(re, '');
			if (/\d/.test(rest)) typed.push(`${path}: ${text}`);
		}
		expect(typed).toEqual([]);
	});

	it('the check catches a hand-typed number', () => {
		let rest = '增长6.4%';
		for (const re of ALLOWED) rest = rest.replace(re, '');
		expect(rest).toMatch(/\d/);
	});

	it('carries the meeting excerpt on competition in the new-energy vehicle industry', () => {
		const list = steps.find((s) => s.scene.type === 'list');
		expect(list).toBeDefined();
		expect(
			list!.text
				.flat()
				.map((t) => t.v)
				.join('')
		).toContain('新能源汽车');
	});
});

describe('the story’s own figures say so', () => {
	const derived = new Set(dataset.figures.filter((f) => f.derivation).map((f) => f.id));
	// A sentence that gives a derived figure names it 推算 (or the story's 倒推), as the chart
	// labels do: in the text, a caption, a chart note, and in what travels alone: the alt text (a
	// screen reader's, and a preview card's), the presenter's notes, the page's title and
	// description.
	const sentencesWithDerived = stepContents.flatMap((s) =>
		[...s.text, s.caption, s.chartNote ?? '', s.alt, s.notes, s.headline, s.description]
			.flatMap((t) => t.split(/(?<=[。！？])/))
			.filter((sentence) => referencesIn(sentence).some((r) => derived.has(r.id)))
			.map((sentence) => [s.slug, sentence] as const)
	);

	it.each(sentencesWithDerived)('%s: %s', (_slug, sentence) => {
		expect(sentence).toMatch(/推算|倒推/);
	});

	it('covers the derived figures the story shows, alt texts and titles among them', () => {
		expect(sentencesWithDerived.length).toBeGreaterThan(30);
	});
});
