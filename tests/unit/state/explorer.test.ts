import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExplorerState } from '$lib/state/explorer.svelte';

const year = (y: number) => ({ startMs: Date.UTC(y, 0, 1), endMs: Date.UTC(y + 1, 0, 1) });

describe('ExplorerState.settledWindow', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('takes the first window at once', () => {
		const explorer = new ExplorerState();
		explorer.setWindow(year(1999));
		expect(explorer.settledWindow).toEqual(year(1999));
	});

	it('follows a gesture only once it pauses, then lands on its last window', () => {
		const explorer = new ExplorerState();
		explorer.setWindow(year(1999));
		explorer.setWindow(year(2000));
		vi.advanceTimersByTime(100);
		explorer.setWindow(year(2001));
		vi.advanceTimersByTime(100);
		expect(explorer.window).toEqual(year(2001));
		expect(explorer.settledWindow).toEqual(year(1999));
		vi.advanceTimersByTime(50);
		expect(explorer.settledWindow).toEqual(year(2001));
	});
});

describe('ExplorerState.window', () => {
	it.each([
		['not a number', { startMs: NaN, endMs: NaN }],
		['open at the end', { startMs: Date.UTC(2022, 1, 24), endMs: Infinity }],
		['open at the start', { startMs: -Infinity, endMs: Date.UTC(2002, 0, 1) }]
	])('never stores a window %s', (_, bad) => {
		const explorer = new ExplorerState();
		explorer.setWindow(year(1999));
		explorer.setWindow(bad);
		explorer.animateWindow(bad);
		explorer.window = bad;
		expect(explorer.window).toEqual(year(1999));
		expect(explorer.settledWindow).toEqual(year(1999));
	});
});

describe('ExplorerState default view', () => {
	const full = { startMs: Date.UTC(1980, 0, 1), endMs: Date.UTC(2030, 0, 1) };

	it('shows the home window until a window is set', () => {
		const explorer = new ExplorerState(() => year(1999));
		expect(explorer.window).toBeUndefined();
		expect(explorer.view).toEqual(year(1999));
		explorer.setWindow(year(2001));
		expect(explorer.view).toEqual(year(2001));
	});

	it('pans from the home window, not from the whole span', () => {
		const explorer = new ExplorerState(() => year(1999));
		vi.stubGlobal('requestAnimationFrame', undefined);
		explorer.panBy(1, full);
		vi.unstubAllGlobals();
		const width = year(1999).endMs - year(1999).startMs;
		expect(explorer.window).toEqual({
			startMs: year(2000).startMs,
			endMs: year(2000).startMs + width
		});
	});
});

describe('ExplorerState.lastingWindow', () => {
	let frames: FrameRequestCallback[] = [];
	let now = 0;
	beforeEach(() => {
		frames = [];
		now = 0;
		vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
		vi.stubGlobal('cancelAnimationFrame', () => (frames = []));
		vi.spyOn(performance, 'now').mockImplementation(() => now);
	});
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.restoreAllMocks();
	});
	/** Runs the animation frames queued at `at` ms. */
	const frameAt = (at: number) => {
		now = at;
		for (const f of frames.splice(0)) f(at);
	};

	it('is undefined while the default view shows, so the URL stays clean', () => {
		expect(new ExplorerState(() => year(1999)).lastingWindow).toBeUndefined();
	});

	it('holds the end of a running move, never a frame on the way', () => {
		const explorer = new ExplorerState();
		explorer.setWindow(year(1999));
		explorer.animateWindow(year(2005));
		frameAt(100);
		expect(explorer.window).not.toEqual(year(1999));
		expect(explorer.window).not.toEqual(year(2005));
		expect(explorer.lastingWindow).toEqual(year(2005));
		frameAt(1000);
		expect(explorer.window).toEqual(year(2005));
		expect(explorer.lastingWindow).toEqual(year(2005));
	});

	it('holds where the view stopped when a move is cut short', () => {
		const explorer = new ExplorerState();
		explorer.setWindow(year(1999));
		explorer.animateWindow(year(2005));
		frameAt(100);
		explorer.stopAnimation();
		expect(explorer.lastingWindow).toEqual(explorer.window);
		expect(explorer.lastingWindow).not.toEqual(year(2005));
	});
});
