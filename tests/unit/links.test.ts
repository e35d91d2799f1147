import { describe, expect, it } from 'vitest';
import { publicLink, slugOfHash, targetOf } from '$lib/story/links';

const steps = [
	{ slug: 'press-conference', chapter: 'opening' as const },
	{ slug: 'industry-growth', chapter: 'growth' as const },
	{ slug: 'credit-loans', chapter: 'financing' as const }
];
const at = (pathname: string, hash = '') => targetOf({ pathname, hash }, steps);

describe('targetOf opens a link at a sensible place', () => {
	it.each([
		['/', '', {}],
		['/', '#press-conference', { step: 'press-conference' }],
		['/growth', '', { chapter: 'growth' }],
		['/growth/', '', { chapter: 'growth' }],
		['/financing', '#credit-loans', { step: 'credit-loans', chapter: 'financing' }],
		// A step named under another chapter's page still opens that step.
		['/growth', '#credit-loans', { step: 'credit-loans', chapter: 'growth' }],
		// An unknown step opens the chapter; an unknown chapter the top.
		['/financing', '#no-such-step', { chapter: 'financing' }],
		['/nowhere', '#credit-loans', { step: 'credit-loans' }],
		['/nowhere', '', {}],
		// The no-script menu links to /growth#growth.
		['/growth', '#growth', { chapter: 'growth' }],
		['/', '#investment', { chapter: 'investment' }],
		// A step's own page; an opening step's page has no chapter.
		['/financing/credit-loans', '', { step: 'credit-loans', chapter: 'financing' }],
		['/financing/credit-loans/', '', { step: 'credit-loans', chapter: 'financing' }],
		['/press-conference', '', { step: 'press-conference' }],
		// The hash goes first; a step under the wrong chapter, or a chapter's step without its
		// chapter, is not that step's page.
		[
			'/financing/credit-loans',
			'#industry-growth',
			{ step: 'industry-growth', chapter: 'financing' }
		],
		['/growth/credit-loans', '', { chapter: 'growth' }],
		['/credit-loans', '', {}],
		['/financing/no-such-step', '', { chapter: 'financing' }]
	])('%s%s', (pathname, hash, want) => {
		expect(at(pathname, hash)).toEqual(want);
	});
});

describe('slugOfHash takes only slugs', () => {
	it.each([
		['#credit-loans', 'credit-loans'],
		['credit-loans', 'credit-loans'],
		['#Credit-Loans', undefined],
		['#%E0%A4%A', undefined],
		['#<script>alert(1)</script>', undefined],
		['#%3Cimg%20src%3Dx%3E', undefined],
		['#a'.repeat(2000), undefined],
		['#', undefined],
		['#credit--loans', undefined]
	])('%s → %s', (hash, want) => {
		expect(slugOfHash(hash)).toBe(want);
	});
});

describe('publicLink: a step’s address a phone in the room can open', () => {
	const credit = steps[2]!;
	const opening = steps[0]!;
	const site = 'https://example.org';

	it('is on the deployed site when the build knew it, from a page or a file on disk', () => {
		for (const fromFile of [false, true]) {
			const where = {
				siteUrl: site,
				fromFile,
				pagePath: '/financing/credit-loans',
				href: fromFile ? 'file:///home/me/story.html#credit-loans' : 'http://localhost:4173/'
			};
			// The step's own page, which previews as that step.
			expect(publicLink(credit, where)).toBe('https://example.org/financing/credit-loans');
			// The English edition's step, on its own page.
			expect(publicLink(credit, { ...where, locale: 'en' })).toBe(
				'https://example.org/en/financing/credit-loans'
			);
			expect(publicLink(opening, { ...where, pagePath: '/press-conference' })).toBe(
				'https://example.org/press-conference'
			);
		}
	});

	it('is the step’s page on this host on a site built without it', () => {
		const where = {
			siteUrl: '',
			fromFile: false,
			pagePath: '/story/financing/credit-loans',
			href: 'https://mirror.example.net/story/growth#industry-growth'
		};
		expect(publicLink(credit, where)).toBe(
			'https://mirror.example.net/story/financing/credit-loans'
		);
	});

	it('is none for a file whose build did not know the site: file:// opens nowhere else', () => {
		const where = {
			siteUrl: '',
			fromFile: true,
			pagePath: '/financing',
			href: 'file:///home/me/story.html'
		};
		expect(publicLink(credit, where)).toBeNull();
	});
});
