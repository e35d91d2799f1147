import { loadStoryPage, storyEntries } from '$lib/server/story-page';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every edition: the default language's at the root (`/`, `/growth`, `/financing/credit-loans`),
// each other's under its prefix (`/en`, `/en/growth`), with the same chapters and steps.
export const entries: EntryGenerator = storyEntries;
export const load: PageServerLoad = ({ params }) => loadStoryPage(params);
