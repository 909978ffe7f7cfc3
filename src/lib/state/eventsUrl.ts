/**
 * The event list's share-able state in the URL: the explorer's filters and search (`actor`,
 * `theme`, `basis`, `stance`, `q`), read and written by the explorer's own functions, and a
 * `tour` (of the dataset, or made in the explorer with its `tourdata`) whose steps are listed.
 */
import type { IndexedDataset, TimelineEvent } from '../model/dataset';
import type { EventFilters } from '../model/filters';
import { readFilterParams, writeFilterParams, writeExplorerParams } from './explorerUrl';
import { readSharedTour } from './presentUrl';

/** A tour to list: its title and its steps' events, in the tour's order. */
export interface ListedTour {
	title: string;
	events: TimelineEvent[];
}

/** Reads the list's filters and tour; values not in the dataset become notices. */
export function readEventsParams(
	search: URLSearchParams,
	dataset: IndexedDataset
): { filters: EventFilters; tour?: ListedTour; notices: string[] } {
	const notices: string[] = [];
	const filters = readFilterParams(search, dataset, notices);
	const tourId = search.get('tour');
	if (tourId === null) return { filters, notices };
	const tour =
		readSharedTour(search, dataset, notices) ?? dataset.dataset.tours.find((t) => t.id === tourId);
	if (!tour || tour.id !== tourId) {
		notices.push(`“tour=${tourId}” is not a tour in this dataset; listing every event instead.`);
		return { filters, notices };
	}
	const events = tour.steps.flatMap((s) => dataset.byId.get(s.event) ?? []);
	return { filters, tour: { title: tour.title, events }, notices };
}

/** Writes the list's filters into a copy of `search`, keeping its other parameters (data, …). */
export function writeEventsParams(search: URLSearchParams, filters: EventFilters): URLSearchParams {
	return writeFilterParams(search, filters);
}

/**
 * The explorer's query that selects `eventId` under the same filters, from the same dataset
 * (`data`); the list's other parameters are left behind.
 */
export function explorerSearchFor(
	search: URLSearchParams,
	eventId: string,
	filters: EventFilters
): URLSearchParams {
	const data = search.get('data');
	// The same grouping as the default is not written: the explorer keeps its own default.
	return writeExplorerParams(
		new URLSearchParams(data === null ? undefined : { data }),
		{ event: eventId, lanes: 'none', filters },
		{ lanes: 'none' }
	);
}
