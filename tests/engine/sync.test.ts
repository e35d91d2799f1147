/**
 * The presentation's sync channel reads what arrives as untrusted: only a well-formed message from
 * another of the story's windows passes, rebuilt from its checked fields. The channel is the
 * story's own, named by its folder: here the fixture's (`tests/fixtures/story`), `story-story`.
 */
import { describe, expect, it } from 'vitest';
import { readEnvelope } from '$lib/present/sync';

const SOURCE = 'story-story';
const from = (message: unknown, by = 'other') => ({ source: SOURCE, from: by, message });

describe('readEnvelope', () => {
	it('passes the three messages, rebuilt without anything else they carried', () => {
		expect(readEnvelope(from({ type: 'step', slug: 'street-canteens', extra: 1 }), 'me')).toEqual({
			type: 'step',
			slug: 'street-canteens'
		});
		expect(readEnvelope(from({ type: 'blank', on: true }), 'me')).toEqual({
			type: 'blank',
			on: true
		});
		expect(readEnvelope(from({ type: 'hello' }), 'me')).toEqual({ type: 'hello' });
	});

	it('drops anything malformed, foreign or its own, and never throws', () => {
		const dropped: unknown[] = [
			null,
			undefined,
			'step',
			42,
			[],
			{},
			{ source: 'another-story', from: 'x', message: { type: 'hello' } },
			{ source: SOURCE, message: { type: 'hello' } },
			{ source: SOURCE, from: 7, message: { type: 'hello' } },
			from({ type: 'hello' }, 'me'),
			from(null),
			from(undefined),
			from('step'),
			from({}),
			from({ type: 'step' }),
			from({ type: 'step', slug: 42 }),
			from({ type: 'step', slug: '<img src=x onerror=alert(1)>' }),
			from({ type: 'step', slug: 'a'.repeat(101) }),
			from({ type: 'step', slug: { toString: () => 'street-canteens' } }),
			from({ type: 'blank', on: 'yes' }),
			from({ type: 'blank' }),
			from({ type: 'reload' }),
			from({ type: '__proto__' })
		];
		for (const data of dropped) expect(readEnvelope(data, 'me'), JSON.stringify(data)).toBeNull();
	});
});
