import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { timeScale, windowOfTransform } from '$lib/timeline/timeScale';

const utc = Date.UTC;
const w = { startMs: utc(2000, 0, 1), endMs: utc(2010, 0, 1) };

describe('timeScale', () => {
	it.each([
		[w.startMs, 0],
		[w.endMs, 1000],
		[(w.startMs + w.endMs) / 2, 500],
		[w.startMs - (w.endMs - w.startMs) / 10, -100]
	])('maps %d ms to %d px, outside the width when outside the window', (ms, px) => {
		expect(timeScale(w, 1000).x(ms)).toBeCloseTo(px, 6);
	});

	it('inverts its mapping', () => {
		const s = timeScale(w, 800);
		expect(s.invert(0)).toBe(w.startMs);
		expect(s.invert(800)).toBe(w.endMs);
		expect(s.invert(s.x(utc(2004, 6, 1)))).toBeCloseTo(utc(2004, 6, 1), -1);
	});

	it('gives ms per px', () => {
		expect(timeScale({ startMs: 0, endMs: 5000 }, 500).msPerPx).toBe(10);
	});

	it('places ticks where it places their instants', () => {
		const s = timeScale(w, 900);
		const { ticks } = s.ticks();
		expect(ticks.length).toBeGreaterThan(2);
		for (const t of ticks) expect(t.x).toBe(s.x(t.ms));
		expect(ticks.map((t) => t.label)).toContain('2005');
	});

	it('shows the full window at zoom 1 with no shift', () => {
		expect(timeScale(w, 600).zoomTransform(w)).toEqual({ k: 1, x: -0 });
	});

	it('zooms 4× into the second quarter of the full window', () => {
		const quarter = (w.endMs - w.startMs) / 4;
		const second = { startMs: w.startMs + quarter, endMs: w.startMs + 2 * quarter };
		const t = timeScale(second, 1000).zoomTransform(w);
		expect(t.k).toBeCloseTo(4, 9);
		// The window's start, 250 px into the full view, is 1000 px into the zoomed one.
		expect(t.x).toBeCloseTo(-1000, 6);
		const back = windowOfTransform(w, t, 1000);
		expect(back.startMs).toBeCloseTo(second.startMs, -1);
		expect(back.endMs).toBeCloseTo(second.endMs, -1);
	});

	test.prop([
		fc.double({ min: 0, max: 0.9, noNaN: true }),
		fc.double({ min: 0.001, max: 0.1, noNaN: true }),
		fc.integer({ min: 100, max: 4000 })
	])('turns any window inside the full one into a transform and back', (at, width, widthPx) => {
		const span = w.endMs - w.startMs;
		const win = { startMs: w.startMs + at * span, endMs: w.startMs + (at + width) * span };
		const back = windowOfTransform(w, timeScale(win, widthPx).zoomTransform(w), widthPx);
		expect(Math.abs(back.startMs - win.startMs)).toBeLessThan(1);
		expect(Math.abs(back.endMs - win.endMs)).toBeLessThan(1);
	});
});
