import { describe, expect, it } from 'vitest';
import type { ReadingEntry } from '$lib/model/readingOrder';
import {
	layoutReadingOrder,
	READING_MIN_WIDTH_PX,
	READING_ROW_PX
} from '$lib/timeline/readingLayout';
import { makeEvents } from './helpers';

const events = makeEvents([
	['a', '1990'],
	['b', '1997-05-27'],
	['c', '1999-03-24']
]);
// Read: b, a, b again, c, a again: five quotes, three moments.
const entries: ReadingEntry[] = [1, 0, 1, 2, 0].map((e, readingIndex) => ({
	event: events[e]!,
	passageId: 'p',
	quote: `quote ${readingIndex}`,
	readingIndex,
	timeIndex: e,
	jump: 'same'
}));

describe('layoutReadingOrder', () => {
	it('labels each moment once, however many quotes share it', () => {
		const { dates } = layoutReadingOrder(entries, 800);
		expect(dates.map((d) => d.timeIndex).sort()).toEqual([0, 1, 2]);
		expect(dates.find((d) => d.timeIndex === 1)!.text).toBe(events[1]!.displayDate);
	});

	it('keeps moments at least a row apart, so their labels never overlap', () => {
		const { timeY, readY } = layoutReadingOrder(entries, 800);
		for (let i = 1; i < timeY.length; i++)
			expect(timeY[i]! - timeY[i - 1]!).toBeGreaterThanOrEqual(READING_ROW_PX);
		expect(readY[4]! - readY[0]!).toBe(4 * READING_ROW_PX);
		expect(timeY[2]).toBe(readY[4]);
	});

	it('never shrinks below its least width, and grows a row a quote', () => {
		const narrow = layoutReadingOrder(entries, 200);
		expect(narrow.widthPx).toBe(READING_MIN_WIDTH_PX);
		expect(narrow.timeX).toBeGreaterThan(narrow.readX);
		expect(layoutReadingOrder(entries, 800).heightPx).toBeGreaterThanOrEqual(5 * READING_ROW_PX);
	});
});
