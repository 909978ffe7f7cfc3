/**
 * Lanes: events grouped by actor, theme or stance, each lane sorted by start with typed arrays
 * for binary search. Built once per dataset, filter and grouping, never per frame.
 */
import type { TimelineEvent } from '../model/dataset';
import { STANCE_LABEL } from '../model/labels';
import type { Stance } from '../model/schema';

export type LaneGrouping = 'actor' | 'theme' | 'stance' | 'none';
export const LANE_GROUPINGS: readonly LaneGrouping[] = ['actor', 'theme', 'stance', 'none'];

export interface Lane {
	id: string;
	label: string;
	/** Sorted by start, then end. */
	events: TimelineEvent[];
	startsMs: Float64Array;
	endsMs: Float64Array;
	/** The events again, by duration class, to find those that began before a window. */
	durationClasses: DurationClass[];
	/** Index in `events` by event id (built at its first use: most layouts pin no event). */
	readonly indexOf: Map<string, number>;
}

/**
 * Events of similar duration (within a factor of 4), sorted by start: an event of this class
 * visible at time t started after t − maxMs, so a search scans little that is not visible.
 */
export interface DurationClass {
	maxMs: number;
	startsMs: Float64Array;
	/** Indexes into the lane's events. */
	indexes: Int32Array;
}

interface Vocabulary {
	actors: readonly { id: string; label: string }[];
	themes: readonly { id: string; label: string }[];
}

/** The lane an event belongs to: its first-named actor or theme, its stance, or the one lane. */
export function laneKeyOf(event: TimelineEvent, grouping: LaneGrouping): string {
	switch (grouping) {
		case 'actor':
			return event.actors[0] ?? '';
		case 'theme':
			return event.themes[0] ?? '';
		case 'stance':
			return event.stance;
		case 'none':
			return 'all';
	}
}

function laneOrder(grouping: LaneGrouping, vocab: Vocabulary): { id: string; label: string }[] {
	switch (grouping) {
		case 'actor':
			return [...vocab.actors, { id: '', label: 'No actor' }];
		case 'theme':
			return [...vocab.themes, { id: '', label: 'No theme' }];
		case 'stance':
			return (Object.keys(STANCE_LABEL) as Stance[]).map((id) => ({ id, label: STANCE_LABEL[id] }));
		case 'none':
			return [{ id: 'all', label: 'All events' }];
	}
}

const HOUR_MS = 3_600_000;
/**
 * Each duration class's longest span: class k holds durations up to HOUR_MS · 4^k; the last,
 * spans without an end (every finite span, at most ±275,760 years, is in a class below).
 */
const MAX_MS = Float64Array.from({ length: 33 }, (_, k) => (k < 32 ? HOUR_MS * 4 ** k : Infinity));

/** The duration class of a span (see MAX_MS); one of unknown length (NaN) is in the last. */
function durationClassOf(durationMs: number): number {
	let k = 0;
	while (k < MAX_MS.length - 1 && !(durationMs <= MAX_MS[k]!)) k++;
	return k;
}

/**
 * Splits time-ordered events into lanes in vocabulary order, dropping empty lanes. A first pass
 * reads each event once and counts; a second fills typed arrays of the counted sizes. (Growing
 * arrays and then copying them into typed ones took most of the time at 100,000 events.)
 */
export function buildLanes(
	events: readonly TimelineEvent[],
	grouping: LaneGrouping,
	vocab: Vocabulary
): Lane[] {
	const order = laneOrder(grouping, vocab);
	const laneIndex = new Map(order.map(({ id }, l) => [id, l]));
	const CLASSES = MAX_MS.length;
	// Each event's lane (-1: none) and slot l · CLASSES + k for its lane l and duration class k.
	const n = events.length;
	const laneOf = new Int32Array(n);
	const slotOf = new Int32Array(n);
	const starts = new Float64Array(n);
	const ends = new Float64Array(n);
	const counts = new Int32Array(order.length * CLASSES);
	for (let i = 0; i < n; i++) {
		const event = events[i]!;
		const l = laneIndex.get(laneKeyOf(event, grouping)) ?? -1;
		laneOf[i] = l;
		if (l < 0) continue;
		const { startMs, endMs } = event.span;
		starts[i] = startMs;
		ends[i] = endMs;
		const slot = l * CLASSES + durationClassOf(endMs - startMs);
		slotOf[i] = slot;
		counts[slot]!++;
	}

	// Each slot's duration class, and where its next event goes.
	const classOfSlot: DurationClass[] = [];
	const filled = new Int32Array(counts.length);
	const lanes = order.map(({ id, label }, l) => {
		const durationClasses: DurationClass[] = [];
		for (let k = 0; k < CLASSES; k++) {
			const count = counts[l * CLASSES + k]!;
			if (count > 0)
				durationClasses.push(
					(classOfSlot[l * CLASSES + k] = {
						maxMs: MAX_MS[k]!,
						startsMs: new Float64Array(count),
						indexes: new Int32Array(count)
					})
				);
		}
		const size = durationClasses.reduce((n, c) => n + c.indexes.length, 0);
		const laneEvents: TimelineEvent[] = [];
		// A map of 100,000 ids costs about half the lanes' building: only made when asked for.
		let indexOf: Map<string, number> | undefined;
		return {
			id,
			label,
			events: laneEvents,
			startsMs: new Float64Array(size),
			endsMs: new Float64Array(size),
			durationClasses,
			get indexOf() {
				return (indexOf ??= new Map(laneEvents.map((event, i) => [event.id, i])));
			}
		};
	});
	for (let i = 0; i < n; i++) {
		const lane = lanes[laneOf[i]!];
		if (!lane) continue;
		const j = lane.events.push(events[i]!) - 1;
		const startMs = starts[i]!;
		const endMs = ends[i]!;
		lane.startsMs[j] = startMs;
		lane.endsMs[j] = endMs;
		const slot = slotOf[i]!;
		const kept = classOfSlot[slot]!;
		kept.startsMs[filled[slot]!] = startMs;
		kept.indexes[filled[slot]!++] = j;
	}
	return lanes.filter((lane) => lane.events.length > 0);
}

/** First index whose value is >= target (values sorted ascending). */
export function bisectLeft(
	values: Float64Array,
	target: number,
	lo = 0,
	hi = values.length
): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (values[mid]! < target) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
