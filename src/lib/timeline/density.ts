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
