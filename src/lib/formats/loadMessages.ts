/**
 * How a loader in a Web Worker hands its result to the page (asked for with a LoadRequest, the
 * file's bytes or its address, which the worker then fetches): the events in slices as soon as
 * they have passed the schema, the columns of their dates (buffers transferred) as soon as those
 * are known to be valid, then one closing message, the problems or the dataset's shell with its
 * periods' dates. The page reads and indexes the slices while the worker still runs the
 * dataset-wide checks, each in a task of its own, so no single task copies every event of a large
 * dataset into the page, and puts the events in time order once it has their dates (see
 * LoadAssembler); what it has of a dataset that then turns out invalid is dropped.
 *
 * A slice of events travels as JSON text: a string is copied whole between threads, and
 * JSON.parse builds the records on the page in about a third of the time a structured clone takes
 * to rebuild them, as compact objects that share their short strings (ids, stances), so the
 * events take about half the memory. Validated records are plain JSON values (strings, booleans,
 * arrays and objects), so the text gives them back as they were.
 *
 * The page's side only: the worker's (postLoad.ts) brings the whole loader with it.
 */
import { EventIndex, indexEventsInSlices, type IndexedEvents } from '../model/dataset';
import type { DateColumns } from '../model/dateColumns';
import type { Problem } from '../model/problems';
import type { Dataset, EventRecord } from '../model/schema';
import type { LoadResult } from './load';

/** What the page asks of a loader: to validate a file's bytes, or to fetch a file and do so. */
export type LoadRequest = { bytes: ArrayBuffer; name: string } | { url: string };

/** How far a load has got, for the page to show while its reader waits. */
export type LoadProgress =
	/**
	 * Fetching the file: the bytes so far when they are counted (a body that streams in), or the
	 * body's length when it is known (one read at once); neither while the request waits.
	 */
	| { stage: 'downloading'; bytes?: number; totalBytes?: number }
	/** Parsing and validating it. */
	| { stage: 'checking' }
	/** Indexing a valid dataset's events for the screens (on the page). */
	| { stage: 'indexing'; events: number };

export type LoadMessage =
	| { kind: 'progress'; progress: LoadProgress }
	/** The file at the address asked for could not be fetched (a network error or its status). */
	| { kind: 'unfetched'; reason: string }
	/**
	 * A JSON array of the next events: as validated, or as the file has them (its own text, see
	 * streamingLoad.ts), where an event may lack the `links` the schema gives it when absent.
	 */
	| { kind: 'events'; json: string }
	/**
	 * The events sent so far are void: they were sent as the file downloaded, and it is now read
	 * again from its whole text (streamingLoad.ts could not follow it to the end).
	 */
	| { kind: 'restart' }
	/** The columns of the dates of the events sent (each valid), in their order. */
	| { kind: 'eventDates'; dates: DateColumns }
	| { kind: 'problems'; problems: Problem[] }
	/**
	 * The dataset without its events (those came before), with their count, and its periods'
	 * dates; the events' dates came before too.
	 */
	| { kind: 'dataset'; dataset: Dataset; periodDates: DateColumns; eventCount: number };

/** Sends one message, with the buffers to transfer with it. */
export type PostLoadMessage = (message: LoadMessage, transfer: ArrayBuffer[]) => void;

/** Events per message: a slice the page copies in well under 50 ms. */
export const EVENTS_PER_MESSAGE = 2000;

/**
 * The longest slice of events sent as the file's own text (streamingLoad.ts), in characters: more
 * than one piece of a download completes (Chromium hands a worker pieces of up to 2 MB, about
 * 5,000 events of the bench's), and what the page parses in a few tens of milliseconds.
 */
export const SLICE_TEXT_MAX = 3 * 2 ** 20;

/** A result put together from the messages: a valid one may come with its events indexed. */
export type AssembledLoad = LoadResult & { indexedEvents?: Promise<IndexedEvents> };

/**
 * Puts the messages back together: `add` each in order; it returns the result at the last, and
 * hands progress to `onProgress`. It indexes each slice's events as it parses them (EventIndex);
 * given `pause`, it puts them in time order as soon as their dates come (indexEventsInSlices,
 * awaiting `pause` between slices), while the loader runs its last checks, and a valid result
 * comes with them (`indexedEvents`). After the dataset it is done: what it holds stays for the
 * indexing under way.
 */
export class LoadAssembler {
	/** The events so far, indexed as each slice is parsed (EventIndex). */
	#index = new EventIndex();
	#eventDates: DateColumns | undefined;
	#indexed: Promise<IndexedEvents> | undefined;

	constructor(
		private readonly onProgress?: (progress: LoadProgress) => void,
		private readonly pause?: () => Promise<void>
	) {}

	add(message: LoadMessage): AssembledLoad | undefined {
		switch (message.kind) {
			case 'progress':
				this.onProgress?.(message.progress);
				return undefined;
			case 'unfetched':
				throw new Error(message.reason);
			case 'events':
				for (const event of JSON.parse(message.json) as EventRecord[]) this.#index.add(event);
				return undefined;
			case 'restart':
			case 'problems':
				// What came so far is void: this also stops the indexing under way.
				this.#index = new EventIndex();
				this.#eventDates = this.#indexed = undefined;
				if (message.kind === 'restart') return undefined;
				return { ok: false, problems: message.problems };
			case 'eventDates':
				this.#eventDates = message.dates;
				if (this.pause) {
					const index = this.#index;
					const pause = this.pause;
					this.#indexed = indexEventsInSlices(index, message.dates, async () => {
						await pause();
						// Dropped (a restart, or problems): the indexing ends in this error.
						if (this.#index !== index) throw new Error('dropped');
					});
					this.#indexed.catch(() => {});
				}
				return undefined;
			case 'dataset': {
				const events = this.#index.records;
				const dates = this.#eventDates;
				if (events.length !== message.eventCount || dates?.order.length !== events.length)
					throw new Error('some events or dates did not arrive');
				message.dataset.events = events;
				return {
					ok: true,
					dataset: message.dataset,
					dates: { events: dates, periods: message.periodDates },
					indexedEvents: this.#indexed
				};
			}
		}
	}
}
