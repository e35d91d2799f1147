import { resolve } from '$app/paths';
import type { StoryChapterId } from '$lib/data/vocab';
import { sceneContext } from '$lib/story/context';
import type { PageFacts } from '$lib/story/types';
import type { PageLoad } from './$types';

/**
 * What the page's raw-HTML (`@html`) blocks get in the browser, where the HTML written at build
 * time is kept as it is: any text but the empty one (for which Svelte would not keep it); never
 * shown.
 */
const KEPT_AS_BUILT = 'kept as built';

export const load: PageLoad = async ({ data: { facts, ...data } }) => {
	const page = { ...data, ...(JSON.parse(facts) as PageFacts) };
	if (!import.meta.env.SSR) return { ...page, article: KEPT_AS_BUILT, closing: KEPT_AS_BUILT };
	// Rendering on the server (when the page is built): the article and the closing section as
	// static HTML. This branch, and the modules it imports, are not in the browser's bundle.
	const { renderArticle, renderClosing } = await import('$lib/story/static-html');
	const { story } = await import('$lib/server/story');
	const article = renderArticle({
		story,
		ctx: sceneContext(story),
		// The step the page opens at: the one whose scene the server load laid out.
		active: page.initial.slug,
		// The one-file edition has no chapter pages: there a chapter is a place in the page.
		chapterHref: (id: StoryChapterId) =>
			__SINGLE_FILE__ ? `#${id}` : resolve('/[[chapter=chapter]]', { chapter: id }),
		// Absolute when the build knows the site's address; the page completes it otherwise.
		chapterUrl: (id: StoryChapterId) => `${data.siteUrl}/${id}`
	});
	return { ...page, article, closing: renderClosing({ story }) };
};
