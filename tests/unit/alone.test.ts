/**
 * The build's rules for the words that travel alone (src/lib/story/alone.ts, and the estimate rule
 * of copy-check.ts): a step's headline is its own and names its key figure with its qualifier and
 * period; a description gives the key figure, says its period or that the source gives none, and
 * never opens from something before it; any sentence that gives one of the story's own estimates,
 * alt texts included, says so. Each broken rule fails the build, naming the step and the field.
 */
import { describe, expect, it } from 'vitest';
import { en, zh } from '../support/content';
import { loadDataset } from '$lib/server/read-data';
import { allSteps, buildStory, StoryError } from '$lib/story/resolve';
import type { Content, StepContent } from '$lib/story/types';

const dataset = loadDataset('data');

/** The build's problems with an edition after `change` to one of its steps (a copy). */
function problemsWith(content: Content, slug: string, change: (s: StepContent) => void): string[] {
	const copy = structuredClone({ ...content, translation: undefined }) as Content;
	if (content.translation) copy.translation = content.translation;
	change(
		[...copy.opening.steps, ...copy.chapters.flatMap((c) => c.steps)].find((s) => s.slug === slug)!
	);
	try {
		buildStory(copy, dataset);
		return [];
	} catch (error) {
		return (error as StoryError).problems;
	}
}

describe('both editions', () => {
	it('build, every step with a headline of its own and a description', () => {
		for (const content of [zh, en]) {
			const steps = allSteps(buildStory(content, dataset));
			expect(new Set(steps.map((s) => s.headline)).size).toBe(41);
			for (const s of steps) expect(s.description.length, s.slug).toBeGreaterThan(40);
		}
	});

	it('name the report each description comes from, after its words', () => {
		const step = allSteps(buildStory(zh, dataset)).find((s) => s.slug === 'hubei-large')!;
		expect(step.description).toMatch(/。来源：【招商引资】栏目（钟琪文）；推算：本文。$/);
		const english = allSteps(buildStory(en, dataset)).find((s) => s.slug === 'credit-loans')!;
		expect(english.description).toMatch(/\. Source: Xinhua\.$/);
	});
});

describe('a headline', () => {
	it('that repeats another step’s fails the build', () => {
		const found = problemsWith(zh, 'software', (s) => {
			s.headline = '上半年规上工业增加值同比增长{industrial-value-added-growth}';
		});
		expect(found.join('\n')).toMatch(
			/step software: field "headline": the same as step headline-growth's/
		);
	});

	it('without its key figure, or without the period the source gives, fails the build', () => {
		const found = problemsWith(zh, 'robots', (s) => {
			s.headline = '各项指标的同比增速';
		}).join('\n');
		expect(found).toMatch(/step robots: field "headline": does not give its key figure/);
		const period = problemsWith(en, 'software', (s) => {
			s.headline = 'Software business revenue up {software-revenue-growth} year on year';
		}).join('\n');
		expect(period).toMatch(/step software: field "headline": does not name the period/);
	});
});

describe('a description', () => {
	it('that opens from something before it fails the build', () => {
		const zhFound = problemsWith(zh, '5g-sectors', (s) => {
			s.description = `此外，${s.description}`;
		});
		expect(zhFound.join('\n')).toMatch(
			/step 5g-sectors: field "description": opens from something before it \(“此外”\)/
		);
		const enFound = problemsWith(en, 'training-data', (s) => {
			s.description = `That remark by {by:xie-humanoid} opens with these words: ${s.description}`;
		});
		expect(enFound.join('\n')).toMatch(
			/field "description": opens from something before it \(“That”\)/
		);
	});

	it('without its key figure whole (qualifier and unit) fails the build', () => {
		const found = problemsWith(zh, 'green-factories', (s) => {
			s.description = s.description.replace(
				'{green-factories-share}',
				'{green-factories-share|plain}'
			);
		});
		expect(found.join('\n')).toMatch(
			/step green-factories: field "description": does not give its key figure \{green-factories-share\} with its qualifier/
		);
	});

	it('that leaves out the period, or that the source gives none, fails the build', () => {
		const found = problemsWith(en, 'tech-contracts', (s) => {
			s.description = s.description.replace(' in the first half', '');
		});
		expect(found.join('\n')).toMatch(
			/does not name the period of \{tech-contract-turnover-growth\}/
		);
		const none = problemsWith(zh, 'robots', (s) => {
			s.description = s.description.replace('报道没有写明这两个增速的时段。', '');
		});
		expect(none.join('\n')).toMatch(
			/step robots: field "description": does not say that the source gives no period/
		);
	});
});

describe('the story’s own estimates', () => {
	it('an alt text that gives one without saying so fails the build, in either edition', () => {
		const zhFound = problemsWith(zh, 'hubei-started', (s) => {
			s.alt = s.alt.replace('（本文推算）', '');
		});
		expect(zhFound.join('\n')).toMatch(
			/steps\[5\]\.alt: gives \{hubei-started-projects-2024\}, the story's own estimate, without saying so/
		);
		const enFound = problemsWith(en, 'digital-industry', (s) => {
			s.alt = s.alt.replace(' (our estimate)', '');
		});
		expect(enFound.join('\n')).toMatch(/alt: gives \{digital-industry-growth-2024\}/);
	});
});
