import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	layoutStepStrip,
	stripCapacity,
	stripFontPx,
	stripRange,
	stripTicks
} from '../../../src/lib/timeline/stepStrip';

const year = (y: number) => ({ startMs: Date.UTC(y, 0, 1), endMs: Date.UTC(y + 1, 0, 1) });
const day = (y: number, m: number, d: number) => ({
	startMs: Date.UTC(y, m - 1, d),
	endMs: Date.UTC(y, m - 1, d + 1)
});

describe('layoutStepStrip', () => {
	it('places steps far apart in time order on one row', () => {
		const strip = layoutStepStrip([year(1991), year(2000), year(1995)], 1000);
		const xs = strip.markers.map((m) => m.x);
		expect(xs[0]).toBeLessThan(xs[2]!);
		expect(xs[2]).toBeLessThan(xs[1]!);
		expect(strip.markers.every((m) => m.row === 0)).toBe(true);
		expect(strip.rows).toBe(1);
	});

	it('keeps every marker whole inside the strip', () => {
		const strip = layoutStepStrip([year(1991), year(2000)], 500, { markerPx: 40 });
		for (const m of strip.markers) {
			expect(m.x).toBeGreaterThanOrEqual(20);
			expect(m.x).toBeLessThanOrEqual(480);
		}
	});

	it('stacks steps close in time so that markers never overlap', () => {
		const spans = [day(1999, 3, 24), day(1999, 3, 25), day(1999, 3, 26), year(2006)];
		const strip = layoutStepStrip(spans, 1000, { markerPx: 48 });
		expect(strip.markers.slice(0, 3).map((m) => m.row)).toEqual([0, 1, 2]);
		expect(strip.markers[3]!.row).toBe(0);
		expect(strip.rows).toBe(3);
	});

	it('with every row taken, reuses the row that ends first', () => {
		const spans = [1, 2, 3, 4].map((d) => day(1999, 3, d));
		const strip = layoutStepStrip([...spans, year(2006)], 1000, { maxRows: 3 });
		expect(strip.markers.slice(0, 4).map((m) => m.row)).toEqual([0, 1, 2, 0]);
		expect(strip.rows).toBe(3);
	});

	it('shows at least a year around a single step, centred on it', () => {
		const strip = layoutStepStrip([day(2002, 5, 28)], 1000);
		expect(strip.window.endMs - strip.window.startMs).toBeGreaterThan(365 * 86_400_000);
		expect(strip.markers[0]!.x).toBeCloseTo(500, 0);
	});

	it('places an open-ended span at its known end', () => {
		const open = { startMs: Date.UTC(1997, 4, 27), endMs: Infinity };
		const strip = layoutStepStrip([year(1991), open, year(2006)], 1000);
		const [a, b, c] = strip.markers.map((m) => m.x);
		expect(a).toBeLessThan(b!);
		expect(b).toBeLessThan(c!);
	});

	it('gives an empty list for no steps', () => {
		expect(layoutStepStrip([], 1000).markers).toEqual([]);
	});
});

describe('stripFontPx', () => {
	it.each([
		[320, 20],
		[1280, 20],
		[1880, 27],
		[4000, 32]
	])('a strip %i px wide has %i px type', (widthPx, fontPx) => {
		expect(stripFontPx(widthPx)).toBe(fontPx);
	});
});

describe('stripTicks', () => {
	it('spaces ticks wider for larger type, within the strip', () => {
		const w = { startMs: Date.UTC(1990, 0, 1), endMs: Date.UTC(2007, 0, 1) };
		const small = stripTicks(w, 1000, 12);
		const large = stripTicks(w, 1000, 30);
		expect(large.length).toBeLessThan(small.length);
		for (const t of large) {
			expect(t.x).toBeGreaterThanOrEqual(0);
			expect(t.x).toBeLessThanOrEqual(1000);
		}
		const gaps = large.slice(1).map((t, i) => t.x - large[i]!.x);
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(88 * (30 / 12) - 1);
	});
});

describe('stripTicks labels', () => {
	// 1 Jan 2025 lies 10 px from the right edge of a 1880 px strip: centred, "2025" would overflow.
	const window = {
		startMs: Date.UTC(1990, 0, 1),
		endMs: Date.UTC(2025, 0, 1) + 10 * 3600_000 * 24
	};
	const measure = (label: string) => label.length * 15;

	it('keeps every label whole inside the strip, the last year included', () => {
		const ticks = stripTicks(window, 1880, 27, measure);
		expect(ticks.at(-1)!.label).toBe('2025');
		for (const t of ticks) {
			expect(t.labelLeftPx, t.label).toBeGreaterThanOrEqual(0);
			expect(t.labelLeftPx + measure(t.label), t.label).toBeLessThanOrEqual(1880);
		}
	});

	it('centres a label on its tick where it fits', () => {
		const ticks = stripTicks(window, 1880, 27, measure);
		const middle = ticks[Math.floor(ticks.length / 2)]!;
		expect(middle.labelLeftPx).toBeCloseTo(middle.x - measure(middle.label) / 2);
	});

	it('leaves out ticks beyond the strip', () => {
		for (const t of stripTicks(window, 1880, 27, measure)) {
			expect(t.x).toBeGreaterThanOrEqual(0);
			expect(t.x).toBeLessThanOrEqual(1880);
		}
	});
});

describe('stripRange', () => {
	it('shows every step of a tour that fits', () => {
		expect(stripRange(12, 5, 87)).toEqual({ first: 0, end: 12 });
		expect(stripRange(87, 86, 87)).toEqual({ first: 0, end: 87 });
	});

	it('shows the page of steps that holds the current one when a tour does not fit', () => {
		expect(stripRange(10_000, 0, 87)).toEqual({ first: 0, end: 87 });
		expect(stripRange(10_000, 86, 87)).toEqual({ first: 0, end: 87 });
		// Stepping on from the last of a page turns to the next; the axis stays still within one.
		expect(stripRange(10_000, 87, 87)).toEqual({ first: 87, end: 174 });
		expect(stripRange(10_000, 9_999, 87)).toEqual({ first: 9_918, end: 10_000 });
	});

	it('always holds the current step, for any count, step and room', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 20_000 }),
				fc.nat(),
				fc.integer({ min: 1, max: 200 }),
				(count, at, capacity) => {
					const index = at % count;
					const { first, end } = stripRange(count, index, capacity);
					expect(first).toBeLessThanOrEqual(index);
					expect(index).toBeLessThan(end);
					expect(end - first).toBeLessThanOrEqual(capacity);
					expect(end).toBeLessThanOrEqual(count);
				}
			)
		);
	});
});

describe('stripCapacity', () => {
	it('counts the markers that fit side by side in three rows', () => {
		// 1,280 px of 38 px markers 6 px apart: 29 a row.
		expect(stripCapacity(1280, 38)).toBe(87);
		expect(stripCapacity(0, 38)).toBe(3);
	});
});
