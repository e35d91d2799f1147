/**
 * A story page's universal load, for every edition: in the browser it reads the story from
 * the page; at build time it also renders the opening, the article, the closing section and the
 * opening scene.
 */
import type { StoryChapterId } from '$lib/data/vocab';
import { sceneContext } from './context';
import { allSteps } from './steps';
import type { PageFacts } from './types';
import type { loadStoryPage } from '$lib/server/story-page';
import { onSite, storyPage } from './pages';
import {
	ALL_FIGURES,
	chapterPath,
	embedPath,
	feedPath,
	inEdition,
	pagePath,
	previewPath,
	stepFiles
} from './address';

/**
 * What the page's raw-HTML (`@html`) blocks get in the browser, where the HTML written at build
 * time is kept as it is: any text but the empty one (for which Svelte would not keep it); never
 * shown.
 */
const KEPT_AS_BUILT = 'kept as built';

/**
 * What a story page gets in the browser (and at build time, its static HTML besides: the head, the
 * opening, the article, the closing section and the opening scene).
 */
export async function loadStory({
	data: { facts, ...data }
}: {
	data: ReturnType<typeof loadStoryPage>;
}) {
	const { story: browserStory, opensAt } = JSON.parse(facts) as PageFacts;
	const page = { ...data, story: browserStory, opensAt };
	if (!import.meta.env.SSR)
		return {
			...page,
			initial: { slug: opensAt, svg: KEPT_AS_BUILT },
			opening: KEPT_AS_BUILT,
			article: KEPT_AS_BUILT,
			closing: KEPT_AS_BUILT,
			head: KEPT_AS_BUILT
		};
	// Rendering on the server (when the page is built): the opening, the article, the closing
	// section and the opening scene as static HTML. This branch, and the modules it imports, are not in the
	// browser's bundle.
	const { renderArticle, renderClosing, renderHead, renderOpening, renderOpeningScene } =
		await import('$lib/story/static-html');
	const { stories } = await import('$lib/server/story');
	const story = stories[data.locale];
	const ctx = sceneContext(story);
	const step = allSteps(story).find((s) => s.slug === opensAt)!;
	// The graphic's own id for its scene in reading mode (see Graphic.svelte).
	const initial = { slug: opensAt, svg: renderOpeningScene(step, ctx, 'graphic-read') };
	// Each step's files and embed page: on this site, or on the deployed one from the one-file
	// edition (none if its build did not know the site's address).
	const at = !__SINGLE_FILE__
		? onSite
		: data.siteUrl
			? (path: string) => `${data.siteUrl}${path}`
			: null;
	const article = renderArticle({
		story,
		ctx,
		active: opensAt,
		opens: data.step ?? data.chapter,
		// The one-file edition has no chapter pages: there a chapter is a place in the page.
		chapterHref: (id: StoryChapterId) => (__SINGLE_FILE__ ? `#${id}` : storyPage(data.locale, id)),
		// Absolute when the build knows the site's address; the page completes it otherwise.
		chapterUrl: (id: StoryChapterId) => `${data.siteUrl}${inEdition(data.locale, chapterPath(id))}`,
		files: (slug) => (at ? stepFiles(slug, data.locale, at) : null),
		embed: (slug) => (at ? at(embedPath(slug, data.locale)) : null)
	});
	// Every figure to download: on this site, or on the deployed one from the one-file edition (none
	// if its build did not know the site's address).
	const allFigures = !__SINGLE_FILE__
		? { csv: onSite(ALL_FIGURES.csv), json: onSite(ALL_FIGURES.json) }
		: data.siteUrl
			? { csv: `${data.siteUrl}${ALL_FIGURES.csv}`, json: `${data.siteUrl}${ALL_FIGURES.json}` }
			: null;
	const opening = renderOpening({ story });
	const closing = renderClosing({ story, allFigures });
	const head = renderHead({
		meta: data.meta,
		siteName: story.meta.siteName,
		siteUrl: data.siteUrl,
		editions: data.editions,
		locale: data.locale,
		oembed: data.oembed,
		dates: story.dates,
		feed: {
			path: feedPath(data.locale),
			title: story.ui.feedTitle.replace('%title%', story.meta.title)
		},
		structured: await structuredData(data)
	});
	return { ...page, initial, opening, article, closing, head };
}

/** The page's schema.org description for search engines (JSON-LD), for its head. */
async function structuredData(data: Omit<ReturnType<typeof loadStoryPage>, 'facts'>) {
	const { newsArticle, jsonLdScript } = await import('$lib/story/structured');
	const { stories } = await import('$lib/server/story');
	const story = stories[data.locale];
	const address = (path: string) => (data.siteUrl ? `${data.siteUrl}${path}` : onSite(path));
	const image = address(previewPath(data.meta.image));
	const front = pagePath(data.locale);
	return jsonLdScript(
		newsArticle(story, {
			headline: data.meta.title,
			description: data.meta.description,
			url: address(data.meta.path),
			image,
			partOf: data.step || data.chapter ? { headline: story.meta.title, url: address(front) } : null
		})
	);
}

export type StoryPageData = Awaited<ReturnType<typeof loadStory>>;
