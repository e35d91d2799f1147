/** Every figure of the story as JSON: the export schema in the README. */
import { json } from '@sveltejs/kit';
import { allFigures } from '$lib/server/export';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => json(allFigures());
