/**
 * The event list's share-able state in the URL: the explorer's filters and search (`actor`,
 * `theme`, `basis`, `stance`, `q`), read and written by the explorer's own functions.
 */
import type { IndexedDataset } from '../model/dataset';
import type { EventFilters } from '../model/filters';
import { readFilterParams, writeFilterParams, writeExplorerParams } from './explorerUrl';

/** Reads the list's filters; values not in the dataset become notices. */
export function readEventsParams(
	search: URLSearchParams,
	dataset: IndexedDataset
): { filters: EventFilters; notices: string[] } {
	const notices: string[] = [];
	return { filters: readFilterParams(search, dataset, notices), notices };
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
