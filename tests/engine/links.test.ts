/**
 * Where a link opens (`targetOf`), which hashes are slugs, and a step's public address: on the
 * fixture story's chapters and steps (its opening, `city` and `residents`), so they hold for any
 * story's. A step of the opening has no chapter in its address; a chapter's step has its chapter.
 */
import { describe, expect, it } from 'vitest';
import { publicLink, slugOfHash, targetOf } from '$lib/story/links';
import { allSteps } from '$lib/story/resolve';
import { fixtureStory } from './fixture';

const steps = allSteps(fixtureStory('zh-CN')).map(({ slug, chapter }) => ({ slug, chapter }));
const step = (slug: string) => steps.find((s) => s.slug === slug)!;
const at = (pathname: string, hash = '') => targetOf({ pathname, hash }, steps);

describe('the steps these tests link to', () => {
	it('are an opening step and a step of each of two chapters', () => {
		expect(step('report-date').chapter).toBe('opening');
		expect(step('industry-growth').chapter).toBe('city');
		expect(step('street-canteens').chapter).toBe('residents');
	});
});

describe('targetOf opens a link at a sensible place', () => {
	it.each([
		['/', '', {}],
		['/', '#report-date', { step: 'report-date' }],
		['/city', '', { chapter: 'city' }],
		['/city/', '', { chapter: 'city' }],
		['/residents', '#street-canteens', { step: 'street-canteens', chapter: 'residents' }],
		// A step named under another chapter's page still opens that step.
		['/city', '#street-canteens', { step: 'street-canteens', chapter: 'city' }],
		// An unknown step opens the chapter; an unknown chapter the top.
		['/residents', '#no-such-step', { chapter: 'residents' }],
		['/nowhere', '#street-canteens', { step: 'street-canteens' }],
		['/nowhere', '', {}],
		// The no-script menu links to /city#city.
		['/city', '#city', { chapter: 'city' }],
		['/', '#residents', { chapter: 'residents' }],
		// The opening is no chapter page.
		['/opening', '', {}],
		// A step's own page; an opening step's page has no chapter.
		['/residents/street-canteens', '', { step: 'street-canteens', chapter: 'residents' }],
		['/residents/street-canteens/', '', { step: 'street-canteens', chapter: 'residents' }],
		['/report-date', '', { step: 'report-date' }],
		// The hash goes first; a step under the wrong chapter, or a chapter's step without its
		// chapter, is not that step's page.
		[
			'/residents/street-canteens',
			'#industry-growth',
			{ step: 'industry-growth', chapter: 'residents' }
		],
		['/city/street-canteens', '', { chapter: 'city' }],
		['/street-canteens', '', {}],
		['/residents/no-such-step', '', { chapter: 'residents' }]
	])('%s%s', (pathname, hash, want) => {
		expect(at(pathname, hash)).toEqual(want);
	});

	it('opens every step of the story from its own page and from a hash', () => {
		for (const s of steps) {
			const chapter = s.chapter === 'opening' ? undefined : s.chapter;
			const want = chapter ? { step: s.slug, chapter } : { step: s.slug };
			expect(at(chapter ? `/${chapter}/${s.slug}` : `/${s.slug}`), s.slug).toEqual(want);
			expect(at(chapter ? `/${chapter}` : '/', `#${s.slug}`), s.slug).toEqual(want);
		}
	});
});

describe('slugOfHash takes only slugs', () => {
	it.each([
		['#street-canteens', 'street-canteens'],
		['street-canteens', 'street-canteens'],
		['#Street-Canteens', undefined],
		['#%E0%A4%A', undefined],
		['#<script>alert(1)</script>', undefined],
		['#%3Cimg%20src%3Dx%3E', undefined],
		['#a'.repeat(2000), undefined],
		['#', undefined],
		['#street--canteens', undefined]
	])('%s → %s', (hash, want) => {
		expect(slugOfHash(hash)).toBe(want);
	});
});

describe('publicLink: a step’s address a phone in the room can open', () => {
	const canteens = step('street-canteens');
	const opening = step('report-date');
	const site = 'https://example.org';

	it('is on the deployed site when the build knew it, from a page or a file on disk', () => {
		for (const fromFile of [false, true]) {
			const where = {
				siteUrl: site,
				fromFile,
				pagePath: '/residents/street-canteens',
				href: fromFile ? 'file:///home/me/story.html#street-canteens' : 'http://localhost:4173/'
			};
			// The step's own page, which previews as that step.
			expect(publicLink(canteens, where)).toBe('https://example.org/residents/street-canteens');
			// The English edition's step, on its own page.
			expect(publicLink(canteens, { ...where, locale: 'en' })).toBe(
				'https://example.org/en/residents/street-canteens'
			);
			expect(publicLink(opening, { ...where, pagePath: '/report-date' })).toBe(
				'https://example.org/report-date'
			);
		}
	});

	it('is the step’s page on this host on a site built without it', () => {
		const where = {
			siteUrl: '',
			fromFile: false,
			pagePath: '/story/residents/street-canteens',
			href: 'https://mirror.example.net/story/city#industry-growth'
		};
		expect(publicLink(canteens, where)).toBe(
			'https://mirror.example.net/story/residents/street-canteens'
		);
	});

	it('is none for a file whose build did not know the site: file:// opens nowhere else', () => {
		const where = {
			siteUrl: '',
			fromFile: true,
			pagePath: '/residents',
			href: 'file:///home/me/story.html'
		};
		expect(publicLink(canteens, where)).toBeNull();
	});
});
