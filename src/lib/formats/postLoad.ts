/**
 * The worker's side of loadMessages.ts: runs the loader on a file's text and posts its result as
 * those messages. Apart from the page's side, which must not load the loader (parsers, schema,
 * checks) with it.
 */
import { dateBuffers } from '../model/dateColumns';
import type { EventRecord } from '../model/schema';
import { loadDatasetText } from './load';
import { EVENTS_PER_MESSAGE, type PostLoadMessage } from './loadMessages';

/**
 * Parses and validates `text` (see loadDatasetText), posting the messages that carry the result
 * as each is ready: event slices, then the problems or the dataset.
 */
export function postLoad(
	text: string,
	name: string,
	post: PostLoadMessage,
	eventsPerMessage = EVENTS_PER_MESSAGE
): void {
	let posted = false;
	const postEvents = (events: readonly EventRecord[]) => {
		posted = true;
		for (let i = 0; i < events.length; i += eventsPerMessage)
			post({ kind: 'events', json: JSON.stringify(events.slice(i, i + eventsPerMessage)) }, []);
	};
	const result = loadDatasetText(text, name, { onEvents: postEvents });
	if (!result.ok) return post({ kind: 'problems', problems: result.problems }, []);
	const { events, ...shell } = result.dataset;
	if (!posted) postEvents(events);
	post(
		{
			kind: 'dataset',
			dataset: { ...shell, events: [] },
			dates: result.dates,
			eventCount: events.length
		},
		dateBuffers(result.dates)
	);
}
