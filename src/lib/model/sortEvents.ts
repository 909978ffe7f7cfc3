/** Sorting for the event list: by time (the default), title or basis, either direction. */
import type { TimelineEvent } from './dataset';

export type SortKey = 'date' | 'title' | 'basis';
export type SortDirection = 'ascending' | 'descending';

const BASIS_ORDER = { mentioned: 0, implied: 1, context: 2, later: 3 } as const;

const COMPARE: Record<SortKey, (a: TimelineEvent, b: TimelineEvent) => number> = {
	date: (a, b) => a.order - b.order,
	title: (a, b) => a.title.localeCompare(b.title, 'en') || a.order - b.order,
	basis: (a, b) => BASIS_ORDER[a.basis] - BASIS_ORDER[b.basis] || a.order - b.order
};

/** Returns a new array sorted by key; ties keep time order in both directions. */
export function sortEvents(
	events: readonly TimelineEvent[],
	key: SortKey,
	direction: SortDirection
): TimelineEvent[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const compare = COMPARE[key];
	return [...events].sort((a, b) => sign * compare(a, b) || a.order - b.order);
}
