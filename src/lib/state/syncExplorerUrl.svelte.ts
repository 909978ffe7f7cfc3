/**
 * Keeps the explorer and the URL in step: the URL is read whenever a dataset arrives (the
 * built-in one, or one loaded with ?data=), and the shared state is written back as it changes.
 * Call during a component's initialisation.
 */
import { page } from '$app/state';
import type { IndexedDataset } from '$lib/model/dataset';
import { DEFAULT_LANES, type ExplorerState } from './explorer.svelte';
import { readExplorerParams, writeExplorerParams } from './explorerUrl';
import { replaceSearch } from './replaceSearch';

export function syncExplorerUrl(explorer: ExplorerState, dataset: () => IndexedDataset): void {
	let appliedFor: IndexedDataset | undefined = $state.raw();

	$effect(() => {
		const data = dataset();
		if (appliedFor === data) return;
		const { params, notices } = readExplorerParams(page.url.searchParams, data);
		explorer.lanes = params.lanes ?? DEFAULT_LANES;
		explorer.selectedId = params.event;
		explorer.focusedId = params.event;
		explorer.window = params.window;
		explorer.filters = params.filters;
		explorer.notices = notices;
		appliedFor = data;
	});

	$effect(() => {
		if (appliedFor !== dataset()) return;
		const state = {
			event: explorer.selectedId,
			window: explorer.window,
			lanes: explorer.lanes,
			filters: explorer.filters
		};
		replaceSearch(writeExplorerParams(page.url.searchParams, state, { lanes: DEFAULT_LANES }));
	});
}
