/**
 * Loads and checks a story folder as its build would: each edition's copy (with its checker
 * rules), the dataset against the story's vocabulary, and the story resolved from them. Imported
 * through Vite's module runner with the dataset plugin serving that story (see
 * tests/engine/new-story.test.ts), so the engine reads that story's vocabulary, not another's.
 */
import { loadEdition, storyLanguages, type TranslationRules } from '$lib/copy/load';
import { loadDataset } from '$lib/server/read-data';
import { storyConfig } from '$lib/server/story-config';
import { allSteps, buildStory } from '$lib/story/resolve';

/**
 * Each edition's step slugs, in reading order; throws what the build would throw. `rules` are the
 * translated editions' checker rules (the story's `rules/<code>.ts`), imported by the caller.
 */
export function checkStory(
	dir: string,
	rules: Record<string, TranslationRules> = {}
): Record<string, string[]> {
	const config = storyConfig(dir);
	const dataset = loadDataset(config.data, undefined, config.vocabulary);
	const steps: Record<string, string[]> = {};
	for (const code of storyLanguages(dir)) {
		const { content } = loadEdition(dir, code, { rules: rules[code] });
		steps[code] = allSteps(buildStory(content, dataset)).map((s) => s.slug);
	}
	return steps;
}
