/**
 * What a count box holds: the span of the events counted in it and the window that zooms to
 * them. Run for the few counts on screen once a gesture settles, never per frame.
 */
import { formatInstantRange } from './format';
import type { Aggregate } from './layout';
import { bisectLeft, type Lane } from './lanes';
import { clampWindow, type TimeWindow } from './viewport';

/**
 * From the first start to the last finite end of the lane's events that start inside `agg`;
 * the count's own bucket when none does (it then holds only events begun before it).
 */
export function countedSpan(lane: Pick<Lane, 'startsMs' | 'endsMs'>, agg: Aggregate): TimeWindow {
	const from = bisectLeft(lane.startsMs, agg.startMs);
	const to = bisectLeft(lane.startsMs, agg.endMs);
	if (to <= from) return { startMs: agg.startMs, endMs: agg.endMs };
	let endMs = lane.startsMs[to - 1]!;
	for (let i = from; i < to; i++) {
		const end = lane.endsMs[i]!;
		if (Number.isFinite(end) && end > endMs) endMs = end;
	}
	return { startMs: lane.startsMs[from]!, endMs };
}

/** The accessible name of a count box: how many events, over what span, and what it does. */
export function countName(count: number, span: TimeWindow): string {
	return `${count} events, ${formatInstantRange(span)}; zoom in to show them`;
}

/**
 * The window a count box zooms to: its events' span with a quarter of it to each side, kept
 * inside `full` and no narrower than the closest zoom.
 */
export function countZoomWindow(span: TimeWindow, full: TimeWindow): TimeWindow {
	const padMs = (span.endMs - span.startMs) / 4;
	return clampWindow({ startMs: span.startMs - padMs, endMs: span.endMs + padMs }, full);
}
