/**
 * Every address the site has comes from one module ($lib/story/address), named from each
 * language's prefix: the default language's at the root, another's under its prefix. These are
 * the names the site has always had (`/en/…`, `/figures/en/…`, `og/en-…`, `story.en.html`, …),
 * here for the fixture story's chapters and steps (its opening, `city` and `residents`).
 */
import { describe, expect, it } from 'vitest';
import {
	ALL_FIGURES,
	chapterPagePath,
	editionPrefix,
	embedPath,
	embedScriptPath,
	feedPath,
	inEdition,
	langParam,
	oembedPath,
	pageLinks,
	pageOfParam,
	pageParam,
	pagePath,
	previewName,
	previewPath,
	singleFileName,
	stepFiles,
	stepPagePath
} from '$lib/story/address';
import { LANGUAGES, type Locale } from '$lib/languages';
import { allSteps } from '$lib/story/resolve';
import { OPENING } from '$lib/story/vocabulary';
import { match as isChapter } from '../../src/params/chapter';
import { match as isPage } from '../../src/params/page';
import { fixtureStory } from './fixture';

const [zh, en] = LANGUAGES.map((l) => l.code) as [Locale, Locale];
const opening = { slug: 'report-date', chapter: 'opening' as const };
const canteens = { slug: 'street-canteens', chapter: 'residents' as const };

describe('an edition’s addresses', () => {
	it('pages: the default language’s at the root, another’s under its prefix', () => {
		expect([editionPrefix(zh), editionPrefix(en)]).toEqual(['', '/en']);
		expect([langParam(zh), langParam(en)]).toEqual([undefined, 'en']);
		expect([pagePath(zh), pagePath(en)]).toEqual(['/', '/en']);
		expect(pagePath(en, 'city')).toBe('/en/city');
		expect(pagePath(zh, 'residents', 'street-canteens')).toBe('/residents/street-canteens');
		expect(pagePath(en, undefined, 'report-date')).toBe('/en/report-date');
		expect(inEdition(en, '/')).toBe('/en');
		expect(stepPagePath(en, canteens)).toBe('/en/residents/street-canteens');
		expect(stepPagePath(zh, opening)).toBe('/report-date');
		expect(chapterPagePath(en, 'opening')).toBe('/en');
		expect(chapterPagePath(zh, 'city')).toBe('/city');
		expect([feedPath(zh), feedPath(en)]).toEqual(['/updates.xml', '/en/updates.xml']);
	});

	it('embeds, oEmbed documents and preview images', () => {
		expect(embedPath('street-canteens', zh)).toBe('/embed/street-canteens');
		expect(embedPath('street-canteens', en)).toBe('/en/embed/street-canteens');
		expect(oembedPath('street-canteens', en)).toBe('/en/oembed/street-canteens.json');
		expect(embedScriptPath('abc123')).toBe('/embed/live.abc123.js');
		expect([previewName(zh, 'story'), previewName(en, 'story')]).toEqual(['story', 'en-story']);
		expect(previewPath('en-city')).toBe('/og/en-city.png');
		expect(ALL_FIGURES).toEqual({ csv: '/data/figures.csv', json: '/data/figures.json' });
	});

	it('a step’s files to take away, and the names they are saved under', () => {
		const files = (l: Locale) =>
			stepFiles('street-canteens', l, (p) => `.${p}`).map((f) => [f.kind, f.href, f.name]);
		expect(files(zh)).toEqual([
			['csv', './data/street-canteens.csv', 'street-canteens.csv'],
			['svg', './figures/street-canteens.svg', 'street-canteens.svg'],
			['png', './figures/street-canteens.png', 'street-canteens.png'],
			['poster', './posters/street-canteens.png', 'street-canteens-poster.png']
		]);
		expect(files(en)).toEqual([
			['csv', './data/street-canteens.csv', 'street-canteens.csv'],
			['svg', './figures/en/street-canteens.svg', 'street-canteens-en.svg'],
			['png', './figures/en/street-canteens.png', 'street-canteens-en.png'],
			['poster', './posters/en/street-canteens.png', 'street-canteens-en-poster.png']
		]);
	});

	it('the one-file editions', () => {
		expect([singleFileName(zh), singleFileName(en)]).toEqual(['story.html', 'story.en.html']);
	});
});

