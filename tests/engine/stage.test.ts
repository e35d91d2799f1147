/**
 * The reading graphic's choice at each step change (src/lib/scenes/stage.svelte.ts and stills.ts):
 * a new scene shows its still figure; the live scene only where it was drawn ahead for a step with
 * the same scene. And the wait for a reader who has stayed on a step (whenStill in idle.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Stage, type StageStep } from '../../src/lib/scenes/stage.svelte';
import { STILL_SIZES, stillFor } from '../../src/lib/scenes/stills';
import { STILL_MS, whenStill } from '../../src/lib/idle';
import { failedAddress } from '../../src/lib/start/parts';
import { flowCss } from '../../src/lib/start/flow-css';

const step = (slug: string, type: string): StageStep => ({ slug, scene: { type } });
const [a, b, c, d] = [step('a', 'bars'), step('b', 'bars'), step('c', 'grid'), step('d', 'bars')];

describe('what a step change shows', () => {
	it('shows the still figure of a step with a new scene, and of any step while nothing is drawn live', () => {
		const stage = new Stage(a);
		expect([stage.shown, stage.still]).toEqual(['still', a]);
		stage.show(b);
		expect([stage.shown, stage.still, stage.live]).toEqual(['still', b, null]);
		stage.show(c);
		expect([stage.shown, stage.still]).toEqual(['still', c]);
	});

	it('moves to a step within the same scene with the live scene, once it is drawn', () => {
		const stage = new Stage(a);
		stage.prepare(a);
		// Not drawn yet: the still.
		stage.show(b);
		expect(stage.shown).toBe('still');
		stage.show(a);
		stage.liveReady = true;
		stage.show(b);
		expect([stage.shown, stage.live]).toEqual(['live', b]);
		// A new scene: its still; the live scene stays drawn, hidden, at the step it showed last.
		stage.show(c);
		expect([stage.shown, stage.still, stage.live]).toEqual(['still', c, b]);
		// Another step with the live scene's type, further on: it moves there.
		stage.show(d);
		expect([stage.shown, stage.live]).toEqual(['live', d]);
	});

	it('draws the live scene again only for another type of scene', () => {
		const stage = new Stage(a);
		stage.prepare(a);
		stage.liveReady = true;
		stage.prepare(b);
		expect([stage.live, stage.liveReady]).toEqual([a, true]);
		stage.show(c);
		stage.prepare(c);
		expect([stage.live, stage.liveReady]).toEqual([c, false]);
	});

	it('prepares the live scene only where a neighbour shares the scene', () => {
		expect(Stage.worthPreparing(a, [b, c])).toBe(true);
		expect(Stage.worthPreparing(c, [b, d])).toBe(false);
		expect(Stage.worthPreparing(a, [a])).toBe(false);
	});

	it('picks the still laid out nearer the box’s width', () => {
		expect(stillFor(358)).toBe('narrow');
		expect(stillFor(STILL_SIZES.narrow.width)).toBe('narrow');
		expect(stillFor(479)).toBe('narrow');
		expect(stillFor(480)).toBe('wide');
		expect(stillFor(680)).toBe('wide');
	});
});

describe('work for a reader who stays on a step', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('waits until the page has not scrolled for a while, then for a long idle period', () => {
		vi.useFakeTimers();
		const listeners = new Map<string, () => void>();
		vi.stubGlobal('window', {
			addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
			removeEventListener: (type: string) => listeners.delete(type)
		});
		const idle: IdleRequestCallback[] = [];
		vi.stubGlobal('requestIdleCallback', (fn: IdleRequestCallback) => idle.push(fn));
		vi.stubGlobal('cancelIdleCallback', () => idle.splice(0));
		const task = vi.fn();
		whenStill(task);
		vi.advanceTimersByTime(STILL_MS - 100);
		// A scroll starts the wait again.
		listeners.get('scroll')!();
		vi.advanceTimersByTime(STILL_MS - 100);
		expect(idle).toHaveLength(0);
		vi.advanceTimersByTime(100);
		expect(idle).toHaveLength(1);
		expect(listeners.has('scroll')).toBe(false);
		idle[0]!({ didTimeout: false, timeRemaining: () => 40 });
		expect(task).toHaveBeenCalledTimes(1);
	});
});

describe('the page without its scripts', () => {
	it('names the module a failed import names', () => {
		expect(
			failedAddress(
				new TypeError(
					'Failed to fetch dynamically imported module: http://x.test/_app/immutable/chunks/A1.js'
				)
			)
		).toBe('http://x.test/_app/immutable/chunks/A1.js');
		expect(failedAddress(new Error('something else'))).toBeUndefined();
	});

	it('writes the page of text once, under a scope or none', () => {
		const scoped = flowCss("html[data-app='static']");
		const plain = flowCss();
		expect(scoped.split('\n')).toHaveLength(plain.split('\n').length);
		for (const line of scoped.split('\n'))
			expect(line).toMatch(/^html\[data-app='static'\] \S[^{]*\{ .*!important; \}$/);
		expect(plain).toContain('.graphic-col { display: none !important; }');
		// The still figure's box, not the figure's own <svg> (which has the class too).
		expect(plain).toContain('.step > .still { display: block !important; }');
	});
});
