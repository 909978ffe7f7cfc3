/**
 * The dataset on screen: the built-in one, or one loaded with ?data= or from a local file (read
 * in the browser, never uploaded). A ?data= load has a time limit,
 * a size cap and can be cancelled; a failed or cancelled load keeps the current dataset and
 * exposes the problems for a visible notice.
 */
import { getContext, setContext } from 'svelte';
import { indexDataset, type IndexedDataset } from '$lib/model/dataset';
import type { Problem } from '$lib/model/problems';
import type { Dataset } from '$lib/model/schema';
import type { LoadResult } from '$lib/formats/load';
import { DATA_MAX_BYTES, DATA_TIMEOUT_MS } from './dataLimits';

export { DATA_MAX_BYTES, DATA_TIMEOUT_MS };

/** Why a load stopped early, as a problem to show: an abort reason, or a file over the cap. */
class Stop extends Error {
	constructor(readonly problem: Omit<Problem, 'file'>) {
		super(problem.message);
	}
}

const CANCELLED = new Stop({
	message: 'was not loaded: loading was cancelled',
	fix: 'reload the page to try again.'
});
const TIMED_OUT = new Stop({
	message: `did not arrive within ${DATA_TIMEOUT_MS / 1000} seconds`,
	fix: 'check the address and the connection, then reload the page to try again.'
});

export class DatasetState {
	current: IndexedDataset = $state.raw()!;
	/** Problems of the last failed load, shown until the next load. */
	problems: Problem[] = $state.raw([]);
	loading = $state(false);
	/** The URL the current dataset came from, or undefined for the built-in one. */
	loadedFrom: string | undefined = $state();
	/** The URL asked for last: asked again (moving between screens), it is not fetched again. */
	#requested: string | undefined;
	#controller: AbortController | undefined;

	constructor(builtIn: Dataset) {
		this.current = indexDataset(builtIn);
	}

	/**
	 * Fetches, validates and, only when valid, shows a dataset from a URL. It gives up after
	 * DATA_TIMEOUT_MS or past DATA_MAX_BYTES, or when cancelled; the current dataset stays.
	 */
	async loadUrl(url: string): Promise<void> {
		if (url === this.loadedFrom || url === this.#requested) return;
		this.#requested = url;
		this.#controller?.abort(CANCELLED);
		const controller = new AbortController();
		this.#controller = controller;
		const { signal } = controller;
		this.loading = true;
		this.problems = [];
		try {
			// Loaded on demand: neither is needed for the built-in dataset.
			const [{ fetchCapped }, { loadDatasetBytes }] = await Promise.all([
				import('./fetchCapped'),
				import('$lib/formats/loadOffThread')
			]);
			signal.throwIfAborted();
			const timer = setTimeout(() => controller.abort(TIMED_OUT), DATA_TIMEOUT_MS);
			let fetched: Awaited<ReturnType<typeof fetchCapped>>;
			try {
				fetched = await fetchCapped(url, signal);
			} finally {
				clearTimeout(timer);
			}
			if (!fetched.ok) throw new Stop(fetched.problem);
			this.#show(await loadDatasetBytes(fetched.bytes, url, signal), url);
		} catch (error) {
			if (this.#controller !== controller) return;
			const reason = signal.aborted ? signal.reason : error;
			this.problems = [
				reason instanceof Stop
					? { file: url, ...reason.problem }
					: {
							file: url,
							message: `could not be fetched (${reason instanceof Error ? reason.message : String(reason)})`,
							fix: 'check the address, and that the server allows cross-origin requests (CORS).'
						}
			];
		} finally {
			if (this.#controller === controller) {
				this.loading = false;
				this.#controller = undefined;
			}
		}
	}

	/** Validates and, only when valid, shows a dataset from a local file, off the main thread. */
	async loadFile(file: File): Promise<void> {
		this.cancel();
		this.loading = true;
		this.problems = [];
		try {
			const { loadDatasetBytes } = await import('$lib/formats/loadOffThread');
			const bytes = new Uint8Array(await file.arrayBuffer());
			this.#show(await loadDatasetBytes(bytes, file.name), file.name);
		} catch (error) {
			this.problems = [
				{
					file: file.name,
					message: `could not be read (${error instanceof Error ? error.message : String(error)})`,
					fix: 'check that the file is still there and can be opened, then open it again.'
				}
			];
		} finally {
			this.loading = false;
		}
	}

	#show(result: LoadResult, from: string): void {
		if (result.ok) {
			// For benchmarks and profilers: parsing and validation end here.
			performance.mark('dataset:parsed');
			this.current = indexDataset(result.dataset);
			this.loadedFrom = from;
		} else this.problems = result.problems;
	}

	/** Stops the load under way; the current dataset stays and a notice says so. */
	cancel(): void {
		this.#controller?.abort(CANCELLED);
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
