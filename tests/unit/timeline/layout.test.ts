import { describe, expect, it } from 'vitest';
import { fitLabel } from '$lib/timeline/labels';
import { buildLanes, laneKeyOf } from '$lib/timeline/lanes';
import {
	DEFAULT_LAYOUT,
	layoutLane,
	markKind,
	type LayoutOptions,
	type PlacedMark
} from '$lib/timeline/layout';
import { makeEvents, measure6 } from './helpers';

const vocab = {
	actors: [
		{ id: 'a', label: 'A' },
		{ id: 'b', label: 'B' }
	],
	themes: []
};
const year1999 = { startMs: Date.UTC(1999, 0, 1), endMs: Date.UTC(2000, 0, 1) };
const options = (extra: Partial<LayoutOptions> = {}): LayoutOptions => ({
	...DEFAULT_LAYOUT,
	widthPx: 1000,
	measure: measure6,
	...extra
});

function layout(
	specs: Parameters<typeof makeEvents>[0],
	w = year1999,
	extra: Partial<LayoutOptions> = {}
) {
	const [lane] = buildLanes(makeEvents(specs), 'none', vocab);
	return layoutLane(lane!, w, options(extra));
}

describe('markKind', () => {
	it('draws day events as points, month and year events as bands, intervals as bars', () => {
		const [day, month, year, interval] = makeEvents([
			['d', '1999-03-24'],
			['m', '1999-04'],
			['y', '1999'],
			['i', '1999-03-24/1999-06-10']
		]).sort((a, b) => a.id.localeCompare(b.id));
		expect([day, month, year, interval].map((e) => [e!.id, markKind(e!)])).toEqual([
			['d', 'point'],
			['i', 'bar'],
			['m', 'band'],
			['y', 'band']
		]);
	});
});

