/**
 * The reading-order chart in pixels: quotes on the left in reading order, dates on the right in
 * time order, one date label per moment however many quotes share it, drawn at 1:1 so that text
 * keeps its size however long the list.
 */
import type { ReadingEntry } from '../model/readingOrder';

export const READING_ROW_PX = 24;
/** Room for the quote column on the left and the date column on the right. */
export const READING_QUOTE_PX = 200;
export const READING_DATE_PX = 170;
/** The chart is never narrower than this: below it, it scrolls sideways. */
export const READING_MIN_WIDTH_PX = 460;
const TOP_PX = 28;

export interface ReadingLayout {
	widthPx: number;
	heightPx: number;
	/** x of the quotes' dots and of the dates' dots. */
	readX: number;
	timeX: number;
	/** y of each entry's quote, by reading index, and of each moment, by time index. */
	readY: number[];
	timeY: number[];
	/** One label per moment: its time index and the date to show. */
	dates: { timeIndex: number; text: string }[];
}

/** Lays out `entries` in a chart `widthPx` wide (at least READING_MIN_WIDTH_PX). */
export function layoutReadingOrder(
	entries: readonly ReadingEntry[],
	widthPx: number
): ReadingLayout {
	const width = Math.max(READING_MIN_WIDTH_PX, widthPx);
	const slots = Math.max(1, ...entries.map((e) => e.timeIndex + 1));
	const rows = Math.max(1, entries.length);
	const heightPx = TOP_PX + rows * READING_ROW_PX;
	// Moments share the height of the rows; there are never more moments than rows.
	const step = slots > 1 ? ((rows - 1) * READING_ROW_PX) / (slots - 1) : 0;
	const first = TOP_PX + READING_ROW_PX / 2;
	const dates: ReadingLayout['dates'] = [];
	const labelled = new Set<number>();
	for (const e of entries)
		if (!labelled.has(e.timeIndex)) {
			labelled.add(e.timeIndex);
			dates.push({ timeIndex: e.timeIndex, text: e.event.displayDate });
		}
	return {
		widthPx: width,
		heightPx,
		readX: READING_QUOTE_PX,
		timeX: width - READING_DATE_PX,
		readY: entries.map((_, i) => first + i * READING_ROW_PX),
		timeY: Array.from({ length: slots }, (_, i) => first + i * step),
		dates
	};
}
