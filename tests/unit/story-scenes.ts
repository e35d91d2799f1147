/** This story, built once for its layout tests: its Chinese edition's steps and scene context. */
import type { SceneSpec } from '$lib/scenes/spec';
import { loadDataset } from '$lib/server/read-data';
import { sceneContext } from '$lib/story/context';
import { allSteps, buildStory } from '$lib/story/resolve';
import { zh as content } from '../support/content';
import { sceneOf as sceneIn } from '../support/marks';

export const story = buildStory(content, loadDataset('data'));
export const ctx = sceneContext(story);
export const steps = allSteps(story);

/** The scene of a step of this story, by slug, checked to be of the type a test expects. */
export const sceneOf = <T extends SceneSpec['type']>(slug: string, type: T) =>
	sceneIn(steps, slug, type);
