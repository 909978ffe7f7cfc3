/**
 * The one time scale of the timeline: a window of time drawn `widthPx` wide, with its mapping,
 * its inverse, its ticks and its d3-zoom transform in one value (as d3-scale's `scaleUtc` keeps
 * them). The canvas, the buttons over it, the overview, the practice axis and the exports all
 * read positions from here.
 */
import { tickInstants, type Tick, type TickLevel } from './ticks';
import type { TimeWindow } from './viewport';

/** The part of a d3-zoom transform that a horizontal timeline uses: scale `k`, shift `x` in px. */
export interface ZoomTransformLike {
	k: number;
	x: number;
}

export interface TimeScale {
	readonly window: TimeWindow;
	readonly widthPx: number;
	/** Milliseconds per px. */
	readonly msPerPx: number;
	/** The px from the left edge where `ms` falls (outside [0, widthPx] when outside the window). */
	x(ms: number): number;
	/** The instant in ms at `px` from the left edge. */
	invert(px: number): number;
	/** Axis ticks for this window and width, labelled in UTC, placed in px. */
	ticks(): { level: TickLevel; ticks: Tick[] };
	/** The d3-zoom transform that shows this window, when zoom 1 shows `full` across the width. */
	zoomTransform(full: TimeWindow): ZoomTransformLike;
}

/** A time scale mapping `window` linearly onto [0, widthPx]. */
export function timeScale(window: TimeWindow, widthPx: number): TimeScale {
	const { startMs, endMs } = window;
	const spanMs = endMs - startMs;
	const x = (ms: number) => ((ms - startMs) / spanMs) * widthPx;
	const invert = (px: number) => startMs + (px / widthPx) * spanMs;
	return {
		window,
		widthPx,
		msPerPx: spanMs / Math.max(widthPx, 1),
		x,
		invert,
		ticks() {
			const { level, instants } = tickInstants(window, widthPx);
			return { level, ticks: instants.map((t) => ({ ...t, x: x(t.ms) })) };
		},
		zoomTransform(full) {
			const k = (full.endMs - full.startMs) / spanMs;
			return { k, x: -k * timeScale(full, widthPx).x(startMs) };
		}
	};
}

/** The window that d3-zoom transform `t` shows, when zoom 1 shows `full` across `widthPx`. */
export function windowOfTransform(
	full: TimeWindow,
	t: ZoomTransformLike,
	widthPx: number
): TimeWindow {
	const atZoom1 = timeScale(full, widthPx);
	return { startMs: atZoom1.invert(-t.x / t.k), endMs: atZoom1.invert((widthPx - t.x) / t.k) };
}
