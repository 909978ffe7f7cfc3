/**
 * What the validator's dataset-wide checks need to know of events checked one by one as a file
 * downloads (formats/streamingLoad.ts), kept in place of the events themselves: the page gets
 * each event as it is read, and holding 100,000 parsed records in the loader until the end cost
 * it more in garbage collection than reading them (BENCHMARKS.md).
 *
 * `add` takes each record that passed the schema, and says whether it keeps the rules a record
 * keeps on its own; `fits` says whether they all hold with the rest of the dataset (its actors,
 * themes and passages, the ids of the events). When either says no, the loader reads the whole
 * text again and the validator names every problem; so a digest only ever has to say yes for a
 * dataset the validator accepts, and no otherwise.
 */
import type { Dataset, EventRecord } from './schema';
import { breaksOwnRules } from './validate';

export class EventsDigest {
	/** The ids of the events, each once. */
	readonly ids = new Set<string>();
	#actors = new Set<string>();
	#themes = new Set<string>();
	/** The quotes of each passage mentioned. */
	#quotes = new Map<string, Set<string>>();
	/** The events linked to. */
	#linked = new Set<string>();

	/** How many events were added. */
	get count(): number {
		return this.ids.size;
	}

	/**
	 * Takes the next event, as the schema gave it; false when it breaks a rule of its own (see
	 * breaksOwnRules) or has the id of one before.
	 */
	add(event: EventRecord): boolean {
		if (this.ids.has(event.id) || breaksOwnRules(event)) return false;
		this.ids.add(event.id);
		for (const actor of event.actors) this.#actors.add(actor);
		for (const theme of event.themes) this.#themes.add(theme);
		for (const { passage, quote } of event.mentions) {
			const quotes = this.#quotes.get(passage);
			if (quotes) quotes.add(quote);
			else this.#quotes.set(passage, new Set([quote]));
		}
		for (const link of event.links) this.#linked.add(link.event);
		return true;
	}

	/**
	 * Whether the events added keep the rules that need the rest of `dataset` (valid, without its
	 * events): every actor and theme named is listed, every quote is in its passage, every link
	 * is to one of the events.
	 */
	fits(dataset: Dataset): boolean {
		const listed = (records: readonly { id: string }[], named: Set<string>) => {
			const ids = new Set(records.map((record) => record.id));
			for (const id of named) if (!ids.has(id)) return false;
			return true;
		};
		if (!listed(dataset.actors, this.#actors) || !listed(dataset.themes, this.#themes))
			return false;
		for (const id of this.#linked) if (!this.ids.has(id)) return false;
		const passages = new Map<string, string>();
		for (const section of dataset.source?.sections ?? [])
			for (const passage of section.passages) passages.set(passage.id, passage.text);
		for (const [passage, quotes] of this.#quotes) {
			const text = passages.get(passage);
			if (text === undefined) return false;
			for (const quote of quotes) if (!text.includes(quote)) return false;
		}
		return true;
	}
}
