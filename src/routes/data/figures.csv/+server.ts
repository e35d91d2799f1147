/** Every figure of the story as CSV (UTF-8 with a byte-order mark): the export schema in the README. */
import { toCsv } from '$lib/data/export';
import { allFigures, csvResponse } from '$lib/server/export';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => csvResponse(toCsv(allFigures().figures));
