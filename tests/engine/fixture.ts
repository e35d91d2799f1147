/**
 * The engine's fixture story (tests/fixtures/story), loaded as the site loads a story: both
 * editions' copy, its dataset against its own vocabulary, and the story resolved from them. The
 * engine's tests run on it, not on the real story, so they hold for any story.
 */
import { loadEdition, type TranslationRules } from '$lib/copy/load';
import { loadDataset, readDataFiles } from '$lib/server/read-data';
import { storyConfig } from '$lib/server/story-config';
import { buildStory } from '$lib/story/resolve';
import rules from '../fixtures/story/rules/en';

/** The fixture story's folder, relative to the project. */
export const FIXTURE = 'tests/fixtures/story';

/** The checker rules of each translated edition. */
export const FIXTURE_RULES: Record<string, TranslationRules> = { en: rules };

export const config = storyConfig(FIXTURE);

/** One edition of the fixture, as the loader gives it. */
export const fixtureEdition = (code: string, dir = FIXTURE) =>
	loadEdition(dir, code, { rules: FIXTURE_RULES[code] });

export const fixtureDataset = () => loadDataset(config.data, undefined, config.vocabulary);

/** The fixture's data files as read, before validation: a test may change them and build them. */
export const fixtureDataFiles = () => readDataFiles(config.data, undefined, config.vocabulary);

export const fixtureStory = (code: string) =>
	buildStory(fixtureEdition(code).content, fixtureDataset());