describe('a story page’s links', () => {
	const links = (locale: Locale, fromFile: boolean, siteUrl = '') =>
		pageLinks({
			locale,
			siteUrl,
			at: (p) => `/base${p}`,
			fromFile: () => fromFile,
			pathname: () => '/copy/story.html'
		});

	it('on the site: chapter pages, a step in a mode, the other edition at the same step', () => {
		const l = links(en, false);
		expect(l.chapterPage('city')).toBe('/base/en/city');
		expect(l.link(canteens)).toBe('/base/en/residents#street-canteens');
		expect(l.link(opening, 'present')).toBe('/base/en?present#report-date');
		expect(l.otherEdition(canteens, 'read')).toEqual({
			href: '/base/residents#street-canteens',
			lang: LANGUAGES[0]!.lang
		});
		expect(links(zh, false).otherEdition(opening, 'presenter').href).toBe(
			'/base/en?presenter#report-date'
		);
		expect(l.takeAway('street-canteens')).toEqual({
			csv: '/base/data/street-canteens.csv',
			svg: '/base/figures/en/street-canteens.svg',
			png: '/base/figures/en/street-canteens.png'
		});
	});

	it('from a file: the hash changes, the other edition is the file beside it', () => {
		const l = links(zh, true, 'https://example.org');
		expect(l.link(canteens)).toBe('/copy/story.html#street-canteens');
		expect(l.otherEdition(canteens, 'read').href).toBe('story.en.html#street-canteens');
		expect(l.publicLink(canteens, 'file:///x/story.html')).toBe(
			'https://example.org/residents/street-canteens'
		);
		expect(l.takeAway('street-canteens')?.svg).toBe(
			'https://example.org/figures/street-canteens.svg'
		);
		expect(links(zh, true).takeAway('street-canteens')).toBeNull();
		expect(links(zh, true).publicLink(canteens, 'file:///x/story.html')).toBeNull();
	});
});

describe('the story route’s page parameter', () => {
	it('names the front page, a chapter, a step of the opening and a chapter’s step', () => {
		expect(pageParam()).toBe('');
		expect(pageParam('city')).toBe('city');
		expect(pageParam(undefined, 'report-date')).toBe('report-date');
		expect(pageParam('residents', 'street-canteens')).toBe('residents/street-canteens');
		expect(pageOfParam('', isChapter)).toEqual({});
		expect(pageOfParam(undefined, isChapter)).toEqual({});
		expect(pageOfParam('city', isChapter)).toEqual({ chapter: 'city' });
		expect(pageOfParam('report-date', isChapter)).toEqual({ step: 'report-date' });
		expect(pageOfParam('residents/street-canteens', isChapter)).toEqual({
			chapter: 'residents',
			step: 'street-canteens'
		});
	});

	it('is matched only as such a page', () => {
		for (const page of ['', 'city', 'report-date', 'residents/street-canteens'])
			expect(isPage(page), page).toBe(true);
		for (const page of ['City', 'city/', 'city/residents', 'a/b/c', 'updates.xml', 'x/y.z'])
			expect(isPage(page), page).toBe(false);
	});
});

describe('every step of the story, in each edition', () => {
	it('has a page the story route matches and reads back to that step, in its chapter', () => {
		const stories = LANGUAGES.map((l) => fixtureStory(l.code));
		expect(stories.flatMap(allSteps)).toHaveLength(12);
		for (const story of stories)
			for (const step of allSteps(story)) {
				const chapter = step.chapter === OPENING ? undefined : step.chapter;
				const param = pageParam(chapter, step.slug);
				expect(isPage(param), param).toBe(true);
				expect(pageOfParam(param, isChapter), param).toEqual(
					chapter ? { chapter, step: step.slug } : { step: step.slug }
				);
				const path = stepPagePath(story.locale, step);
				expect(path, step.slug).toBe(`${editionPrefix(story.locale)}/${param}`);
			}
	});
});
