/**
 * Each step's share poster, in each edition (`/posters/en/…` in English), 1080 by 1440, drawn when the site is built: a picture to send where a
 * link shows no preview (see $lib/server/images/poster).
 */
import { posterPng, stepPngRoute } from '$lib/server/images/index';
import { stepEntriesInEachEdition } from '$lib/server/story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = stepEntriesInEachEdition;

export const GET: RequestHandler = stepPngRoute(posterPng);
