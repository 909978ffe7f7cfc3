/**
 * How a loader in a Web Worker hands its result to the page (asked for with a LoadRequest, the
 * file's bytes or its address, which the worker then fetches): the events in slices as soon as
 * they have passed the schema, then one closing message, the problems or the dataset's shell with
 * its date columns (their buffers transferred). The page reads the slices while the worker still
 * runs the dataset-wide checks, each in a task of its own, so no single task copies every event of
 * a large dataset into the page; slices of a dataset that then turns out invalid are dropped.
 *
 * A slice of events travels as JSON text: a string is copied whole between threads, and
 * JSON.parse builds the records on the page in about a third of the time a structured clone takes
 * to rebuild them, as compact objects that share their short strings (ids, stances), so the
 * events take about half the memory. Validated records are plain JSON values (strings, booleans,
 * arrays and objects), so the text gives them back as they were.
 *
 * The page's side only: the worker's (postLoad.ts) brings the whole loader with it.
 */
import type { DatasetDates } from '../model/dateColumns';
import type { Problem } from '../model/problems';
import type { Dataset, EventRecord } from '../model/schema';
import { ListSharer } from '../model/sharedLists';
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
	| { kind: 'problems'; problems: Problem[] }
	/** The dataset without its events (those came before), with their count. */
	| { kind: 'dataset'; dataset: Dataset; dates: DatasetDates; eventCount: number };

/** Sends one message, with the buffers to transfer with it. */
export type PostLoadMessage = (message: LoadMessage, transfer: ArrayBuffer[]) => void;

/** Events per message: a slice the page copies in well under 50 ms. */
export const EVENTS_PER_MESSAGE = 2000;

/**
 * Puts the messages back together: `add` each in order; it returns the result at the last, and
 * hands progress to `onProgress`.
 */
export class LoadAssembler {
	#events: EventRecord[] = [];
	/** Shared as each slice is parsed: the copies then die young (model/sharedLists.ts). */
	#lists = new ListSharer();

	constructor(private readonly onProgress?: (progress: LoadProgress) => void) {}

	add(message: LoadMessage): LoadResult | undefined {
		switch (message.kind) {
			case 'progress':
				this.onProgress?.(message.progress);
				return undefined;
			case 'unfetched':
				throw new Error(message.reason);
			case 'events':
				for (const event of JSON.parse(message.json) as EventRecord[]) {
					// At the record's end, where the schema puts them (schema.ts).
					event.links ??= [];
					this.#lists.share(event);
					this.#events.push(event);
				}
				return undefined;
			case 'restart':
				this.#events = [];
				return undefined;
			case 'problems':
				this.#events = [];
				return { ok: false, problems: message.problems };
			case 'dataset': {
				const events = this.#events;
				this.#events = [];
				if (events.length !== message.eventCount)
					throw new Error(`${events.length} of ${message.eventCount} events arrived`);
				message.dataset.events = events;
				return { ok: true, dataset: message.dataset, dates: message.dates };
			}
		}
	}
}
