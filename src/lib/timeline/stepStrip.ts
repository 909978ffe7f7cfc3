/**
 * The presentation's timeline strip: every step of a tour on one time axis, as numbered markers
 * that never overlap, for text large enough to read from the back of a room.
 */
import { estimateTextWidth, type MeasureText } from './labels';
import type { Tick } from './ticks';
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
	for (const { i, x } of order) {
		let row = rowEnd.findIndex((end) => end + gapPx <= x - half);
		if (row === -1 && rowEnd.length < maxRows) row = rowEnd.length;
		if (row === -1) row = rowEnd.indexOf(Math.min(...rowEnd));
		rowEnd[row] = x + half;
		markers[i] = { x, row };
	}
	return { window, markers, rows: Math.max(1, rowEnd.length) };
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
 * The steps the strip shows of `count`: all when they fit (`capacity`), else the page of
 * `capacity` steps that holds the current one (`index`). Pages, rather than a window that moves
 * with each step, keep the axis still while a presenter steps through one.
 */
export function stripRange(count: number, index: number, capacity: number): StripRange {
	if (count <= capacity) return { first: 0, end: count };
	const first = Math.floor(Math.min(Math.max(0, index), count - 1) / capacity) * capacity;
	return { first, end: Math.min(count, first + capacity) };
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
