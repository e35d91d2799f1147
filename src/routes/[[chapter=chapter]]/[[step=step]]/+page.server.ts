import { loadStoryPage, storyEntries } from '$lib/server/story-page';
import type { EntryGenerator, PageServerLoad } from './$types';

// The Chinese edition: `/`, each chapter's page and each step's page (`/financing/credit-loans`).
export const entries: EntryGenerator = storyEntries;
export const load: PageServerLoad = ({ params }) => loadStoryPage('zh-CN', params);
