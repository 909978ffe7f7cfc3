import { describe, expect, it } from 'vitest';
import { MIN_TICK_SPACING_PX } from '$lib/timeline/ticks';
import { timeScale } from '$lib/timeline/timeScale';
import { toSpan } from '$lib/model/edtf';
import { parseEdtf } from '$lib/model/parseEdtf';
import {
	boundedSpan,
	clampWindow,
	DAY_MS,
	fullWindow,
	interpolateWindow,
	isFiniteWindow,
	MIN_WINDOW_MS,
	panWindow,
	windowAround,
	windowShowing,
	zoomAround,
	zoomWindow
} from '$lib/timeline/viewport';
import { timelineKeyAction } from '$lib/timeline/navigation';

const utc = Date.UTC;
const bounds = { startMs: utc(1990, 0, 1), endMs: utc(2030, 0, 1) };

describe('timeScale ticks', () => {
	it.each([
		[utc(1900, 0, 1), utc(2030, 0, 1), 'decade'],
		[utc(1995, 0, 1), utc(2008, 0, 1), 'year'],
		[utc(1999, 0, 1), utc(2000, 0, 1), 'month'],
		[utc(1999, 2, 1), utc(1999, 2, 20), 'day']
	])('picks ticks by zoom level (%s → %s: %s)', (startMs, endMs, level) => {
		const { level: chosen, ticks } = timeScale({ startMs, endMs }, 1200).ticks();
		expect(chosen).toBe(level);
		const pxPerMs = 1200 / (endMs - startMs);
		for (let i = 1; i < ticks.length; i++)
			expect((ticks[i]!.ms - ticks[i - 1]!.ms) * pxPerMs).toBeGreaterThanOrEqual(
				MIN_TICK_SPACING_PX * 0.9
			);
	});

	it('labels months in UTC and names the year at January and on the first tick', () => {
		const { ticks } = timeScale(
			{ startMs: utc(1998, 10, 15), endMs: utc(1999, 3, 1) },
			500
		).ticks();
		expect(ticks.map((t) => t.label)).toEqual(['Dec 1998', 'Jan 1999', 'Feb', 'Mar']);
		expect(ticks.map((t) => t.major)).toEqual([true, true, false, false]);
	});

	it('labels days with the month', () => {
		const { ticks } = timeScale(
			{ startMs: utc(1999, 2, 23), endMs: utc(1999, 2, 27) },
			1000
		).ticks();
		expect(ticks.map((t) => t.label)).toEqual(['23 Mar 1999', '24 Mar', '25 Mar', '26 Mar']);
	});

	it('puts ticks on the same instants and labels in any time zone of the viewer', () => {
		const w = { startMs: utc(1998, 10, 15), endMs: utc(1999, 3, 1) };
		const inUtc = timeScale(w, 500).ticks().ticks;
		const tz = process.env.TZ;
		try {
			for (const zone of ['America/New_York', 'Asia/Tokyo']) {
				process.env.TZ = zone;
				expect(timeScale(w, 500).ticks().ticks).toEqual(inUtc);
			}
		} finally {
			process.env.TZ = tz;
		}
		expect(inUtc.map((t) => t.ms)).toEqual([
			utc(1998, 11, 1),
			utc(1999, 0, 1),
			utc(1999, 1, 1),
			utc(1999, 2, 1)
		]);
	});

	it('steps decades on round years and places ticks in px from the window start', () => {
		const w = { startMs: utc(1986, 0, 1), endMs: utc(2026, 0, 1) };
		const { level, ticks } = timeScale(w, 400).ticks();
		expect(level).toBe('decade');
		expect(ticks.map((t) => t.label)).toEqual(['1990', '2000', '2010', '2020']);
		expect(ticks[0]!.x).toBeCloseTo(((utc(1990, 0, 1) - w.startMs) / (w.endMs - w.startMs)) * 400);
	});
});

describe('viewport moves', () => {
	it('shows the whole extent with a margin', () => {
		const w = fullWindow({ startMs: utc(2000, 0, 1), endMs: utc(2010, 0, 1) });
		expect(w.startMs).toBeLessThan(utc(2000, 0, 1));
		expect(w.endMs).toBeGreaterThan(utc(2010, 0, 1));
	});

	it('zooms around a point that keeps its place', () => {
		const w = { startMs: utc(2000, 0, 1), endMs: utc(2010, 0, 1) };
		const center = utc(2002, 0, 1);
		const zoomed = zoomWindow(w, 2, center, bounds);
		const frac = (ms: number, v: typeof w) => (ms - v.startMs) / (v.endMs - v.startMs);
		expect(frac(center, zoomed)).toBeCloseTo(frac(center, w), 10);
		expect(zoomed.endMs - zoomed.startMs).toBeCloseTo((w.endMs - w.startMs) / 2, -3);
	});

	it('bounds zoom between a few days and the whole dataset', () => {
		const w = { startMs: utc(2000, 0, 1), endMs: utc(2000, 0, 2) };
		expect(clampWindow(w, bounds).endMs - clampWindow(w, bounds).startMs).toBe(MIN_WINDOW_MS);
		const out = zoomWindow(bounds, 0.1, utc(2000, 0, 1), bounds);
		expect(out).toEqual(bounds);
	});

	it('pans but never past the bounds', () => {
		const w = { startMs: utc(2020, 0, 1), endMs: utc(2025, 0, 1) };
		expect(panWindow(w, 20 * 365 * DAY_MS, bounds).endMs).toBe(bounds.endMs);
	});

	it('leaves a window alone when the span is in view, else centres it', () => {
		const w = { startMs: utc(2000, 0, 1), endMs: utc(2010, 0, 1) };
		const inside = { startMs: utc(2005, 0, 1), endMs: utc(2005, 0, 2) };
		expect(windowShowing(w, inside, bounds)).toBe(w);
		const outside = { startMs: utc(2020, 0, 1), endMs: utc(2020, 0, 2) };
		const moved = windowShowing(w, outside, bounds);
		expect((moved.startMs + moved.endMs) / 2).toBeCloseTo(
			(outside.startMs + outside.endMs) / 2,
			-3
		);
	});

	it('interpolates the width geometrically', () => {
		const a = { startMs: 0, endMs: 100 };
		const b = { startMs: 0, endMs: 10_000 };
		const mid = interpolateWindow(a, b, 0.5);
		expect(mid.endMs - mid.startMs).toBeCloseTo(1000, 6);
	});
});

