/**
 * Lists that event records repeat, shared: events naming the same actors, or the same themes,
 * get one frozen list of them, and events without mentions or links one frozen empty list. A
 * large dataset repeats these far more often than it varies them. A record still serialises
 * exactly as it was loaded.
 *
 * Events from the validator's worker are given their shared lists as each slice is parsed
 * (EventIndex in dataset.ts), so the copies die young: with 100,000 events, the longest of the
 * garbage collector's pauses while they arrive went from 130–169 to 79–105 ms (BENCHMARKS.md,
 * round 14).
 */
import type { EventRecord } from './schema';

const NONE: readonly never[] = Object.freeze([]);

/** One frozen list for each distinct list of ids. */
class SharedIds {
	#lists = new Map<string, readonly string[]>();

	/** The shared list equal to `ids`; a list already shared (frozen) is kept as it is. */
	of(ids: readonly string[]): string[] {
		if (Object.isFrozen(ids)) return ids as string[];
		const key = ids.join(' ');
		let list = this.#lists.get(key);
		if (!list) {
			list = Object.freeze([...ids]);
			this.#lists.set(key, list);
		}
		return list as string[];
	}
}

/** Gives events the shared lists equal to their own, across every event it is given. */
export class ListSharer {
	#actors = new SharedIds();
	#themes = new SharedIds();

	share(event: EventRecord): void {
		event.actors = this.#actors.of(event.actors);
		event.themes = this.#themes.of(event.themes);
		if (event.mentions.length === 0) event.mentions = NONE as never[];
		// A record read as the file's text lacks the links the schema adds at its end when the
		// file leaves them out (loadMessages.ts): they are added here, at its end too.
		if (!event.links?.length) event.links = NONE as never[];
	}
}
