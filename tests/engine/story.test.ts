/**
 * The engine on a story it was not written for: the fixture story (tests/fixtures/story), an
 * invented city's bulletin. Its copy loads in both editions, its dataset validates against its own
 * vocabulary, every step resolves, and each of its scene types lays out with its figures formatted
 * as the engine formats every figure, qualifier included. The real story keeps its own tests.
 */
import { describe, expect, it } from 'vitest';
import { LAYOUTS, layoutScene } from '$lib/scenes/layouts';
import type { Size } from '$lib/scenes/marks';
import { sceneContext } from '$lib/story/context';
import { allSteps } from '$lib/story/resolve';
import { fixtureDataset, fixtureEdition, fixtureStory } from './fixture';

const CODES = ['zh-CN', 'en'] as const;
const SLUGS = [
	'report-date',
	'city-growth',
	'industry-growth',
	'park-share',
	'resident-income',
	'street-canteens'
];
const DESKTOP: Size = { width: 900, height: 640 };
const PHONE: Size = { width: 390, height: 480 };

describe('the fixture story', () => {
	it('loads its copy in both editions, the English one with its translation', () => {
		for (const code of CODES) {
			const { content, notFound } = fixtureEdition(code);
			expect(content.meta.title, code).toMatch(code === 'en' ? /Qinghe/ : /青禾市/);
			expect(content.opening.steps.map((s) => s.slug)).toEqual(SLUGS.slice(0, 2));
			expect(content.chapters.map((c) => c.id)).toEqual(['city', 'residents']);
			expect(content.chapters.map((c) => c.steps.length)).toEqual([2, 2]);
			expect(Object.keys(notFound.chapters)).toEqual(['city', 'residents']);
		}
		expect(fixtureEdition('en').content.translation).toBeDefined();
		expect(fixtureEdition('zh-CN').content.translation).toBeUndefined();
	});

	it('has a dataset that validates against its own vocabulary', () => {
		const dataset = fixtureDataset();
		expect(dataset.figures.map((f) => f.id).sort()).toEqual(
			[
				'gdp-growth',
				'industry-growth',
				'park-share',
				'report-date',
				'resident-income',
				'income-growth',
				'street-count',
				'canteen-streets',
				'canteen-count',
				'canteen-share'
			].sort()
		);
		// One figure the story derives: its own estimate, from two of the source's.
		expect(dataset.figures.filter((f) => f.derivation).map((f) => f.id)).toEqual(['canteen-share']);
		expect(dataset.date).toBe('2030-03-12');
		expect(dataset.claims.map((c) => c.id)).toEqual(['lin-steady']);
	});

	for (const code of CODES)
		it(`resolves every step in ${code}, in reading order, with its scene and figures`, () => {
			const story = fixtureStory(code);
			const steps = allSteps(story);
			expect(steps.map((s) => s.slug)).toEqual(SLUGS);
			expect(steps.map((s) => s.scene.type)).toEqual([
				'calendar',
				'big-number',
				'growth-bars',
				'share',
				'big-number',
				'unit-grid'
			]);
			for (const step of steps) {
				expect(step.headline, step.slug).not.toBe('');
				expect(step.text.length, step.slug).toBeGreaterThan(0);
				expect(step.figures.length, step.slug).toBeGreaterThan(0);
			}
		});
});

describe('each of its scene types', () => {
	for (const code of CODES) {
		const story = fixtureStory(code);
		const ctx = sceneContext(story);
		const text = (id: string) => story.figures[id]!.text;
		for (const step of allSteps(story))
			it(`lays out ${step.scene.type} (${step.slug}, ${code}) with its figures formatted`, () => {
				expect(LAYOUTS).toHaveProperty(step.scene.type);
				for (const size of [DESKTOP, PHONE]) {
					const marks = layoutScene(step.scene, ctx, size);
					// A big number is its text; every other scene draws shapes too.
					const drawn = marks.rects.length + marks.paths.length + marks.rules.length;
					if (step.scene.type !== 'big-number')
						expect(drawn, `${step.slug} at ${size.width}`).toBeGreaterThan(0);
					expect(marks.texts.length, `${step.slug} at ${size.width}`).toBeGreaterThan(0);
					const words = marks.texts.map((t) => t.text).join(' | ');
					// The figure the step is about, as the formatter writes it (its qualifier in it).
					if (step.scene.type !== 'calendar')
						expect(words, step.slug).toContain(text(step.keyFigure!).replace(/\s+/g, ' '));
				}
			});
		it(`formats a qualified figure with its qualifier (${code})`, () => {
			expect(text('park-share')).toBe(code === 'en' ? 'over 38%' : '超过38%');
			const marks = layoutScene({ type: 'share', figure: 'park-share' }, ctx, DESKTOP);
			expect(marks.texts.map((t) => t.text).join(' ')).toContain(text('park-share'));
		});
	}
});
