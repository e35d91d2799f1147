/** Each step's oEmbed document: its embed code, size, title and thumbnail (see $lib/server/embed). */
import { json } from '@sveltejs/kit';
import { embedEntries, oembedDocument } from '$lib/server/embed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => embedEntries().map(({ step }) => ({ slug: step }));

export const GET: RequestHandler = ({ params }) => json(oembedDocument('zh-CN', params.slug));
