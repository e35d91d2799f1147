/**
 * The page's start-up work that waits for a task of its own (see $lib/start/own-task): not in the
 * task that hydrates the page, and never after the page has let it go.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inOwnTask } from '$lib/start/own-task';

describe('work run in a task of its own', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs after the current task, not in it, and its cleanup runs when stopped', () => {
		const order: string[] = [];
		const stop = inOwnTask(() => {
			order.push('set up');
			return () => order.push('cleaned up');
		});
		order.push('task ends');
		expect(order).toEqual(['task ends']);
		vi.runAllTimers();
		expect(order).toEqual(['task ends', 'set up']);
		stop();
		expect(order).toEqual(['task ends', 'set up', 'cleaned up']);
	});

	it('never runs when stopped before its task came (a page left at once)', () => {
		const setUp = vi.fn();
		inOwnTask(setUp)();
		vi.runAllTimers();
		expect(setUp).not.toHaveBeenCalled();
	});

	it('stops cleanly when the work returned nothing to clean up', () => {
		const stop = inOwnTask(() => {});
		vi.runAllTimers();
		expect(stop).not.toThrow();
	});
});
