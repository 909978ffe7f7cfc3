/**
 * The presentation's timeline strip: every step of a tour on one time axis, as numbered markers
 * that never overlap, for text large enough to read from the back of a room.
 */
import { estimateTextWidth, type MeasureText } from './labels';
import type { Tick } from './ticks';
import { memoLast } from './memoLast';
import { timeScale } from './timeScale';
import { DAY_MS, type TimeWindow } from './viewport';

export interface StripMarker {
	/** The marker's centre, in px from the strip's left edge (kept inside the strip). */
	x: number;
	/** 0 for the row nearest the axis; steps close in time stack upwards. */
	row: number;
}

export interface StepStrip {
	/** The time shown across the strip. */
	window: TimeWindow;
	markers: StripMarker[];
	/** Rows in use (at least 1). */
	rows: number;
	/** Whether some marker had no row to itself and lies over another: the steps did not fit. */
	crowded: boolean;
}

const YEAR_MS = 365.2425 * DAY_MS;

/**
 * Places one marker `markerPx` wide per span, in the order given, at the middle of the span's
 * known part, on a window around all of them (at least a year, padded by `padRatio` of it on each
 * side). A marker takes the lowest row where it clears the last one by `gapPx`; with `maxRows`
 * taken it goes in the row that ends first. Spans with no finite end are placed at the other one.
 */
export function layoutStepStrip(
	spans: readonly TimeWindow[],
	widthPx: number,
	{ markerPx = 48, gapPx = 6, maxRows = 3, padRatio = 0.04 } = {}
): StepStrip {
	const mids = spans.map(middleMs);
	const finite = mids.filter(Number.isFinite);
	let startMs = finite.length ? Math.min(...finite) : 0;
	let endMs = finite.length ? Math.max(...finite) : YEAR_MS;
	if (endMs - startMs < YEAR_MS) {
		const centre = (startMs + endMs) / 2;
		startMs = centre - YEAR_MS / 2;
		endMs = centre + YEAR_MS / 2;
	}
	const pad = (endMs - startMs) * padRatio;
	const window = { startMs: startMs - pad, endMs: endMs + pad };
	const half = markerPx / 2;
	const scale = timeScale(window, widthPx);
	const toPx = (ms: number) => Math.min(widthPx - half, Math.max(half, scale.x(ms)));

	const order = mids.map((ms, i) => ({ i, x: toPx(Number.isFinite(ms) ? ms : startMs) }));
	order.sort((a, b) => a.x - b.x || a.i - b.i);
	const rowEnd: number[] = [];
	const markers: StripMarker[] = new Array(spans.length);
	let crowded = false;
	for (const { i, x } of order) {
		let row = rowEnd.findIndex((end) => end + gapPx <= x - half);
		if (row === -1 && rowEnd.length < maxRows) row = rowEnd.length;
		if (row === -1) {
			row = rowEnd.indexOf(Math.min(...rowEnd));
			crowded = true;
		}
		rowEnd[row] = x + half;
		markers[i] = { x, row };
	}
	return { window, markers, rows: Math.max(1, rowEnd.length), crowded };
}

/** The steps a strip shows: indexes `first` (inclusive) to `end` (exclusive) of the tour's. */
export interface StripRange {
	first: number;
	end: number;
}

/**
 * How many markers `markerPx` wide fit on a strip `widthPx` wide in `maxRows` rows with `gapPx`
 * between them (layoutStepStrip's defaults): the most a strip shows at once.
 */
export function stripCapacity(widthPx: number, markerPx: number, gapPx = 6, maxRows = 3): number {
	return Math.max(1, Math.floor(widthPx / (markerPx + gapPx))) * maxRows;
}

/**
 * Steps (their spans, in the tour's order) cut into the pages a strip `widthPx` wide shows, as
 * the index of each page's first step. Each page is the longest run of steps from where the last
 * one ended whose markers all fit without lying over one another (a single step always does), up
 * to the strip's capacity.
 */
