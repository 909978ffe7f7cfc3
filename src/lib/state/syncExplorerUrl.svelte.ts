/**
 * Keeps the explorer and the URL in step: the URL is read whenever a dataset arrives (the
 * built-in one, or one loaded with ?data=) and when Back or Forward moves through history, and
 * the shared state is written back as it changes. Selecting an event adds a history entry; every
 * other change replaces the current one. Call during a component's initialisation.
 */
import { page } from '$app/state';
import type { IndexedDataset } from '$lib/model/dataset';
import { sameFilters } from '$lib/model/filters';
import { DEFAULT_LANES, type ExplorerState } from './explorer.svelte';
import { readExplorerParams, writeExplorerParams } from './explorerUrl';
import { cancelSearchWrite, replaceSearch } from './replaceSearch';

function applyParams(explorer: ExplorerState, search: URLSearchParams, data: IndexedDataset) {
	const { params, notices } = readExplorerParams(search, data);
	explorer.stopAnimation();
	explorer.lanes = params.lanes ?? DEFAULT_LANES;
	explorer.selectedId = params.event;
	explorer.focusedId = params.event;
	explorer.window = params.window;
	// The same filters again must not hand out a new object: the events and lanes would be rebuilt.
	if (!sameFilters(explorer.filters, params.filters)) explorer.filters = params.filters;
	explorer.notices = notices;
}

export function syncExplorerUrl(explorer: ExplorerState, dataset: () => IndexedDataset): void {
	let appliedFor: IndexedDataset | undefined = $state.raw();

	$effect(() => {
		const data = dataset();
		if (appliedFor === data) return;
		applyParams(explorer, page.url.searchParams, data);
		appliedFor = data;
	});

	$effect(() => {
		const onPopState = () => {
			if (location.pathname !== page.url.pathname || appliedFor !== dataset()) return;
			cancelSearchWrite();
			applyParams(explorer, new URLSearchParams(location.search), dataset());
		};
		addEventListener('popstate', onPopState);
		return () => removeEventListener('popstate', onPopState);
	});

	$effect(() => {
		if (appliedFor !== dataset()) return;
		const state = {
			event: explorer.selectedId,
			window: explorer.lastingWindow,
			lanes: explorer.lanes,
			filters: explorer.filters
		};
		replaceSearch(writeExplorerParams(page.url.searchParams, state, { lanes: DEFAULT_LANES }), [
			'event'
		]);
	});
}
