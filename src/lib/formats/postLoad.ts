/**
 * The worker's side of loadMessages.ts: runs the loader on a file's text and posts its result as
 * those messages. Apart from the page's side, which must not load the loader (parsers, schema,
 * checks) with it.
 */
import { columnBuffers, type DateColumns } from '../model/dateColumns';
import type { EventRecord } from '../model/schema';
import { loadDatasetText, loadStreamed, type StreamedResult } from './load';
import { EVENTS_PER_MESSAGE, type PostLoadMessage } from './loadMessages';
import type { Streamed } from './streamingLoad';

export { StreamingLoad } from './streamingLoad';

/**
 * Parses and validates a file's text, or a file read as it downloaded (see loadDatasetText and
 * loadStreamed), posting the messages that carry the result as each is ready: event slices, their
 * dates, then the problems or the dataset. A file read as it downloaded has had its events posted
 * already (by its StreamingLoad's `onSlice`), and those read ahead have their dates posted before
 * the checks; or they are told void with `restart`.
 */
export function postLoad(
	file: string | Streamed,
	name: string,
	post: PostLoadMessage,
	eventsPerMessage = EVENTS_PER_MESSAGE
): void {
	let posted = false;
	let dated = false;
	const postEventDates = (dates: DateColumns) => {
		dated = true;
		post({ kind: 'eventDates', dates }, columnBuffers(dates));
	};
	const streamed = typeof file === 'string' ? undefined : file;
	const postEvents = (events: readonly EventRecord[]) => {
		posted = true;
		if (streamed?.sliced) {
			post({ kind: 'restart' }, []);
			dated = false;
		}
		for (let i = 0; i < events.length; i += eventsPerMessage)
			post({ kind: 'events', json: JSON.stringify(events.slice(i, i + eventsPerMessage)) }, []);
	};
	// Dates read ahead are all valid: the page can index the events while the checks run. Their
	// buffers go with the message, and the result's (the same) are not sent again.
	if (streamed?.readAhead) postEventDates(streamed.readAhead.dates);
	// Events read ahead went to the page as they were read: should the checks of the whole text
	// be needed after all, its events go again only once they have passed.
	const result: StreamedResult =
		typeof file === 'string'
			? loadDatasetText(file, name, { onEvents: postEvents })
			: loadStreamed(file, name, file.readAhead ? {} : { onEvents: postEvents });
	if (!result.ok) return post({ kind: 'problems', problems: result.problems }, []);
	const { events, ...shell } = result.dataset;
	// The events read ahead went to the page as they were read.
	const { readAhead } = result;
	if (!posted && readAhead === undefined) postEvents(events);
	if (!dated) postEventDates(result.dates.events);
	const periodDates = result.dates.periods;
	post(
		{
			kind: 'dataset',
			dataset: { ...shell, events: [] },
			periodDates,
			eventCount: readAhead ?? events.length
		},
		columnBuffers(periodDates)
	);
}
