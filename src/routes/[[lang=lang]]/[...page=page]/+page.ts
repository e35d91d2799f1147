import { loadStory } from '$lib/story/page-load';
import type { PageLoad } from './$types';

export const load: PageLoad = loadStory;
