import { describe, expect, it } from 'vitest';
import { move, readKey, type Command } from '$lib/present/keys';

const TOTAL = 41;
const command = (key: string, buffer = '') => readKey(key, buffer, TOTAL).command;

describe('readKey: what each key does in presentation mode', () => {
	it.each([
		['ArrowRight', 'next'],
		['ArrowDown', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['Enter', 'next'],
		['ArrowLeft', 'prev'],
		['ArrowUp', 'prev'],
		['PageUp', 'prev'],
		['Home', 'first'],
		['End', 'last'],
		['f', 'fullscreen'],
		['F', 'fullscreen'],
		['b', 'blank'],
		['.', 'blank'],
		['s', 'presenter'],
		['q', 'qr'],
		['t', 'theme'],
		['T', 'theme'],
		['h', 'help'],
		['?', 'help'],
		['Escape', 'exit'],
		['l', 'language'],
		['L', 'language'],
		['j', 'next'],
		['k', 'prev'],
		['i', 'source'],
		['I', 'source']
	])('%j → %s', (key, type) => {
		expect(command(key)?.type).toBe(type);
	});

	it('ignores keys it does not know', () => {
		expect(command('x')).toBeNull();
		expect(command('Tab')).toBeNull();
	});

	it('collects digits, then Enter jumps to that step (1-based)', () => {
		let state = readKey('1', '', TOTAL);
		expect(state).toEqual({ command: null, buffer: '1' });
		state = readKey('2', state.buffer, TOTAL);
		expect(state.buffer).toBe('12');
		expect(readKey('Enter', state.buffer, TOTAL)).toEqual({
			command: { type: 'goto', index: 11 },
			buffer: ''
		});
	});

	it('clamps a jump to the steps there are', () => {
		expect(readKey('Enter', '999', TOTAL).command).toEqual({ type: 'goto', index: TOTAL - 1 });
		expect(readKey('Enter', '0', TOTAL).command).toEqual({ type: 'goto', index: 0 });
	});

	it('lets Backspace and Escape edit or clear the number without leaving', () => {
		expect(readKey('Backspace', '12', TOTAL)).toEqual({ command: null, buffer: '1' });
		expect(readKey('Escape', '12', TOTAL)).toEqual({ command: null, buffer: '' });
		// Any other key forgets the number.
		expect(readKey('ArrowRight', '12', TOTAL)).toEqual({ command: { type: 'next' }, buffer: '' });
	});

	it('keeps at most three digits', () => {
		expect(readKey('4', '123', TOTAL).buffer).toBe('234');
	});
});

describe('move: where a command goes', () => {
	const go = (type: Command['type'], index: number, extra = {}) =>
		move({ type, ...extra } as Command, index, TOTAL);
	it.each([
		['next', 5, 6],
		['next', TOTAL - 1, TOTAL - 1],
		['prev', 5, 4],
		['prev', 0, 0],
		['first', 20, 0],
		['last', 3, TOTAL - 1],
		['blank', 7, 7],
		['qr', 7, 7]
	] as const)('%s from %i → %i', (type, from, to) => {
		expect(go(type, from)).toBe(to);
	});
	it('goto stays within the story', () => {
		expect(go('goto', 0, { index: 17 })).toBe(17);
		expect(go('goto', 0, { index: 400 })).toBe(TOTAL - 1);
		expect(go('goto', 0, { index: -3 })).toBe(0);
	});
});
