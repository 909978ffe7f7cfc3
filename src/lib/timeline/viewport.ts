/** The visible time window and the pure moves on it: zoom, pan, show all, bring into view. */

export interface TimeWindow {
	startMs: number;
	endMs: number;
}

export const DAY_MS = 86_400_000;
/** The closest zoom: a few days across the whole width. */
export const MIN_WINDOW_MS = 4 * DAY_MS;

/** Whether both ends of a window are finite numbers (a window that can be drawn and written). */
export function isFiniteWindow(w: TimeWindow): boolean {
	return Number.isFinite(w.startMs) && Number.isFinite(w.endMs) && w.endMs > w.startMs;
}

/**
 * A span with open or unknown ends (±Infinity) cut to `bounds`, so that a window can be made
 * from it: `2022-02-24/..` reaches the end of the bounds, `../2001` their start.
 */
export function boundedSpan(span: TimeWindow, bounds: TimeWindow): TimeWindow {
	const startMs = Number.isFinite(span.startMs) ? span.startMs : bounds.startMs;
	const endMs = Number.isFinite(span.endMs) ? span.endMs : bounds.endMs;
	return { startMs, endMs: Math.max(startMs, endMs) };
}

/** Milliseconds across a window. */
export function windowSpan(w: TimeWindow): number {
	return w.endMs - w.startMs;
}

/** The whole dataset with a margin of 3% each side, never narrower than the closest zoom. */
export function fullWindow(extent: TimeWindow): TimeWindow {
	const span = Math.max(windowSpan(extent), MIN_WINDOW_MS);
	const mid = (extent.startMs + extent.endMs) / 2;
	const half = (span * 1.06) / 2;
	return { startMs: mid - half, endMs: mid + half };
}

/** Keeps a window inside `bounds` and its width between MIN_WINDOW_MS and the bounds' width. */
export function clampWindow(w: TimeWindow, bounds: TimeWindow, minMs = MIN_WINDOW_MS): TimeWindow {
	const maxSpan = windowSpan(bounds);
	const span = Math.min(Math.max(windowSpan(w), Math.min(minMs, maxSpan)), maxSpan);
	const mid = (w.startMs + w.endMs) / 2;
	let startMs = mid - span / 2;
	startMs = Math.min(Math.max(startMs, bounds.startMs), bounds.endMs - span);
	return { startMs, endMs: startMs + span };
}

/**
 * Zooms by `factor` (> 1 zooms in) around `centerMs`, which keeps its place on screen; the
 * result is clamped to `bounds`.
 */
export function zoomWindow(
	w: TimeWindow,
	factor: number,
	centerMs: number,
	bounds: TimeWindow
): TimeWindow {
	const startMs = centerMs - (centerMs - w.startMs) / factor;
	const endMs = centerMs + (w.endMs - centerMs) / factor;
	return clampWindow({ startMs, endMs }, bounds);
}

/**
 * Zooms by `factor` around `focus` (the focused or selected event's span) where it is in view,
 * else around the window's centre.
 */
export function zoomAround(
	w: TimeWindow,
	factor: number,
	focusSpan: TimeWindow | undefined,
	bounds: TimeWindow
): TimeWindow {
	const focus = focusSpan && boundedSpan(focusSpan, bounds);
	const center =
		focus && focus.startMs < w.endMs && focus.endMs > w.startMs
			? (Math.max(focus.startMs, w.startMs) + Math.min(focus.endMs, w.endMs)) / 2
			: (w.startMs + w.endMs) / 2;
	return zoomWindow(w, factor, center, bounds);
}

/** Moves the window by `deltaMs` (positive: later), clamped to `bounds`. */
export function panWindow(w: TimeWindow, deltaMs: number, bounds: TimeWindow): TimeWindow {
	return clampWindow({ startMs: w.startMs + deltaMs, endMs: w.endMs + deltaMs }, bounds);
}

/**
 * The window that shows `span` with context: unchanged when the span is already well inside,
 * else centred on it at the current zoom, widened when the span does not fit. Open ends count
 * as reaching the bounds.
 */
export function windowShowing(
	w: TimeWindow,
	eventSpan: TimeWindow,
	bounds: TimeWindow
): TimeWindow {
	const span = boundedSpan(eventSpan, bounds);
	const margin = windowSpan(w) * 0.05;
	if (span.startMs >= w.startMs + margin && span.endMs <= w.endMs - margin) return w;
	const needed = windowSpan(span) * 1.5;
	const width = Math.max(windowSpan(w), needed);
	const mid = (span.startMs + span.endMs) / 2;
	return clampWindow({ startMs: mid - width / 2, endMs: mid + width / 2 }, bounds);
}

/**
 * A window of `contextMs` around a span, for focusing one event (presentation, URL); open ends
 * count as reaching the bounds.
 */
export function windowAround(
	eventSpan: TimeWindow,
	contextMs: number,
	bounds: TimeWindow
): TimeWindow {
	const span = boundedSpan(eventSpan, bounds);
	const width = Math.max(windowSpan(span) * 1.6, contextMs);
	const mid = (span.startMs + span.endMs) / 2;
	return clampWindow({ startMs: mid - width / 2, endMs: mid + width / 2 }, bounds);
}

/** Interpolates between windows; t in [0, 1]. Interpolates the log of the width so zooms feel even. */
export function interpolateWindow(a: TimeWindow, b: TimeWindow, t: number): TimeWindow {
	const spanA = windowSpan(a);
	const spanB = windowSpan(b);
	const span = spanA * Math.pow(spanB / spanA, t);
	const midA = (a.startMs + a.endMs) / 2;
	const midB = (b.startMs + b.endMs) / 2;
	const mid = midA + (midB - midA) * t;
	return { startMs: mid - span / 2, endMs: mid + span / 2 };
}

/** The step, in px, by which the painted band of a timeline grows or moves, and its margin. */
export const BAND_STEP_PX = 128;

/**
 * The rows of a scene `heightPx` tall to paint when its top is `position.scrollTopPx` above the
 * viewport: those in sight and at least BAND_STEP_PX more each side, so that a scroll shows
 * painted rows before the next frame repaints. Its ends fall on whole steps, so that a scroll
 * changes it only once per step. With the position unknown, all of it.
 */
export function visibleBand(
	position: { scrollTopPx: number; viewportPx: number } | undefined,
	heightPx: number
): { topPx: number; heightPx: number } {
	if (!position) return { topPx: 0, heightPx };
	const top = (Math.floor(position.scrollTopPx / BAND_STEP_PX) - 1) * BAND_STEP_PX;
	const bottom =
		(Math.floor((position.scrollTopPx + position.viewportPx) / BAND_STEP_PX) + 2) * BAND_STEP_PX;
	const from = Math.max(0, top);
	const to = Math.min(heightPx, bottom);
	return to > from ? { topPx: from, heightPx: to - from } : { topPx: 0, heightPx: 0 };
}
