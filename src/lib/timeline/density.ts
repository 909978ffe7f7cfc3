/** Event density for the overview strip: counts of events by start, in equal bins. */
import type { TimelineEvent } from '../model/dataset';
import { timeScale } from './timeScale';
import type { TimeWindow } from './viewport';

/** Counts events whose start falls in each of `binCount` equal bins of `w` (open starts skipped). */
export function densityBins(
	events: readonly TimelineEvent[],
	w: TimeWindow,
	binCount: number
): Uint32Array {
	const bins = new Uint32Array(binCount);
	// A scale as wide as there are bins: an event falls in the bin its position rounds down to.
	const bin = timeScale(w, binCount);
	for (const e of events) {
		const ms = e.span.startMs;
		if (!Number.isFinite(ms) || ms < w.startMs || ms >= w.endMs) continue;
		bins[Math.min(binCount - 1, Math.floor(bin.x(ms)))]!++;
	}
	return bins;
}

/** Rounds to hundredths of a px, to keep a path short. */
const px = (n: number) => Math.round(n * 100) / 100;

/**
 * The bins as bars standing on the bottom of a `widthPx` × `heightPx` strip, as one SVG path: a
 * bar per bin that holds events, as high as the square root of its count against the highest
 * (so that a lone event still shows beside a cluster), at least 2 px, with `topPx` kept clear
 * above the highest. One element, not one per bin: the overview mounts in a fraction of the time.
 */
export function densityBars(
	bins: ArrayLike<number>,
	widthPx: number,
	heightPx: number,
	topPx: number
): string {
	let max = 1;
	for (let i = 0; i < bins.length; i++) max = Math.max(max, bins[i]!);
	const binPx = widthPx / Math.max(1, bins.length);
	const barPx = px(Math.max(1, binPx - 1));
	const tallest = heightPx - topPx;
	let d = '';
	for (let i = 0; i < bins.length; i++) {
		const count = bins[i]!;
		if (count <= 0) continue;
		const h = px(Math.max(2, (Math.sqrt(count) / Math.sqrt(max)) * tallest));
		d += `M${px(i * binPx)},${px(heightPx - h)}h${barPx}v${h}h${-barPx}Z`;
	}
	return d;
}
