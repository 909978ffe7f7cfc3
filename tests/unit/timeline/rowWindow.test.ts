import { describe, expect, it } from 'vitest';
import {
	DEFAULT_ROW_HEIGHT_PX,
	MAX_WINDOW_ROWS,
	estimateRowHeight,
	rowTops,
	rowWindow,
	wholeTable
} from '$lib/timeline/rowWindow';

/** Tops of `count` rows that are all `heightPx` tall. */
const even = (count: number, heightPx = 100) => rowTops(count, () => undefined, heightPx);

describe('estimateRowHeight', () => {
	it('averages the measured heights', () => {
		expect(estimateRowHeight([80, 120, 100])).toBe(100);
	});

	it('falls back to the default before anything is measured', () => {
		expect(estimateRowHeight([])).toBe(DEFAULT_ROW_HEIGHT_PX);
	});

	it('ignores zero, negative and non-finite measurements and never goes below a floor', () => {
		expect(estimateRowHeight([0, -5, Number.NaN, 60])).toBe(60);
		expect(estimateRowHeight([1, 2])).toBe(24);
	});
});

describe('rowTops', () => {
	it('adds measured heights and estimates the rest', () => {
		const measured = new Map([
			[0, 50],
			[2, 10]
		]);
		expect([...rowTops(4, (i) => measured.get(i), 100)]).toEqual([0, 50, 150, 160, 260]);
	});

	it('gives one top (zero) for an empty table', () => {
		expect([...rowTops(0, () => 1, 100)]).toEqual([0]);
	});
});

describe('rowWindow', () => {
	it('draws the rows in the viewport and the overscan around it', () => {
		// Rows 20–26 are in a 700 px viewport at 2000 px; 300 px more is rows 17–29.
		expect(rowWindow(even(1000), 2000, 700, 300)).toEqual({
			start: 17,
			end: 30,
			beforePx: 1700,
			afterPx: (1000 - 30) * 100
		});
	});

	it('starts at the first row while the table begins below the top of the screen', () => {
		const w = rowWindow(even(1000), -400, 700, 300);
		expect(w.start).toBe(0);
		expect(w.beforePx).toBe(0);
		expect(w.end).toBe(6);
	});

	it('reaches the last row at the bottom, with no spacer below', () => {
		const w = rowWindow(even(1000), 1000 * 100 - 700, 700, 300);
		expect(w.end).toBe(1000);
		expect(w.afterPx).toBe(0);
		expect(w.start).toBe(990);
	});

	it('keeps the spacers and drawn rows adding up to the whole height', () => {
		const heights = Array.from({ length: 500 }, (_, i) => 40 + ((i * 37) % 90));
		const tops = rowTops(500, (i) => heights[i], 80);
		for (const scroll of [0, 1234, 9999, 20_000, 40_000]) {
			const w = rowWindow(tops, scroll, 720, 720);
			const drawn = heights.slice(w.start, w.end).reduce((s, h) => s + h, 0);
			expect(w.beforePx + drawn + w.afterPx).toBe(tops[500]);
			// The drawn rows cover the viewport.
			expect(w.beforePx).toBeLessThanOrEqual(Math.min(scroll, tops[500]! - 1));
			expect(w.beforePx + drawn).toBeGreaterThanOrEqual(Math.min(scroll + 720, tops[500]!));
		}
	});

	it('shows the last row when scrolled past the end (after a filter shortened the table)', () => {
		const w = rowWindow(even(10), 50_000, 700, 300);
		expect(w).toEqual({ start: 9, end: 10, beforePx: 900, afterPx: 0 });
	});

	it('never draws more than MAX_WINDOW_ROWS rows, however tall the viewport', () => {
		const w = rowWindow(even(100_000, 24), 0, 100_000, 1000);
		expect(w.end - w.start).toBe(MAX_WINDOW_ROWS);
	});

	it('draws nothing for an empty table', () => {
		expect(rowWindow(even(0), 0, 700, 300)).toEqual(wholeTable(0));
	});
});
