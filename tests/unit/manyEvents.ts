import type { EventRecord } from '$lib/model/schema';
import { validDataset } from './fixtures';

/**
 * The fixture dataset with `n` events made from its first one by `make(i)`, without mentions,
 * links or tours, so that any dates and ids it gives are valid.
 */
export function manyEvents(n: number, make: (i: number) => Partial<EventRecord>) {
	const data = validDataset();
	// Fields in the schema's order: `links` last.
	const first = { ...data.events[0]! } as Partial<EventRecord>;
	delete first.links;
	data.events = Array.from({ length: n }, (_, i) => ({
		...first,
		mentions: [],
		basis: 'context' as const,
		links: [],
		...make(i)
	}));
	data.tours = [];
	return data;
}
