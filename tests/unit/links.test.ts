import { describe, expect, it } from 'vitest';
import { slugOfHash, targetOf } from '$lib/story/links';

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
		['/', '#investment', { chapter: 'investment' }]
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
