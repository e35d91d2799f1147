/** Reading by keyboard: which key does what, where a key is not the page's, and one step each. */
import { describe, expect, it } from 'vitest';
import { readingKey, stepFrom } from '$lib/story/reading';

/** A stand-in for the element a key was pressed on: it matches the selectors given. */
const on = (...inside: string[]) => ({
	closest: (selector: string) =>
		selector.split(',').some((s) => inside.includes(s.trim())) ? {} : null
});
const key = (k: string, target: unknown = on(), mods = {}) =>
	readingKey({
		key: k,
		target: target as EventTarget,
		metaKey: false,
		ctrlKey: false,
		altKey: false,
		...mods
	});

describe('readingKey', () => {
	it('moves a step with j and k, presents with p', () => {
		expect(key('j')).toBe('next');
		expect(key('J')).toBe('next');
		expect(key('k')).toBe('prev');
		expect(key('p')).toBe('present');
		expect(key('x')).toBeNull();
		expect(key('j', on(), { ctrlKey: true })).toBeNull();
	});

	it('leaves keys alone in a form control, the source panel or a table', () => {
		for (const where of [
			'input',
			'textarea',
			'select',
			'[contenteditable]',
			'[data-trace]',
			'table',
			'.table-wrap'
		])
			for (const k of ['j', 'k', 'p']) expect(key(k, on(where)), `${k} in ${where}`).toBeNull();
	});

	it('opens a figure’s panel with Space, as a button does', () => {
		expect(key(' ', on('a.fig[data-fig]'))).toBe('source');
		expect(key(' ')).toBeNull();
	});
});

describe('stepFrom: one step from the step in view', () => {
	const slugs = ['a', 'b', 'c'];
	it('moves exactly one step, and stops at the ends', () => {
		expect(stepFrom(slugs, 'b', 1, 'at')).toBe('c');
		expect(stepFrom(slugs, 'b', -1, 'at')).toBe('a');
		expect(stepFrom(slugs, 'c', 1, 'at')).toBe('c');
		expect(stepFrom(slugs, 'a', -1, 'at')).toBe('a');
	});
	it('goes to the step in view itself when it is not reached yet, or gone by', () => {
		// Above the first step (the page's top): the next step is the first.
		expect(stepFrom(slugs, 'a', 1, 'ahead')).toBe('a');
		expect(stepFrom(slugs, 'a', -1, 'ahead')).toBe('a');
		// Past the last (the closing): the previous step is the last.
		expect(stepFrom(slugs, 'c', -1, 'behind')).toBe('c');
	});
});
