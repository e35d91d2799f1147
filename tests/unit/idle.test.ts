import { afterEach, describe, expect, it, vi } from 'vitest';
import { LONG_IDLE_MS, whenLongIdle } from '../../src/lib/idle';

// A stand-in for the browser's idle callbacks: each period is given by the test, in order.
function idlePeriods() {
	const queue: { id: number; run: IdleRequestCallback }[] = [];
	let next = 1;
	vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) => {
		queue.push({ id: next, run });
		return next++;
	});
	vi.stubGlobal('cancelIdleCallback', (id: number) => {
		const i = queue.findIndex((q) => q.id === id);
		if (i >= 0) queue.splice(i, 1);
	});
	return {
		/** One idle period with `ms` left: runs the callbacks waiting for it. */
		period(ms: number) {
			for (const { run } of queue.splice(0))
				run({ didTimeout: false, timeRemaining: () => ms } as IdleDeadline);
		},
		get waiting() {
			return queue.length;
		}
	};
}

afterEach(() => vi.unstubAllGlobals());

describe('work for long idle periods', () => {
	it('waits through the short gaps between frames and runs once in a long period', () => {
		const idle = idlePeriods();
		const task = vi.fn();
		whenLongIdle(task);
		// A scroll: a few milliseconds between frames, each time.
		for (const ms of [3, 8, 12, LONG_IDLE_MS - 1]) idle.period(ms);
		expect(task).not.toHaveBeenCalled();
		expect(idle.waiting).toBe(1);
		// The reader stops: the browser has nothing to draw for a while.
		idle.period(49.9);
		expect(task).toHaveBeenCalledTimes(1);
		expect(idle.waiting).toBe(0);
		idle.period(50);
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('takes the length asked for', () => {
		const idle = idlePeriods();
		const task = vi.fn();
		whenLongIdle(task, 40);
		idle.period(39);
		expect(task).not.toHaveBeenCalled();
		idle.period(40);
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('can be cancelled, also after waiting through short periods', () => {
		const idle = idlePeriods();
		const task = vi.fn();
		const cancel = whenLongIdle(task);
		idle.period(2);
		cancel();
		expect(idle.waiting).toBe(0);
		idle.period(50);
		expect(task).not.toHaveBeenCalled();
	});

	it('never runs where the browser has no idle callbacks: the work is done when needed instead', () => {
		vi.stubGlobal('requestIdleCallback', undefined);
		const task = vi.fn();
		const cancel = whenLongIdle(task);
		expect(task).not.toHaveBeenCalled();
		expect(cancel).not.toThrow();
	});
});
