/**
 * The dataset on screen: the built-in one, or one loaded with ?data= or from a local file. A failed load keeps the
 * current dataset and exposes the problems for a visible notice.
 */
import { getContext, setContext } from 'svelte';
import { indexDataset, type IndexedDataset } from '$lib/model/dataset';
import type { Problem } from '$lib/model/problems';
import type { Dataset } from '$lib/model/schema';
import type { LoadResult } from '$lib/formats/load';

export class DatasetState {
	current: IndexedDataset = $state.raw()!;
	/** Problems of the last failed load, shown until the next load. */
	problems: Problem[] = $state.raw([]);
	loading = $state(false);
	/** The URL the current dataset came from, or undefined for the built-in one. */
	loadedFrom: string | undefined = $state();

	constructor(builtIn: Dataset) {
		this.current = indexDataset(builtIn);
	}

	/** Fetches, validates and, only when valid, shows a dataset from a URL. */
	async loadUrl(url: string): Promise<void> {
		if (url === this.loadedFrom) return;
		this.loading = true;
		try {
			// Loaded on demand: the validator is not needed for the built-in dataset.
			const { loadDatasetText } = await import('$lib/formats/load');
			let text: string;
			try {
				const response = await fetch(url);
				if (!response.ok)
					throw new Error(`the server answered ${response.status} ${response.statusText}`);
				text = await response.text();
			} catch (error) {
				this.problems = [
					{
						file: url,
						message: `could not be fetched (${error instanceof Error ? error.message : String(error)})`,
						fix: 'check the address, and that the server allows cross-origin requests (CORS).'
					}
				];
				return;
			}
			this.show(loadDatasetText(text, url), url);
		} finally {
			this.loading = false;
		}
	}

	/** Validates and, only when valid, shows a dataset read from a local file; nothing is uploaded. */
	async loadText(text: string, name: string): Promise<void> {
		this.loading = true;
		try {
			const { loadDatasetText } = await import('$lib/formats/load');
			this.show(loadDatasetText(text, name), name);
		} finally {
			this.loading = false;
		}
	}

	private show(result: LoadResult, from: string): void {
		if (result.ok) {
			// For benchmarks and profilers: parsing and validation end here.
			performance.mark('dataset:parsed');
			this.current = indexDataset(result.dataset);
			this.problems = [];
			this.loadedFrom = from;
		} else this.problems = result.problems;
	}
}

const KEY = Symbol('dataset');

/** Creates the dataset state for the app (call once, in the root layout). */
export function provideDataset(builtIn: Dataset): DatasetState {
	return setContext(KEY, new DatasetState(builtIn));
}

/** The dataset state provided by the root layout. */
export function useDataset(): DatasetState {
	return getContext<DatasetState>(KEY);
}
