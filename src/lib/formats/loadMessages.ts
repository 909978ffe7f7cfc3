/**
 * How a loader in a Web Worker hands its result to the page: the problems in one message, or a
 * valid dataset as its shell with the date columns (their buffers transferred), then its events
 * in slices. Each message is read on the page in a task of its own, so no single task copies
 * every event of a large dataset into the page.
 *
 * A slice of events travels as JSON text: a string is copied whole between threads, and
 * JSON.parse builds the records on the page in about a third of the time a structured clone takes
 * to rebuild them, as compact objects that share their short strings (ids, stances), so the
 * events take about half the memory. Validated records are plain JSON values (strings, booleans,
 * arrays and objects), so the text gives them back as they were.
 */
import { dateBuffers, type DatasetDates } from '../model/dateColumns';
import type { Problem } from '../model/problems';
import type { Dataset, EventRecord } from '../model/schema';
import type { LoadResult } from './load';

export type LoadMessage =
	| { kind: 'problems'; problems: Problem[] }
	| { kind: 'dataset'; dataset: Dataset; dates: DatasetDates; eventCount: number }
	/** A JSON array of the next events. */
	| { kind: 'events'; json: string };

/** Events per message: a slice the page copies in well under 50 ms. */
export const EVENTS_PER_MESSAGE = 2000;

/** The messages that carry `result`, each with the buffers to transfer with it. */
export function loadMessages(
	result: LoadResult,
	eventsPerMessage = EVENTS_PER_MESSAGE
): { message: LoadMessage; transfer: ArrayBuffer[] }[] {
	if (!result.ok)
		return [{ message: { kind: 'problems', problems: result.problems }, transfer: [] }];
	const { events, ...shell } = result.dataset;
	const out: { message: LoadMessage; transfer: ArrayBuffer[] }[] = [
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
			message: { kind: 'events', json: JSON.stringify(events.slice(i, i + eventsPerMessage)) },
			transfer: []
		});
	return out;
}

/** Puts the messages back together: `add` each in order; it returns the result once complete. */
export class LoadAssembler {
	#result: Extract<LoadResult, { ok: true }> | undefined;
	#expected = 0;

	add(message: LoadMessage): LoadResult | undefined {
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
				for (const event of JSON.parse(message.json) as EventRecord[]) events.push(event);
				break;
			}
		}
		return this.#result && this.#result.dataset.events.length === this.#expected
			? this.#result
			: undefined;
	}
}
