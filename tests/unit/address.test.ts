/**
 * Every address the site has comes from one module ($lib/story/address), named from each
 * language's prefix: the default language's at the root, another's under its prefix. These are
 * the names the site has always had (`/en/…`, `/figures/en/…`, `og/en-…`, `story.en.html`, …).
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
import { match as isChapter } from '../../src/params/chapter';
import { match as isPage } from '../../src/params/page';

const [zh, en] = LANGUAGES.map((l) => l.code) as [Locale, Locale];
const opening = { slug: 'press-conference', chapter: 'opening' as const };
const loans = { slug: 'credit-loans', chapter: 'financing' as const };

describe('an edition’s addresses', () => {
	it('pages: the default language’s at the root, another’s under its prefix', () => {
		expect([editionPrefix(zh), editionPrefix(en)]).toEqual(['', '/en']);
		expect([langParam(zh), langParam(en)]).toEqual([undefined, 'en']);
		expect([pagePath(zh), pagePath(en)]).toEqual(['/', '/en']);
		expect(pagePath(en, 'growth')).toBe('/en/growth');
		expect(pagePath(zh, 'financing', 'credit-loans')).toBe('/financing/credit-loans');
		expect(pagePath(en, undefined, 'press-conference')).toBe('/en/press-conference');
		expect(inEdition(en, '/')).toBe('/en');
		expect(stepPagePath(en, loans)).toBe('/en/financing/credit-loans');
		expect(stepPagePath(zh, opening)).toBe('/press-conference');
		expect(chapterPagePath(en, 'opening')).toBe('/en');
		expect(chapterPagePath(zh, 'growth')).toBe('/growth');
		expect([feedPath(zh), feedPath(en)]).toEqual(['/updates.xml', '/en/updates.xml']);
	});

	it('embeds, oEmbed documents and preview images', () => {
		expect(embedPath('credit-loans', zh)).toBe('/embed/credit-loans');
		expect(embedPath('credit-loans', en)).toBe('/en/embed/credit-loans');
		expect(oembedPath('credit-loans', en)).toBe('/en/oembed/credit-loans.json');
		expect(embedScriptPath('abc123')).toBe('/embed/live.abc123.js');
		expect([previewName(zh, 'story'), previewName(en, 'story')]).toEqual(['story', 'en-story']);
		expect(previewPath('en-growth')).toBe('/og/en-growth.png');
		expect(ALL_FIGURES).toEqual({ csv: '/data/figures.csv', json: '/data/figures.json' });
	});

	it('a step’s files to take away, and the names they are saved under', () => {
		const files = (l: Locale) =>
			stepFiles('credit-loans', l, (p) => `.${p}`).map((f) => [f.kind, f.href, f.name]);
		expect(files(zh)).toEqual([
			['csv', './data/credit-loans.csv', 'credit-loans.csv'],
			['svg', './figures/credit-loans.svg', 'credit-loans.svg'],
			['png', './figures/credit-loans.png', 'credit-loans.png'],
			['poster', './posters/credit-loans.png', 'credit-loans-poster.png']
		]);
		expect(files(en)).toEqual([
			['csv', './data/credit-loans.csv', 'credit-loans.csv'],
			['svg', './figures/en/credit-loans.svg', 'credit-loans-en.svg'],
			['png', './figures/en/credit-loans.png', 'credit-loans-en.png'],
			['poster', './posters/en/credit-loans.png', 'credit-loans-en-poster.png']
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
		expect(l.chapterPage('growth')).toBe('/base/en/growth');
		expect(l.link(loans)).toBe('/base/en/financing#credit-loans');
		expect(l.link(opening, 'present')).toBe('/base/en?present#press-conference');
		expect(l.otherEdition(loans, 'read')).toEqual({
			href: '/base/financing#credit-loans',
			lang: LANGUAGES[0]!.lang
		});
		expect(links(zh, false).otherEdition(opening, 'presenter').href).toBe(
			'/base/en?presenter#press-conference'
		);
		expect(l.takeAway('credit-loans')).toEqual({
			csv: '/base/data/credit-loans.csv',
			svg: '/base/figures/en/credit-loans.svg',
			png: '/base/figures/en/credit-loans.png'
		});
	});

	it('from a file: the hash changes, the other edition is the file beside it', () => {
		const l = links(zh, true, 'https://example.org');
		expect(l.link(loans)).toBe('/copy/story.html#credit-loans');
		expect(l.otherEdition(loans, 'read').href).toBe('story.en.html#credit-loans');
		expect(l.publicLink(loans, 'file:///x/story.html')).toBe(
			'https://example.org/financing/credit-loans'
		);
		expect(l.takeAway('credit-loans')?.svg).toBe('https://example.org/figures/credit-loans.svg');
		expect(links(zh, true).takeAway('credit-loans')).toBeNull();
		expect(links(zh, true).publicLink(loans, 'file:///x/story.html')).toBeNull();
	});
});

describe('the story route’s page parameter', () => {
	it('names the front page, a chapter, a step of the opening and a chapter’s step', () => {
		expect(pageParam()).toBe('');
		expect(pageParam('growth')).toBe('growth');
		expect(pageParam(undefined, 'press-conference')).toBe('press-conference');
		expect(pageParam('financing', 'credit-loans')).toBe('financing/credit-loans');
		expect(pageOfParam('', isChapter)).toEqual({});
		expect(pageOfParam(undefined, isChapter)).toEqual({});
		expect(pageOfParam('growth', isChapter)).toEqual({ chapter: 'growth' });
		expect(pageOfParam('press-conference', isChapter)).toEqual({ step: 'press-conference' });
		expect(pageOfParam('financing/credit-loans', isChapter)).toEqual({
			chapter: 'financing',
			step: 'credit-loans'
		});
	});

	it('is matched only as such a page', () => {
		for (const page of ['', 'growth', 'press-conference', 'financing/credit-loans'])
			expect(isPage(page), page).toBe(true);
		for (const page of ['Growth', 'growth/', 'growth/financing', 'a/b/c', 'updates.xml', 'x/y.z'])
			expect(isPage(page), page).toBe(false);
	});
});
