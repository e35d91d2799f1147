import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	LONG_IDLE_MS,
	RETRY_MS,
	SCROLL_QUIET_MS,
	whenLongIdle,
	whenScrollEnds
} from '../../src/lib/idle';

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

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

/** A short idle period, then the wait before asking again: the next request is then made. */
function shortPeriod(idle: ReturnType<typeof idlePeriods>, ms: number) {
	idle.period(ms);
	expect(idle.waiting).toBe(0);
	vi.advanceTimersByTime(RETRY_MS);
}

describe('work for long idle periods', () => {
	it('waits through the short gaps between frames and runs once in a long period', () => {
		vi.useFakeTimers();
		const idle = idlePeriods();
		const task = vi.fn();
		whenLongIdle(task);
		// A scroll: a few milliseconds between frames, each time.
		for (const ms of [3, 8, 12, LONG_IDLE_MS - 1]) shortPeriod(idle, ms);
		expect(task).not.toHaveBeenCalled();
		expect(idle.waiting).toBe(1);
		// The reader stops: the browser has nothing to draw for a while.
		idle.period(49.9);
		expect(task).toHaveBeenCalledTimes(1);
		expect(idle.waiting).toBe(0);
		vi.advanceTimersByTime(10 * RETRY_MS);
		idle.period(50);
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('asks again only after a pause, not in every frame of a scroll', () => {
		vi.useFakeTimers();
		const idle = idlePeriods();
		whenLongIdle(vi.fn());
		idle.period(5);
		// The frames of a scroll: no request is waiting to be answered in them.
		vi.advanceTimersByTime(RETRY_MS - 1);
		expect(idle.waiting).toBe(0);
		vi.advanceTimersByTime(1);
		expect(idle.waiting).toBe(1);
	});

	it('takes the length asked for', () => {
		vi.useFakeTimers();
		const idle = idlePeriods();
		const task = vi.fn();
		whenLongIdle(task, 40);
		shortPeriod(idle, 39);
		expect(task).not.toHaveBeenCalled();
		idle.period(40);
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('can be cancelled, also while waiting to ask again', () => {
		vi.useFakeTimers();
		const idle = idlePeriods();
		const task = vi.fn();
		const cancel = whenLongIdle(task);
		idle.period(2);
		cancel();
		vi.advanceTimersByTime(10 * RETRY_MS);
		expect(idle.waiting).toBe(0);
		idle.period(50);
		expect(task).not.toHaveBeenCalled();
	});

	describe('where the browser has no idle callbacks (Safari)', () => {
		function noIdle() {
			vi.useFakeTimers();
			vi.stubGlobal('requestIdleCallback', undefined);
			const win = { scrollY: 0 };
			vi.stubGlobal('window', win);
			return win;
		}

		it('runs once the page has stood still for a moment', () => {
			noIdle();
			const task = vi.fn();
			whenLongIdle(task);
			expect(task).not.toHaveBeenCalled();
			vi.advanceTimersByTime(RETRY_MS);
			expect(task).toHaveBeenCalledTimes(1);
			vi.advanceTimersByTime(10 * RETRY_MS);
			expect(task).toHaveBeenCalledTimes(1);
		});

		it('waits while the reader scrolls', () => {
			const win = noIdle();
			const task = vi.fn();
			whenLongIdle(task);
			for (let i = 1; i <= 5; i++) {
				win.scrollY = i * 300;
				vi.advanceTimersByTime(RETRY_MS);
				expect(task).not.toHaveBeenCalled();
			}
			vi.advanceTimersByTime(RETRY_MS);
			expect(task).toHaveBeenCalledTimes(1);
		});

		it('can be cancelled', () => {
			noIdle();
			const task = vi.fn();
			whenLongIdle(task)();
			vi.advanceTimersByTime(10 * RETRY_MS);
			expect(task).not.toHaveBeenCalled();
		});
	});
});

describe('the end of a scroll', () => {
	/** A window with scroll-end events the test sends. */
	function scrollingWindow() {
		vi.useFakeTimers();
		const target = new EventTarget();
		vi.stubGlobal('window', target);
		return {
			end: () => target.dispatchEvent(new Event('scrollend')),
			scroll: () => target.dispatchEvent(new Event('scroll'))
		};
	}

	it('runs once, when the scroll ends, not before', () => {
		const win = scrollingWindow();
		const task = vi.fn();
		whenScrollEnds(task);
		vi.advanceTimersByTime(SCROLL_QUIET_MS - 1);
		expect(task).not.toHaveBeenCalled();
		win.end();
		expect(task).toHaveBeenCalledTimes(1);
		// Neither the next scroll's end nor the wait runs it again.
		win.end();
		vi.advanceTimersByTime(10 * SCROLL_QUIET_MS);
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('runs after a quiet while when no end comes (the scroll had ended already)', () => {
		scrollingWindow();
		const task = vi.fn();
		whenScrollEnds(task);
		vi.advanceTimersByTime(SCROLL_QUIET_MS);
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('waits while the page still scrolls: each scroll starts the quiet while again', () => {
		const win = scrollingWindow();
		const task = vi.fn();
		whenScrollEnds(task);
		for (let i = 0; i < 10; i++) {
			vi.advanceTimersByTime(SCROLL_QUIET_MS - 50);
			win.scroll();
		}
		expect(task).not.toHaveBeenCalled();
		vi.advanceTimersByTime(SCROLL_QUIET_MS);
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('can be cancelled: a new step during the scroll replaces the wait', () => {
		const win = scrollingWindow();
		const first = vi.fn();
		const second = vi.fn();
		whenScrollEnds(first)();
		whenScrollEnds(second);
		win.end();
		vi.advanceTimersByTime(10 * SCROLL_QUIET_MS);
		expect(first).not.toHaveBeenCalled();
		expect(second).toHaveBeenCalledTimes(1);
	});
});
