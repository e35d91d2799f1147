/**
 * What a story page says about itself to search engines: schema.org `NewsArticle` as JSON-LD, with
 * the edition's dates (`data/dates.json`), its language, its preview image, its publisher, the
 * reports it is based on, and for a chapter's or a step's page the story it is part of. Written
 * into the page's head when it is built.
 */
import { SOURCE_LANGUAGE } from '$lib/languages';
import type { StoryView } from './types';

export interface PageFacts {
	/** The page's title and description, as its head gives them. */
	headline: string;
	description: string;
	/** Its address, absolute when the build knew the site's; its preview image's. */
	url: string;
	image: string;
	/** The story's own page, when this page is a chapter's or a step's; else null. */
	partOf: { headline: string; url: string } | null;
}

export function newsArticle(
	story: Pick<StoryView, 'lang' | 'dates' | 'sources' | 'meta'>,
	page: PageFacts
) {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: page.headline,
		description: page.description,
		url: page.url,
		mainEntityOfPage: page.url,
		datePublished: story.dates.published.iso,
		dateModified: story.dates.lastChanged,
		inLanguage: story.lang,
		image: [page.image],
		publisher: { '@type': 'Organization', name: story.meta.siteName },
		// The four reports, as the closing lists them: their titles in this edition, and the
		// original where that is a translation. Who published each is given as the source gives it
		// (one is an unattributed newspaper excerpt), so as a credit, not as an organisation.
		isBasedOn: story.sources.map((s) => ({
			'@type': 'CreativeWork',
			name: s.title,
			...(s.original && { alternateName: s.original }),
			inLanguage: SOURCE_LANGUAGE.lang,
			creditText: s.publisher
		})),
		...(page.partOf && {
			isPartOf: {
				'@type': 'NewsArticle',
				headline: page.partOf.headline,
				url: page.partOf.url
			}
		})
	};
}

/**
 * JSON-LD as the page carries it: a data block, which the browser never runs (the page's script
 * policy does not apply to it), with `<` escaped so that no text in it can end the element.
 */
export const jsonLdScript = (data: unknown) =>
	`<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
