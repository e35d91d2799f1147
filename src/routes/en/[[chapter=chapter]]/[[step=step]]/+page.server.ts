import { loadStoryPage, storyEntries } from '$lib/server/story-page';
import type { EntryGenerator, PageServerLoad } from './$types';

// The English edition: `/en`, each chapter's page (`/en/growth`) and each step's page
// (`/en/financing/credit-loans`), with the same chapters and steps as the Chinese.
export const entries: EntryGenerator = storyEntries;
export const load: PageServerLoad = ({ params }) => loadStoryPage('en', params);
