/**
 * Each step's scene as a PNG, in each edition's words, drawn from its SVG file at twice its size
 * (1200 pixels wide, with its title, note and source around the chart), for slides.
 */
import { scenePng, stepPngRoute } from '$lib/server/images/index';
import { stepEntriesInEachEdition } from '$lib/server/story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = stepEntriesInEachEdition;

export const GET: RequestHandler = stepPngRoute(scenePng);
