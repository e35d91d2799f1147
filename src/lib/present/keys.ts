/**
 * What a key does in presentation mode. Pure, so every key is unit-tested: clickers send
 * PageDown/PageUp (and often "." or "b" for a blank screen); a number typed then Enter jumps;
 * `t` switches the projector theme, `h` or `?` shows the keys, `l` opens the other edition (the
 * same step, still presenting), `i` opens the source panel of the caption's figures, one after
 * another; `j` and `k` move a step, as they do while reading.
 */
export type Command =
	| { type: 'next' }
	| { type: 'prev' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'goto'; index: number }
	| { type: 'fullscreen' }
	| { type: 'blank' }
	| { type: 'presenter' }
	| { type: 'qr' }
	| { type: 'theme' }
	| { type: 'help' }
	| { type: 'language' }
	| { type: 'source' }
	| { type: 'exit' };

export interface KeyResult {
	command: Command | null;
	/** Digits typed so far, waiting for Enter. */
	buffer: string;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'Enter', 'j', 'J']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'k', 'K']);

/** The command for `key`, given the digits typed before it and the number of steps. */
export function readKey(key: string, buffer: string, total: number): KeyResult {
	if (/^[0-9]$/.test(key)) return { command: null, buffer: (buffer + key).slice(-3) };
	if (buffer) {
		if (key === 'Enter') {
			const n = Math.min(Math.max(Number(buffer), 1), total);
			return { command: { type: 'goto', index: n - 1 }, buffer: '' };
		}
		if (key === 'Backspace') return { command: null, buffer: buffer.slice(0, -1) };
		if (key === 'Escape') return { command: null, buffer: '' };
	}
	if (NEXT.has(key)) return { command: { type: 'next' }, buffer: '' };
	if (PREV.has(key)) return { command: { type: 'prev' }, buffer: '' };
	switch (key) {
		case 'Home':
			return { command: { type: 'first' }, buffer: '' };
		case 'End':
			return { command: { type: 'last' }, buffer: '' };
		case 'f':
		case 'F':
			return { command: { type: 'fullscreen' }, buffer: '' };
		case 'b':
		case 'B':
		case '.':
			return { command: { type: 'blank' }, buffer: '' };
		case 's':
		case 'S':
			return { command: { type: 'presenter' }, buffer: '' };
		case 'q':
		case 'Q':
			return { command: { type: 'qr' }, buffer: '' };
		case 't':
		case 'T':
			return { command: { type: 'theme' }, buffer: '' };
		case 'h':
		case 'H':
		case '?':
			return { command: { type: 'help' }, buffer: '' };
		case 'l':
		case 'L':
			return { command: { type: 'language' }, buffer: '' };
		case 'i':
		case 'I':
			return { command: { type: 'source' }, buffer: '' };
		case 'Escape':
			return { command: { type: 'exit' }, buffer: '' };
		default:
			return { command: null, buffer: '' };
	}
}

/** The step index a command moves to, or the same index when it does not move. */
export function move(command: Command, index: number, total: number): number {
	switch (command.type) {
		case 'next':
			return Math.min(index + 1, total - 1);
		case 'prev':
			return Math.max(index - 1, 0);
		case 'first':
			return 0;
		case 'last':
			return total - 1;
		case 'goto':
			return Math.min(Math.max(command.index, 0), total - 1);
		default:
			return index;
	}
}
