/**
 * What search engines and feed readers fetch, written when the site is built: `/sitemap.xml`
 * (every page of both editions, with its other edition and the day it last changed),
 * `/robots.txt` (which points to it) and each edition's Atom feed of its publication and its
 * corrections (`/updates.xml`, `/en/updates.xml`: see $lib/story/address). Every date comes from `data/dates.json` and
 * `data/corrections.json`, never from the build's clock: building again changes nothing.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_LOCALE, languageOf, LOCALES, SOURCE_LOCALE, type Locale } from '$lib/languages';
import { stories } from '$lib/server/story';
import { chapterPath, feedPath, inEdition, pagePath, stepPath } from '$lib/story/address';
import { onSite } from '$lib/story/pages';
import { allSteps } from '$lib/story/steps';
import { plain } from '$lib/story/text';
import type { CorrectionView, StoryView } from '$lib/story/types';

// Where the site is deployed (https://example.org); optional, as for the pages' canonical links.
const siteUrl = (process.env.SITE_URL ?? '').replace(/\/+$/, '');

/**
 * A page's address: absolute when the build knows the site's address, which sitemaps and feeds
 * need; else the path on this host, with the base path (see the README).
 */
const address = (path: string) => (siteUrl ? `${siteUrl}${path}` : onSite(path));

/** Text for XML: in an element or an attribute. */
const xml = (text: string) =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');

/** Every story page's path, the same in each edition: the story, each chapter, each step. */
export function storyPaths(story: StoryView = stories[SOURCE_LOCALE]): string[] {
	return ['/', ...story.chapters.map((c) => chapterPath(c.id)), ...allSteps(story).map(stepPath)];
}

const NO_SITE_URL =
	'<!-- Built without SITE_URL: these addresses are paths. Build with SITE_URL=https://your.host to make them absolute, as search engines need. -->\n';

export function sitemapXml(): string {
	const urls = storyPaths().flatMap((path) => {
		const alternates = [
			...LOCALES.map((l) => ({ lang: languageOf(l).lang, href: address(inEdition(l, path)) })),
			{ lang: 'x-default', href: address(inEdition(DEFAULT_LOCALE, path)) }
		]
			.map((a) => `\t\t<xhtml:link rel="alternate" hreflang="${a.lang}" href="${xml(a.href)}"/>`)
			.join('\n');
		return LOCALES.map(
			(l) =>
				`\t<url>\n\t\t<loc>${xml(address(inEdition(l, path)))}</loc>\n` +
				`\t\t<lastmod>${stories[l].dates.lastChanged}</lastmod>\n${alternates}\n\t</url>`
		);
	});
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		(siteUrl ? '' : NO_SITE_URL) +
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
		`${urls.join('\n')}\n</urlset>\n`
	);
}

export function robotsTxt(): string {
	const sitemap = address('/sitemap.xml');
	return [
		'User-agent: *',
		'Allow: /',
		'',
		...(siteUrl
			? []
			: ['# Built without SITE_URL: crawlers need the address below to be absolute.']),
		`Sitemap: ${sitemap}`,
		''
	].join('\n');
}

/**
 * A stable id for a feed or an entry, that no move of the site changes: a name-based UUID (as
 * version 5 makes them) from what it is, in a URN.
 */
function urn(name: string): string {
	const hex = createHash('sha1').update(`story-updates:${name}`).digest('hex');
	const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
	return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A day as Atom's date-time: the dates are days, taken at midnight UTC. */
const atomTime = (day: string) => `${day}T00:00:00Z`;

/** What a correction concerns, for its entry's title: its steps, else its first figures. */
function concerns(story: StoryView, c: CorrectionView): string {
	const titles = new Map(allSteps(story).map((s) => [s.slug, s.title]));
	const names = c.steps.length
		? c.steps.map((slug) => titles.get(slug) ?? slug)
		: c.figures.map((id) => story.figures[id]?.label ?? id);
	const shown = names.slice(0, 3).join(story.ui.listSeparator);
	return names.length > 3 ? `${shown}…` : shown;
}

function entry(e: { id: string; title: string; day: string; link: string; text: string }) {
	return [
		'\t<entry>',
		`\t\t<id>${e.id}</id>`,
		`\t\t<title>${xml(e.title)}</title>`,
		`\t\t<updated>${atomTime(e.day)}</updated>`,
		`\t\t<link rel="alternate" type="text/html" href="${xml(e.link)}"/>`,
		`\t\t<content type="text">${xml(e.text)}</content>`,
		'\t</entry>'
	].join('\n');
}

/** An edition's feed: its publication and every correction, newest first. */
export function atomFeed(locale: Locale): string {
	const story = stories[locale];
	const { ui } = story;
	const front = address(pagePath(locale));
	const label = (key: 'correctionWrong' | 'correctionNow' | 'correctionWhy') =>
		`${ui[key]}${ui.labelSeparator}`;
	const corrections = story.corrections.map((c) =>
		entry({
			id: urn(`${locale}:correction:${c.id}`),
			title: ui.feedCorrection.replace('%where%', concerns(story, c)),
			day: c.date.iso,
			// Its entry in the log at the end of the story.
			link: `${front}#correction-${c.id}`,
			text: [
				ui.correctedOn.replace('%date%', c.date.text),
				`${label('correctionWrong')}${plain(c.wrong)}`,
				`${label('correctionNow')}${plain(c.now)}`,
				`${label('correctionWhy')}${plain(c.why)}`
			].join('\n')
		})
	);
	const published = entry({
		id: urn(`${locale}:published`),
		title: `${ui.feedPublished}${ui.labelSeparator}${story.meta.title}`,
		day: story.dates.published.iso,
		link: front,
		text: story.meta.description
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${story.lang}">`,
		`\t<id>${urn(`${locale}:feed`)}</id>`,
		`\t<title>${xml(ui.feedTitle.replace('%title%', story.meta.title))}</title>`,
		`\t<updated>${atomTime(story.dates.lastChanged)}</updated>`,
		`\t<author><name>${xml(story.meta.siteName)}</name></author>`,
		`\t<link rel="alternate" type="text/html" href="${xml(front)}"/>`,
		`\t<link rel="self" type="application/atom+xml" href="${xml(address(feedPath(locale)))}"/>`,
		...corrections,
		published,
		'</feed>',
		''
	].join('\n');
}
