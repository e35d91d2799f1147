/** Each step's oEmbed document, in an edition: its embed code, size, title and thumbnail (see $lib/server/embed). */
import { json } from '@sveltejs/kit';
import { localeAt } from '$lib/languages';
import { embedEntries, oembedDocument } from '$lib/server/embed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	embedEntries().map(({ lang, step }) => ({ lang, slug: step }));

export const GET: RequestHandler = ({ params }) =>
	json(oembedDocument(localeAt(params.lang), params.slug));
