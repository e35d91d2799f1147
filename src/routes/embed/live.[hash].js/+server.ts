/** The embed pages' one script, named by the hash of its text (see $lib/server/embed-script). */
import { error } from '@sveltejs/kit';
import { embedScript } from '$lib/server/embed-script';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => [{ hash: (await embedScript()).hash }];

export const GET: RequestHandler = async ({ params }) => {
	const { hash, code } = await embedScript();
	if (params.hash !== hash) error(404, `No embed script ${params.hash}`);
	return new Response(code, { headers: { 'content-type': 'text/javascript' } });
};
