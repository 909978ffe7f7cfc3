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
	/** Index in `events` by event id. */
	indexOf: Map<string, number>;
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

/** Groups a lane's events by duration: class k holds durations up to HOUR_MS · 4^k. */
function durationClasses(events: readonly TimelineEvent[]): DurationClass[] {
	const byClass = new Map<number, number[]>();
	events.forEach((e, i) => {
		const duration = e.span.endMs - e.span.startMs;
		const k = Number.isFinite(duration)
			? Math.max(0, Math.ceil(Math.log(duration / HOUR_MS) / Math.log(4)))
			: Infinity;
		let list = byClass.get(k);
		if (!list) byClass.set(k, (list = []));
		list.push(i);
	});
	return [...byClass]
		.sort(([a], [b]) => a - b)
		.map(([k, indexes]) => ({
			maxMs: Number.isFinite(k) ? HOUR_MS * 4 ** k : Infinity,
			startsMs: Float64Array.from(indexes, (i) => events[i]!.span.startMs),
			indexes: Int32Array.from(indexes)
		}));
}

/** Splits time-ordered events into lanes in vocabulary order, dropping empty lanes. */
export function buildLanes(
	events: readonly TimelineEvent[],
	grouping: LaneGrouping,
	vocab: Vocabulary
): Lane[] {
	const groups = new Map<string, TimelineEvent[]>();
	for (const event of events) {
		const key = laneKeyOf(event, grouping);
		let group = groups.get(key);
		if (!group) groups.set(key, (group = []));
		group.push(event);
	}
	return laneOrder(grouping, vocab)
		.filter(({ id }) => groups.has(id))
		.map(({ id, label }) => {
			const laneEvents = groups.get(id)!;
			return {
				id,
				label,
				events: laneEvents,
				startsMs: Float64Array.from(laneEvents, (e) => e.span.startMs),
				endsMs: Float64Array.from(laneEvents, (e) => e.span.endMs),
				durationClasses: durationClasses(laneEvents),
				indexOf: new Map(laneEvents.map((e, i) => [e.id, i]))
			};
		});
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