export function stripPages(
	spans: readonly TimeWindow[],
	widthPx: number,
	{ markerPx = 48 } = {}
): number[] {
	const fits = (first: number, n: number) =>
		!layoutStepStrip(spans.slice(first, first + n), widthPx, { markerPx }).crowded;
	// No more fit than the strip's rows hold side by side.
	const capacity = stripCapacity(widthPx, markerPx);
	const starts: number[] = [];
	for (let first = 0; first < spans.length;) {
		starts.push(first);
		// The longest run that fits, by halving between one that does and one that does not.
		let fitting = 1;
		let over = Math.min(capacity, spans.length - first) + 1;
		if (fits(first, over - 1)) fitting = over - 1;
		else
			while (over - fitting > 1) {
				const n = Math.floor((fitting + over) / 2);
				if (fits(first, n)) fitting = n;
				else over = n;
			}
		first += fitting;
	}
	return starts;
}

/**
 * Steps per block: a tour is cut into blocks of this many, and each block into pages, so that
 * only the current block is laid out however long the tour, and the pages of a tour of a few
 * hundred steps do not depend on where a block ends.
 */
const STRIP_BLOCK_STEPS = 500;

/**
 * The pages of the block of `spans` from step `block`: the last block's are kept, so that
 * stepping within a block, which changes none of these, does not cut it into pages again.
 */
const blockPages = memoLast(
	(spans: readonly TimeWindow[], block: number, widthPx: number, markerPx: number) =>
		stripPages(spans.slice(block, block + STRIP_BLOCK_STEPS), widthPx, { markerPx })
);

/**
 * The steps the strip shows while step `index` of a tour (`spans`, in its order) is current: all
 * when their markers fit, else the page of its block (stripPages) that holds it. Pages, rather
 * than a window that moves with each step, keep the axis still while a presenter steps through
 * one.
 */
export function stripPage(
	spans: readonly TimeWindow[],
	index: number,
	widthPx: number,
	{ markerPx = 48 } = {}
): StripRange {
	if (spans.length === 0) return { first: 0, end: 0 };
	const at = Math.min(Math.max(0, index), spans.length - 1);
	const block = Math.floor(at / STRIP_BLOCK_STEPS) * STRIP_BLOCK_STEPS;
	const blockEnd = Math.min(spans.length, block + STRIP_BLOCK_STEPS);
	const starts = blockPages(spans, block, widthPx, markerPx);
	let page = 0;
	while (page + 1 < starts.length && block + starts[page + 1]! <= at) page++;
	return { first: block + starts[page]!, end: block + (starts[page + 1] ?? blockEnd - block) };
}

function middleMs(span: TimeWindow): number {
	const { startMs, endMs } = span;
	if (Number.isFinite(startMs) && Number.isFinite(endMs)) return (startMs + endMs) / 2;
	return Number.isFinite(startMs) ? startMs : endMs;
}

/** The strip's type size in px for a strip `widthPx` wide: never under 20 px, at most 32 px. */
export function stripFontPx(widthPx: number): number {
	return Math.round(Math.min(32, Math.max(20, widthPx / 70)));
}

export interface StripTick extends Tick {
	/** The label's left edge in px: centred on the tick, moved in to stay whole inside the strip. */
	labelLeftPx: number;
}

/**
 * Axis ticks for the strip, spaced for labels `fontPx` high (the explorer's axis is for 12 px),
 * only those on the strip, each label placed whole inside it as `measure` sizes it.
 */
export function stripTicks(
	window: TimeWindow,
	widthPx: number,
	fontPx: number,
	measure: MeasureText = (label) => estimateTextWidth(label, fontPx)
): StripTick[] {
	const scale = fontPx / 12;
	return timeScale(window, widthPx / scale)
		.ticks()
		.ticks.map((t) => ({ ...t, x: t.x * scale }))
		.filter((t) => t.x >= 0 && t.x <= widthPx)
		.map((t) => {
			const labelPx = measure(t.label);
			const left = Math.min(widthPx - labelPx, Math.max(0, t.x - labelPx / 2));
			return { ...t, labelLeftPx: left };
		});
}
