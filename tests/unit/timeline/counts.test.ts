import { describe, expect, it } from 'vitest';
import { countedSpan, countName, countZoomWindow } from '$lib/timeline/counts';
import { buildLanes } from '$lib/timeline/lanes';
import { DAY_MS, MIN_WINDOW_MS } from '$lib/timeline/viewport';
import { makeEvents } from './helpers';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const [lane] = buildLanes(
	makeEvents([
		['before', '1994-12-20'],
		['a', '1995-01-02'],
		['b', '1995-01-04/1995-01-09'],
		['c', '1995-01-07'],
		['after', '1995-02-01']
	]),
	'none',
	{ actors: [], themes: [] }
);
const bucket = (startMs: number, endMs: number) => ({ x0: 0, x1: 40, count: 3, startMs, endMs });

describe('countedSpan', () => {
	it('runs from the first start to the last end of the events starting in the count', () => {
		expect(countedSpan(lane!, bucket(day(1995, 1, 1), day(1995, 1, 20)))).toEqual({
			startMs: day(1995, 1, 2),
			endMs: day(1995, 1, 10)
		});
	});

	it('is the bucket itself when no event starts in it', () => {
		const empty = bucket(day(1995, 1, 10), day(1995, 1, 20));
		expect(countedSpan(lane!, empty)).toEqual({ startMs: empty.startMs, endMs: empty.endMs });
	});

	it('ignores an open end', () => {
		const [open] = buildLanes(
			makeEvents([
				['a', '1995-01-02'],
				['b', '1995-01-04/..']
			]),
			'none',
			{ actors: [], themes: [] }
		);
		expect(countedSpan(open!, bucket(day(1995, 1, 1), day(1995, 1, 20))).endMs).toBe(
			day(1995, 1, 4)
		);
	});
});

describe('countName', () => {
	it('says how many events and their span', () => {
		expect(countName(6, { startMs: day(1995, 1, 2), endMs: day(1995, 1, 8) })).toBe(
			'6 events, 2–7 January 1995; zoom in to show them'
		);
	});
});

describe('countZoomWindow', () => {
	const full = { startMs: day(1980, 1, 1), endMs: day(2030, 1, 1) };

	it('shows the span with a quarter of it on each side', () => {
		const span = { startMs: day(1995, 1, 1), endMs: day(1995, 1, 1) + 40 * DAY_MS };
		expect(countZoomWindow(span, full)).toEqual({
			startMs: span.startMs - 10 * DAY_MS,
			endMs: span.endMs + 10 * DAY_MS
		});
	});

	it('is never narrower than the closest zoom, nor outside the whole span', () => {
		const sameDay = { startMs: day(1995, 1, 2), endMs: day(1995, 1, 3) };
		const w = countZoomWindow(sameDay, full);
		expect(w.endMs - w.startMs).toBe(MIN_WINDOW_MS);
		expect(w.startMs).toBeLessThanOrEqual(sameDay.startMs);
		expect(w.endMs).toBeGreaterThanOrEqual(sameDay.endMs);
		const atStart = countZoomWindow({ startMs: full.startMs, endMs: day(1981, 1, 1) }, full);
		expect(atStart.startMs).toBe(full.startMs);
	});
});
