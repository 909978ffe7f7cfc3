/** Sorting for the event list: by time (the default), title or basis, either direction. */
import type { TimelineEvent } from './dataset';

export type SortKey = 'date' | 'title' | 'basis';
export type SortDirection = 'ascending' | 'descending';

const BASIS_ORDER = { mentioned: 0, implied: 1, context: 2, later: 3 } as const;

type Compare = (a: TimelineEvent, b: TimelineEvent) => number;

const COMPARE: Record<Exclude<SortKey, 'date'>, Compare> = {
	title: (a, b) => a.title.localeCompare(b.title, 'en'),
	basis: (a, b) => BASIS_ORDER[a.basis] - BASIS_ORDER[b.basis]
};

/**
 * Returns a new array of `events` sorted by key; ties keep time order in both directions.
 * `inTime`: the dataset's events, in time order (IndexedDataset's `events`).
 */
export function sortEvents(
	events: readonly TimelineEvent[],
	key: SortKey,
	direction: SortDirection,
	inTime: readonly TimelineEvent[]
): TimelineEvent[] {
	const place = new Map(inTime.map((e, i) => [e.id, i]));
	const byTime: Compare = (a, b) => place.get(a.id)! - place.get(b.id)!;
	const compare = key === 'date' ? byTime : COMPARE[key];
	const sign = direction === 'ascending' ? 1 : -1;
	return [...events].sort((a, b) => sign * compare(a, b) || byTime(a, b));
}
