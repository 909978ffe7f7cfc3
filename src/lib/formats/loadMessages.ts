/**
 * How a loader in a Web Worker hands its result to the page: the problems in one message, or a
 * valid dataset as its shell with the date columns (their buffers transferred), then its events
 * in slices. Each message is read on the page in a task of its own, so no single task copies
 * every event of a large dataset into the page.
 */
import { dateBuffers, type DatasetDates } from '../model/dateColumns';
import type { Problem } from '../model/problems';
import type { Dataset, EventRecord } from '../model/schema';
import type { LoadResult } from './load';

/** What the page asks of a loader in a worker: to load these bytes, or the file at `url`. */
export type LoadRequest = { bytes: ArrayBuffer; name: string } | { url: string; name: string };

/** The messages that carry a loader's result. */
export type ResultMessage =
	| { kind: 'problems'; problems: Problem[] }
	| { kind: 'dataset'; dataset: Dataset; dates: DatasetDates; eventCount: number }
	| { kind: 'events'; events: EventRecord[] };

/**
 * A loader's result, or for a request by address, before it: that the body is in, or why there
 * is none (a file over the size cap, or the fetch's error).
 */
export type LoadMessage =
	| ResultMessage
	| { kind: 'fetched' }
	| { kind: 'too-large'; problem: Omit<Problem, 'file'> }
	| { kind: 'fetch-failed'; message: string };

/** Events per message: a slice the page copies in well under 50 ms. */
export const EVENTS_PER_MESSAGE = 2000;

/** The messages that carry `result`, each with the buffers to transfer with it. */
export function loadMessages(
	result: LoadResult,
	eventsPerMessage = EVENTS_PER_MESSAGE
): { message: ResultMessage; transfer: ArrayBuffer[] }[] {
	if (!result.ok)
		return [{ message: { kind: 'problems', problems: result.problems }, transfer: [] }];
	const { events, ...shell } = result.dataset;
	const out: { message: ResultMessage; transfer: ArrayBuffer[] }[] = [
		{
			message: {
				kind: 'dataset',
				dataset: { ...shell, events: [] },
				dates: result.dates,
				eventCount: events.length
			},
			transfer: dateBuffers(result.dates)
		}
	];
	for (let i = 0; i < events.length; i += eventsPerMessage)
		out.push({
			message: { kind: 'events', events: events.slice(i, i + eventsPerMessage) },
			transfer: []
		});
	return out;
}

/** Puts the messages back together: `add` each in order; it returns the result once complete. */
export class LoadAssembler {
	#result: Extract<LoadResult, { ok: true }> | undefined;
	#expected = 0;

	add(message: ResultMessage): LoadResult | undefined {
		switch (message.kind) {
			case 'problems':
				return { ok: false, problems: message.problems };
			case 'dataset':
				this.#result = { ok: true, dataset: message.dataset, dates: message.dates };
				this.#expected = message.eventCount;
				break;
			case 'events': {
				if (!this.#result) throw new Error('events arrived before their dataset');
				const events = this.#result.dataset.events;
				for (const event of message.events) events.push(event);
				break;
			}
		}
		return this.#result && this.#result.dataset.events.length === this.#expected
			? this.#result
			: undefined;
	}
}
