import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	layoutStepStrip,
	stripCapacity,
	stripFontPx,
	stripPage,
	stripPages,
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

describe('stripPages', () => {
	it('keeps a tour whose markers all fit on one page', () => {
		expect(stripPages([year(1991), year(2000), year(1995)], 1000, { markerPx: 48 })).toEqual([0]);
	});

	it('cuts steps piled on one day into pages of as many as the rows hold', () => {
		const spans = Array.from({ length: 10 }, () => day(1999, 3, 24));
		expect(stripPages(spans, 1000, { markerPx: 48 })).toEqual([0, 3, 6, 9]);
	});

	it('cuts any tour into pages in order, none with a marker over another', () => {
		const span = fc
			.tuple(fc.integer({ min: 1900, max: 2030 }), fc.integer({ min: 0, max: 400 }))
			.map(([y, days]) => ({
				startMs: Date.UTC(y, 0, 1),
				endMs: Date.UTC(y, 0, 1) + (days + 1) * 86_400_000
			}));
		fc.assert(
			fc.property(
				fc.array(span, { minLength: 1, maxLength: 150 }),
				fc.integer({ min: 200, max: 2000 }),
				fc.integer({ min: 30, max: 80 }),
				(spans, widthPx, markerPx) => {
					const pages = stripPages(spans, widthPx, { markerPx });
					expect(pages[0]).toBe(0);
					const ends = [...pages.slice(1), spans.length];
					pages.forEach((first, k) => {
						const end = ends[k]!;
						expect(end).toBeGreaterThan(first);
						const page = spans.slice(first, end);
						expect(layoutStepStrip(page, widthPx, { markerPx }).crowded).toBe(false);
					});
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('stripPage', () => {
	const years = (n: number) => Array.from({ length: n }, (_, i) => year(1900 + i));

	it('shows every step of a tour whose markers fit', () => {
		expect(stripPage(years(12), 5, 1280, { markerPx: 38 })).toEqual({ first: 0, end: 12 });
		expect(stripPage([], 0, 1280, { markerPx: 38 })).toEqual({ first: 0, end: 0 });
	});

	it('shows the page that holds the current step, and turns it after the page’s last step', () => {
		// 10,000 steps a year apart: blocks of 500, each cut into pages that fit.
		const spans = years(10_000);
		const first = stripPage(spans, 0, 1280, { markerPx: 38 });
		expect(first.first).toBe(0);
		expect(stripPage(spans, first.end - 1, 1280, { markerPx: 38 })).toEqual(first);
		const next = stripPage(spans, first.end, 1280, { markerPx: 38 });
		expect(next.first).toBe(first.end);
		expect(stripPage(spans, 9_999, 1280, { markerPx: 38 }).end).toBe(10_000);
	});

	it('always holds the current step, within the capacity, with no marker over another', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.integer({ min: 1900, max: 2030 }).map((y) => year(y)),
					{ minLength: 1, maxLength: 400 }
				),
				fc.nat(),
				fc.integer({ min: 200, max: 2000 }),
				(spans, at, widthPx) => {
					const index = at % spans.length;
					const { first, end } = stripPage(spans, index, widthPx, { markerPx: 40 });
					expect(first).toBeLessThanOrEqual(index);
					expect(index).toBeLessThan(end);
					expect(end - first).toBeLessThanOrEqual(stripCapacity(widthPx, 40));
					expect(layoutStepStrip(spans.slice(first, end), widthPx, { markerPx: 40 }).crowded).toBe(
						false
					);
				}
			),
			{ numRuns: 200 }
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
