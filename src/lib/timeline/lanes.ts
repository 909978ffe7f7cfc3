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

/** The duration class of a span: class k holds durations up to HOUR_MS · 4^k. */
function durationClassOf(durationMs: number): number {
	return Number.isFinite(durationMs)
		? Math.max(0, Math.ceil(Math.log(durationMs / HOUR_MS) / Math.log(4)))
		: Infinity;
}

/** A lane while the events are dealt out. */
interface LaneParts {
	events: TimelineEvent[];
	startsMs: number[];
	endsMs: number[];
	/** Indexes into `events` by duration class. */
	classes: Map<number, number[]>;
}

/** Splits time-ordered events into lanes in vocabulary order, dropping empty lanes: one pass. */
export function buildLanes(
	events: readonly TimelineEvent[],
	grouping: LaneGrouping,
	vocab: Vocabulary
): Lane[] {
	const parts = new Map<string, LaneParts>();
	for (const event of events) {
		const key = laneKeyOf(event, grouping);
		let lane = parts.get(key);
		if (!lane)
			parts.set(key, (lane = { events: [], startsMs: [], endsMs: [], classes: new Map() }));
		const i = lane.events.length;
		const { startMs, endMs } = event.span;
		lane.events.push(event);
		lane.startsMs.push(startMs);
		lane.endsMs.push(endMs);
		const k = durationClassOf(endMs - startMs);
		const members = lane.classes.get(k);
		if (members) members.push(i);
		else lane.classes.set(k, [i]);
	}
	return laneOrder(grouping, vocab)
		.filter(({ id }) => parts.has(id))
		.map(({ id, label }) => {
			const lane = parts.get(id)!;
			// A map of 100,000 ids costs about half the lanes' building: only made when asked for.
			let indexOf: Map<string, number> | undefined;
			return {
				id,
				label,
				events: lane.events,
				startsMs: Float64Array.from(lane.startsMs),
				endsMs: Float64Array.from(lane.endsMs),
				durationClasses: [...lane.classes]
					.sort(([a], [b]) => a - b)
					.map(([k, indexes]) => ({
						maxMs: Number.isFinite(k) ? HOUR_MS * 4 ** k : Infinity,
						startsMs: Float64Array.from(indexes, (i) => lane.startsMs[i]!),
						indexes: Int32Array.from(indexes)
					})),
				get indexOf() {
					return (indexOf ??= new Map(lane.events.map((event, i) => [event.id, i])));
				}
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
