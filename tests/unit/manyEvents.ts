import type { EventRecord } from '$lib/model/schema';
import { validDataset } from './fixtures';

/**
 * The fixture dataset with `n` events made from its first one by `make(i)`, without mentions,
 * links or tours, so that any dates and ids it gives are valid.
 */
export function manyEvents(n: number, make: (i: number) => Partial<EventRecord>) {
	const data = validDataset();
	const [first] = data.events;
	data.events = Array.from({ length: n }, (_, i) => ({
		...first!,
		mentions: [],
		links: [],
		basis: 'context' as const,
		...make(i)
	}));
	data.tours = [];
	return data;
}
