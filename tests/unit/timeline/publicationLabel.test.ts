import { describe, expect, it } from 'vitest';
import { placePublicationLabel } from '$lib/timeline/publicationLabel';
import type { Tick } from '$lib/timeline/ticks';
import { measure6 } from './helpers';

const tick = (x: number, label: string, major = false): Tick => ({ ms: 0, x, label, major });
// The explorer's default view at 1280×720: 1986 to 2007 over 846 px, ticks every five years.
const fiveYears = [
	tick(123, '1990', true),
	tick(325, '1995'),
	tick(527, '2000'),
	tick(729, '2005')
];
const text = 'Text published November 2006';

/** Where a tick label is painted: 4 px after its tick. */
const labelSpan = (t: Tick): [number, number] => [t.x + 4, t.x + 4 + measure6(t.label)];

describe('placePublicationLabel', () => {
	it.each([
		['near the right edge, over the 2005 label', 803, 846],
		['in the middle of a wide timeline', 1100, 1800],
		['just after a tick', 530, 846],
		['near the left edge', 20, 846]
	])('covers no tick label that is still drawn: %s', (_, lineX, widthPx) => {
		const placed = placePublicationLabel(lineX, measure6(text), widthPx, fiveYears, measure6);
		const [from, to] = [placed.left, placed.left + placed.width];
		expect(from).toBeGreaterThanOrEqual(0);
		expect(to).toBeLessThanOrEqual(widthPx);
		for (const t of placed.ticks.filter((t) => t.label)) {
			const [a, b] = labelSpan(t);
			expect(b <= from || a >= to, `${t.label} at ${a}–${b} under ${from}–${to}`).toBe(true);
		}
		// Every tick stays (its line is drawn); only covered labels are emptied.
		expect(placed.ticks.map((t) => t.x)).toEqual(fiveYears.map((t) => t.x));
	});

	it('touches the line: after it where it fits, else before it', () => {
		const after = placePublicationLabel(400, 180, 846, [], measure6);
		expect(after).toMatchObject({ left: 400, before: false });
		const before = placePublicationLabel(803, 180, 846, [], measure6);
		expect(before.before).toBe(true);
		expect(before.left + before.width).toBe(803);
	});

	it('takes the side of the line that hides fewer tick labels', () => {
		// After the line at 300 lie two ticks within reach, before it none.
		const ticks = [tick(320, '1995'), tick(400, '1996')];
		const placed = placePublicationLabel(300, 150, 846, ticks, measure6);
		expect(placed.before).toBe(true);
		expect(placed.ticks.map((t) => t.label)).toEqual(['1995', '1996']);
	});

	it('hides only the labels it must', () => {
		const placed = placePublicationLabel(803, measure6(text), 846, fiveYears, measure6);
		expect(placed.ticks.map((t) => t.label)).toEqual(['1990', '1995', '2000', '']);
	});
});