describe('layoutLane', () => {
	it('places a year-only event across the whole year', () => {
		const { marks } = layout([['y', '1999']]);
		expect(marks[0]).toMatchObject({ kind: 'band', x0: 0, x1: 1000 });
	});

	it('places a month band over its month and a day point at the middle of its day', () => {
		const { marks } = layout([
			['feb', '1999-02'],
			['day', '1999-07-02']
		]);
		const feb = marks.find((m) => m.event.id === 'feb')!;
		expect(feb.x0).toBeCloseTo((31 / 365) * 1000, 5);
		expect(feb.x1).toBeCloseTo((59 / 365) * 1000, 5);
		const day = marks.find((m) => m.event.id === 'day')!;
		expect((day.x0 + day.x1) / 2).toBeCloseTo((182.5 / 365) * 1000, 5);
	});

	it('puts events with identical dates on separate rows', () => {
		const { marks, rows } = layout([
			['a', '1999-03-24'],
			['b', '1999-03-24'],
			['c', '1999-03-24']
		]);
		expect(new Set(marks.map((m) => m.row)).size).toBe(3);
		expect(rows).toBe(3);
	});

	it('stacks nested intervals', () => {
		const { marks } = layout([
			['outer', '1999-01/1999-12'],
			['inner', '1999-03/1999-04']
		]);
		expect(marks.map((m) => [m.event.id, m.row])).toEqual([
			['outer', 0],
			['inner', 1]
		]);
	});

	it('keeps a year-only event and a day event in that year from overlapping', () => {
		const { marks } = layout([
			['the-year', '1999'],
			['a-day', '1999-06-01']
		]);
		expect(marks.find((m) => m.event.id === 'the-year')!.row).not.toBe(
			marks.find((m) => m.event.id === 'a-day')!.row
		);
	});

	it('never lets labels in the same row overlap', () => {
		const specs = Array.from({ length: 40 }, (_, i) => [
			`event-${i}`,
			`1999-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
			{ title: `A rather long event title number ${i}` }
		]) as Parameters<typeof makeEvents>[0];
		const { marks } = layout(specs, year1999, { maxRows: 3, bucketPx: 1000 / 4, maxPerBucket: 40 });
		const byRow = new Map<number, typeof marks>();
		for (const m of marks) byRow.set(m.row, [...(byRow.get(m.row) ?? []), m]);
		for (const rowMarks of byRow.values()) {
			const sorted = [...rowMarks].sort((a, b) => a.x0 - b.x0);
			for (let i = 1; i < sorted.length; i++) {
				const prev = sorted[i - 1]!;
				const labelEnd = prev.label ? prev.labelX + measure6(prev.label) : prev.x1;
				expect(labelEnd).toBeLessThanOrEqual(sorted[i]!.x0);
			}
		}
	});

	it('gives a crowded lane ten rows of whole names before shortening any', () => {
		const specs = Array.from({ length: 10 }, (_, i) => [
			`e${i}`,
			`1999-03-${String(1 + 3 * i).padStart(2, '0')}`,
			{ title: `A title thirty characters long${i}`.slice(0, 30) }
		]) as Parameters<typeof makeEvents>[0];
		const { marks, rows } = layout(specs);
		expect(rows).toBe(10);
		expect(marks.map((m) => m.label)).toEqual(marks.map((m) => m.event.title));
	});

	it('shortens a label that does not fit and hides one with no room', () => {
		const { marks } = layout(
			[
				['first', '1999-01-10', { title: 'A title far too long for the room it has here' }],
				['second', '1999-02-20'],
				['third', '1999-02-21', { title: 'Squeezed in' }],
				['fourth', '1999-02-22']
			],
			year1999,
			{ maxRows: 1, bucketPx: 1000, maxPerBucket: 10 }
		);
		const first = marks.find((m) => m.event.id === 'first')!;
		expect(first.label.endsWith('…')).toBe(true);
		expect(marks.find((m) => m.event.id === 'third')!.label).toBe('');
	});

	it('collapses a dense region into a count and still draws a pinned event', () => {
		const specs = Array.from({ length: 50 }, (_, i) => [`e${i}`, '1999-06-15']) as Parameters<
			typeof makeEvents
		>[0];
		const { marks, aggregates } = layout(specs, year1999, { pinned: new Set(['e7']) });
		expect(aggregates).toHaveLength(1);
		expect(aggregates[0]!.count).toBe(49);
		expect(marks.map((m) => m.event.id)).toEqual(['e7']);
	});

	it('joins a count cut narrow by the window edge to the count beside it', () => {
		// Buckets of 2^30 ms, 34 px wide; the window ends half-way through its last bucket.
		const bucketMs = 2 ** 30;
		const w = { startMs: 850 * bucketMs, endMs: 879.5 * bucketMs };
		const specs = Array.from({ length: 370 }, (_, i) => [
			`d${i}`,
			new Date(w.startMs + i * 86_400_000).toISOString().slice(0, 10)
		]) as Parameters<typeof makeEvents>[0];
		const { aggregates } = layout(specs, w, { widthPx: 1003 });
		expect(aggregates.length).toBeGreaterThan(20);
		for (const a of aggregates) expect(a.x1 - a.x0).toBeGreaterThanOrEqual(24);
		expect(aggregates.at(-1)!.x1).toBe(1003);
		expect(aggregates.at(-1)!.endMs).toBeGreaterThanOrEqual(w.endMs);
		// Each event is one day: those in the window or the rest of its last bucket, none twice.
		const day = 86_400_000;
		const days = specs.map((_, i) => Math.floor((w.startMs + i * day) / day) * day);
		const end = aggregates.at(-1)!.endMs;
		const visible = days.filter((d) => d < end && d + day > w.startMs).length;
		expect(aggregates.reduce((n, a) => n + a.count, 0)).toBe(visible);
	});

	it('counts intervals that began before the window in its first bucket, pinned ones apart', () => {
		const specs = Array.from({ length: 8 }, (_, i) => [
			`long${i}`,
			`1998-0${i + 1}-01/1999-03-01`
		]) as Parameters<typeof makeEvents>[0];
		const { marks, aggregates } = layout(specs, year1999, {
			maxPerBucket: 3,
			pinned: new Set(['long2'])
		});
		expect(aggregates).toHaveLength(1);
		expect(aggregates[0]!.startMs).toBeLessThanOrEqual(year1999.startMs);
		expect(aggregates[0]!.count).toBe(7);
		expect(marks.map((m) => m.event.id)).toEqual(['long2']);
	});

	it('keeps a pinned event drawn outside the window, so focus survives', () => {
		const { marks } = layout([['far', '2005-01-01']], year1999, { pinned: new Set(['far']) });
		expect(marks.map((m) => m.event.id)).toEqual(['far']);
		expect(marks[0]!.x0).toBeGreaterThan(1000);
	});

	it('only lays out what is visible, including intervals that began before the window', () => {
		const { marks } = layout([
			['before', '1998-03-01'],
			['spanning', '1998-06/1999-02'],
			['inside', '1999-05-05'],
			['after', '2000-02-01'],
			['open', '1990/..']
		]);
		expect(marks.map((m) => m.event.id).sort()).toEqual(['inside', 'open', 'spanning']);
	});
});

describe('labels in a crowded lane', () => {
	const w = { startMs: Date.UTC(1999, 0, 1), endMs: Date.UTC(2000, 0, 1) };
	const lay = (
		specs: Parameters<typeof makeEvents>[0],
		extra: Partial<LayoutOptions> = {}
	): PlacedMark[] =>
		layoutLane(buildLanes(makeEvents(specs), 'none', vocab)[0]!, w, {
			...DEFAULT_LAYOUT,
			maxRows: 1,
			widthPx: 1000,
			measure: measure6,
			...extra
		}).marks;
	const title = 'Operation Allied Force over Yugoslavia'; // 228 px at 6 px a character
	// Two points 100 px apart on one row: the first has about 80 px for its name.
	const crowded: Parameters<typeof makeEvents>[0] = [
		['a', '1999-03-01', { title, label: 'Allied Force' }],
		['b', '1999-04-07', { title: 'Next' }]
	];

	it('shows the short label before cutting the title', () => {
		expect(lay(crowded)[0]!.label).toBe('Allied Force');
	});

	it('cuts the title when there is no short label', () => {
		const marks = lay([['a', '1999-03-01', { title }], crowded[1]!]);
		expect(marks[0]!.label).toMatch(/^Operation…$|^Operation Al…$/);
	});

	it('draws the selected event whole and inside the timeline, even at its right edge', () => {
		const pinned = new Set(['a']);
		const marks = lay(crowded, { pinned });
		expect(marks[0]).toMatchObject({ label: title, pinned: true });
		const atEdge = lay([['a', '1999-12-30', { title }]], { pinned })[0]!;
		expect(atEdge.label).toBe(title);
		expect(atEdge.labelX + measure6(title)).toBeLessThanOrEqual(1000);
	});

	it('draws a selected title wider than the whole timeline as its whole short label', () => {
		const pinned = new Set(['a']);
		const narrow = { pinned, widthPx: 200 };
		expect(lay(crowded, narrow)[0]).toMatchObject({ label: 'Allied Force', pinned: true });
		// Without a short label the title stays whole: the details give it in full.
		expect(lay([['a', '1999-03-01', { title }]], narrow)[0]!.label).toBe(title);
	});

	// Bold: 7 px a character, where the layout's regular measure gives 6.
	const measure7 = (text: string) => text.length * 7;

	it('fits a pinned title by its bold width, flipped left of a point at the right edge', () => {
		const pinned = new Set(['a']);
		const [mark] = lay([['a', '1999-12-20', { title }]], { pinned, measurePinned: measure7 });
		expect(mark!.label).toBe(title);
		expect(mark!.labelX + measure7(title)).toBeLessThan(mark!.x0);
		expect(mark!.labelX).toBeGreaterThanOrEqual(0);
	});

	it('keeps a pinned point label after its symbol where it fits', () => {
		const pinned = new Set(['a']);
		const [mark] = lay([['a', '1999-06-01', { title }]], { pinned, measurePinned: measure7 });
		expect(mark!.labelX).toBeGreaterThan(mark!.x1);
	});

	it('moves a pinned band label left of the right edge by its bold width', () => {
		const pinned = new Set(['a']);
		const [mark] = lay([['a', '1999-12', { title }]], { pinned, measurePinned: measure7 });
		expect(mark!.labelX + 10 + measure7(title)).toBeLessThanOrEqual(1000);
	});
});

describe('fitLabel', () => {
	it.each([
		['Kosovo air campaign', 200, 'Kosovo air campaign'],
		['Kosovo air campaign', 80, 'Kosovo air…'],
		['Kosovo air campaign', 62, 'Kosovo ai…'],
		['Kosovo air campaign', 50, ''],
		['Kosovo air campaign', 20, '']
	])('fits %j into %i px as %j', (text, px, expected) => {
		expect(fitLabel(text, px, measure6)).toBe(expected);
	});
});

describe('buildLanes', () => {
	it('groups by the first-named actor in vocabulary order and drops empty lanes', () => {
		const events = makeEvents([
			['x', '1999', { actors: ['b', 'a'] }],
			['y', '2000', { actors: ['a'] }]
		]);
		const lanes = buildLanes(events, 'actor', {
			...vocab,
			actors: [...vocab.actors, { id: 'c', label: 'C' }]
		});
		expect(lanes.map((l) => [l.id, l.events.map((e) => e.id)])).toEqual([
			['a', ['y']],
			['b', ['x']]
		]);
		expect(laneKeyOf(events[0]!, 'stance')).toBe('mixed');
	});
});

describe('fitLabel with a proportional font', () => {
	// Wide capitals and narrow lower case: the first guess is often wrong and must be corrected.
	const measure = (text: string) =>
		[...text].reduce((w, c) => w + (c === c.toUpperCase() ? 9 : 5), 0);
	const title = 'WWW NATO-Russia Council founded at the Rome summit MMM';

	it.each([20, 40, 60, 90, 140, 200, 300])('never exceeds %i px', (px) => {
		const label = fitLabel(title, px, measure);
		if (label) expect(measure(label)).toBeLessThanOrEqual(px);
	});
});