describe('open and unknown ends', () => {
	const spanOf = (when: string) => {
		const parsed = parseEdtf(when);
		if (!parsed.ok) throw new Error(parsed.error);
		return toSpan(parsed.value);
	};
	const early = { startMs: utc(1990, 0, 1), endMs: utc(1992, 0, 1) };
	const late = { startMs: utc(2024, 0, 1), endMs: utc(2026, 0, 1) };

	it.each([
		['open end', '2022-02-24/..', utc(2022, 1, 24), early],
		['open start', '../2001', utc(2001, 6, 1), late],
		['unknown end', '2022-02-24/', utc(2022, 1, 24), early],
		['unknown start', '/2001', utc(2001, 6, 1), late]
	])('brings an event with an %s (%s) into a finite window', (_, when, knownMs, from) => {
		const span = spanOf(when);
		for (const w of [
			windowShowing(from, span, bounds),
			windowAround(span, 6 * 365 * DAY_MS, bounds),
			zoomAround(from, 2, span, bounds)
		]) {
			expect(isFiniteWindow(w)).toBe(true);
			expect(w.startMs).toBeGreaterThanOrEqual(bounds.startMs);
			expect(w.endMs).toBeLessThanOrEqual(bounds.endMs);
		}
		for (const w of [windowShowing(from, span, bounds), windowAround(span, DAY_MS, bounds)]) {
			expect(w.startMs).toBeLessThanOrEqual(knownMs);
			expect(w.endMs).toBeGreaterThan(knownMs);
		}
	});

	it('cuts open ends to the bounds and keeps known ends', () => {
		expect(boundedSpan(spanOf('2022-02-24/..'), bounds)).toEqual({
			startMs: utc(2022, 1, 24),
			endMs: bounds.endMs
		});
		expect(boundedSpan(spanOf('../2001'), bounds)).toEqual({
			startMs: bounds.startMs,
			endMs: utc(2002, 0, 1)
		});
	});

	it.each([
		[{ startMs: NaN, endMs: 1 }, false],
		[{ startMs: 0, endMs: Infinity }, false],
		[{ startMs: -Infinity, endMs: 0 }, false],
		[{ startMs: 5, endMs: 5 }, false],
		[{ startMs: 0, endMs: 1 }, true]
	])('tells a drawable window (%o → %s)', (w, finite) => {
		expect(isFiniteWindow(w)).toBe(finite);
	});
});

describe('zoomAround', () => {
	const w = { startMs: utc(2000, 0, 1), endMs: utc(2010, 0, 1) };
	it('zooms around the focused span when it is in view, else the centre', () => {
		const focus = { startMs: utc(2001, 0, 1), endMs: utc(2001, 0, 2) };
		const zoomed = zoomAround(w, 2, focus, bounds);
		expect(zoomed.startMs).toBeLessThan(focus.startMs);
		expect(zoomed.endMs).toBeLessThan(utc(2006, 0, 1));
		const outside = zoomAround(w, 2, { startMs: utc(2020, 0, 1), endMs: utc(2020, 0, 2) }, bounds);
		expect((outside.startMs + outside.endMs) / 2).toBeCloseTo((w.startMs + w.endMs) / 2, -3);
	});
});

describe('timelineKeyAction', () => {
	it.each([
		['ArrowRight', false, { kind: 'step', step: 'next' }],
		['ArrowUp', false, { kind: 'step', step: 'previous' }],
		['End', false, { kind: 'step', step: 'last' }],
		['ArrowLeft', true, { kind: 'pan', fraction: -0.2 }],
		['+', false, { kind: 'zoom', factor: 2 }],
		['-', false, { kind: 'zoom', factor: 0.5 }],
		['Escape', false, { kind: 'clear' }],
		['t', false, { kind: 'text' }],
		['T', true, { kind: 'text' }],
		['a', false, undefined]
	])('maps %s (shift %s)', (key, shift, action) => {
		expect(timelineKeyAction(key, shift)).toEqual(action);
	});
});
