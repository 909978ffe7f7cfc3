/**
 * Windowing for long tables: which rows are in the DOM for a scroll position, and how tall the
 * spacers that stand in for the others are. Heights are measured where a row has been drawn and
 * estimated elsewhere, so the scrollbar matches the whole table closely.
 */

/** Up to this many rows a table is drawn whole: cheap, and the browser's find still sees all. */
export const WHOLE_TABLE_MAX_ROWS = 200;

/** The height assumed for a row before any has been measured. */
export const DEFAULT_ROW_HEIGHT_PX = 120;

/** Never assume rows shorter than this, so a bad measurement cannot fill the DOM. */
const MIN_ROW_HEIGHT_PX = 24;

/** Rows in the DOM at most, whatever the viewport and heights say. */
export const MAX_WINDOW_ROWS = 150;

export interface RowWindow {
	/** Index of the first row in the DOM. */
	start: number;
	/** Index after the last row in the DOM (exclusive). */
	end: number;
	/** Height of the spacer above the drawn rows, in px. */
	beforePx: number;
	/** Height of the spacer below the drawn rows, in px. */
	afterPx: number;
}

/** The mean of measured heights (at least MIN_ROW_HEIGHT_PX), or `fallbackPx` with none. */
export function estimateRowHeight(
	measuredPx: Iterable<number>,
	fallbackPx = DEFAULT_ROW_HEIGHT_PX
): number {
	let sum = 0;
	let count = 0;
	for (const h of measuredPx) {
		if (!Number.isFinite(h) || h <= 0) continue;
		sum += h;
		count++;
	}
	return Math.max(MIN_ROW_HEIGHT_PX, count > 0 ? sum / count : fallbackPx);
}

/**
 * Where each row starts: `tops[i]` is the top of row i and `tops[count]` the height of all rows,
 * in px. `heightPx(i)` gives a row's measured height, or undefined to use `estimatePx`.
 */
export function rowTops(
	count: number,
	heightPx: (index: number) => number | undefined,
	estimatePx: number
): Float64Array {
	const tops = new Float64Array(count + 1);
	for (let i = 0; i < count; i++) {
		const h = heightPx(i);
		tops[i + 1] = tops[i]! + (h !== undefined && Number.isFinite(h) && h >= 0 ? h : estimatePx);
	}
	return tops;
}

/** How many rows end at or above `px`: the index of the row that holds `px` (binary search). */
function rowsEndingBy(tops: Float64Array, px: number): number {
	let lo = 0;
	let hi = tops.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (tops[mid + 1]! <= px) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** How many rows start above `px`. */
function rowsStartingBefore(tops: Float64Array, px: number): number {
	let lo = 0;
	let hi = tops.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (tops[mid]! < px) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The rows to draw when the table's rows begin `scrollTopPx` above the viewport's top (negative
 * while they begin lower on the screen) and the viewport is `viewportPx` tall: those overlapping
 * the viewport widened by `overscanPx` on each side, at most MAX_WINDOW_ROWS of them.
 */
export function rowWindow(
	tops: Float64Array,
	scrollTopPx: number,
	viewportPx: number,
	overscanPx: number
): RowWindow {
	const count = tops.length - 1;
	const total = tops[count]!;
	if (count === 0) return { start: 0, end: 0, beforePx: 0, afterPx: 0 };
	const fromPx = Math.min(Math.max(0, scrollTopPx - overscanPx), total);
	const toPx = Math.max(fromPx, scrollTopPx + Math.max(0, viewportPx) + overscanPx);
	const start = Math.min(rowsEndingBy(tops, fromPx), count - 1);
	let end = rowsStartingBefore(tops, toPx);
	end = Math.max(start + 1, Math.min(end, start + MAX_WINDOW_ROWS));
	return { start, end, beforePx: tops[start]!, afterPx: total - tops[end]! };
}

/** Every row: the window of a table drawn whole. */
export function wholeTable(count: number): RowWindow {
	return { start: 0, end: count, beforePx: 0, afterPx: 0 };
}
