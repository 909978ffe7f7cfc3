/**
 * The dataset on screen: the built-in one, or one loaded with ?data= or from a local file (read
 * in the browser, never uploaded). Nothing is shown until the first one arrives: a page asking
 * for ?data= never fetches the built-in dataset unless that load fails. A ?data= load has a time
 * limit, a size cap and can be cancelled; a failed or cancelled load keeps the current dataset
 * (the built-in one when there was none) and exposes the problems for a visible notice.
 */
import { getContext, setContext } from 'svelte';
import { indexDataset, indexDatasetInSlices, type IndexedDataset } from '$lib/model/dataset';
import type { Problem } from '$lib/model/problems';
import type { AssembledLoad, LoadProgress } from '$lib/formats/loadMessages';
import type { BuiltInDataset } from './builtInDataset';
import { DATA_MAX_BYTES, DATA_TIMEOUT_MS } from './dataLimits';
import { pauseUnless, yieldToPage } from './yieldToPage';

export { DATA_MAX_BYTES, DATA_TIMEOUT_MS };

/** Why a load stopped early (an abort's reason), as a problem to show. */
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
	#current: IndexedDataset | undefined = $state.raw();
	/** Problems of the last failed load, shown until the next load. */
	problems: Problem[] = $state.raw([]);
	loading = $state(false);
	/** How far the load under way has got, once it says. */
	progress: LoadProgress | undefined = $state.raw();
	/** The URL the current dataset came from, or undefined for the built-in one. */
	loadedFrom: string | undefined = $state();
	/** The URL asked for last: asked again (moving between screens), it is not fetched again. */
	#requested: string | undefined;
	#controller: AbortController | undefined;
	readonly builtIn: BuiltInDataset;
	#builtInAsked = false;

	constructor(builtIn: BuiltInDataset) {
		this.builtIn = builtIn;
	}

	/** Whether a dataset is shown; the screens render only from then on. */
	get ready(): boolean {
		return this.#current !== undefined;
	}

	/** The dataset shown; read it only once `ready` (the layout renders the screens from then). */
	get current(): IndexedDataset {
		if (!this.#current) throw new Error('no dataset is shown yet');
		return this.#current;
	}

	/** The address of the file the first load is fetching, while nothing is shown yet. */
	get loadingFrom(): string | undefined {
		return !this.#current && this.loading ? this.#requested : undefined;
	}

	/**
	 * The title of the dataset shown; while the first load fetches a file, that file's name (not
	 * the built-in dataset's title: the reader asked for another); else the built-in one's.
	 */
	get title(): string {
		if (this.#current) return this.#current.dataset.title;
		const from = this.loadingFrom;
		return from ? fileName(from) : this.builtIn.title;
	}

	/**
	 * Shows the built-in dataset when nothing is shown and no other load is under way (its file
	 * was validated when the site was built, so it is only indexed here).
	 */
	async loadBuiltIn(): Promise<void> {
		if (this.#current || this.#builtInAsked || this.#controller) return;
		this.#builtInAsked = true;
		try {
			// The code that reads its dates comes with it: a `?data=` page never loads it.
			const [dataset, { datesOf }] = await Promise.all([
				this.builtIn.load(),
				import('$lib/model/readDates')
			]);
			if (this.#current) return;
			const indexed = indexDataset(dataset, datesOf(dataset));
			// The screens render in a task after the indexing's, not in the same one.
			await yieldToPage();
			if (!this.#current) this.#current = indexed;
		} catch (error) {
			this.#builtInAsked = false;
			this.problems = [
				...this.problems,
				{
					file: this.builtIn.id,
					message: `could not be loaded (${error instanceof Error ? error.message : String(error)})`,
					fix: 'check the connection, then reload the page.'
				}
			];
		}
	}

	/**
	 * Fetches, validates and, only when valid, shows a dataset from an absolute URL (one that is
	 * not http(s) is refused unfetched). It gives up after DATA_TIMEOUT_MS or past DATA_MAX_BYTES,
	 * or when cancelled; the current dataset stays.
	 */
	async loadUrl(url: string): Promise<void> {
		if (url === this.loadedFrom || url === this.#requested) return;
		this.#requested = url;
		this.#controller?.abort(CANCELLED);
		const controller = new AbortController();
		this.#controller = controller;
		const { signal } = controller;
		this.loading = true;
		this.progress = undefined;
		this.problems = [];
		// The time limit counts from here, as the reader waits, not from when the loader's code
		// has arrived: the worker started in the page's head may have asked for the file already.
		const timer = setTimeout(() => controller.abort(TIMED_OUT), DATA_TIMEOUT_MS);
		try {
			let result: AssembledLoad;
			try {
				// Loaded on demand: not needed for the built-in dataset.
				const { loadDatasetUrl } = await import('$lib/formats/loadOffThread');
				signal.throwIfAborted();
				// Fetched by the validator's worker, started for it before hydration when it could be.
				result = await loadDatasetUrl(url, signal, (progress) => {
					if (this.#controller === controller) this.progress = progress;
				});
			} finally {
				clearTimeout(timer);
			}
			await this.#show(result, url, signal);
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
				this.progress = undefined;
				this.#controller = undefined;
			}
		}
		if (!this.#current && this.#controller === undefined) await this.loadBuiltIn();
	}

	/** Validates and, only when valid, shows a dataset from a local file, off the main thread. */
	async loadFile(file: File): Promise<void> {
		this.cancel();
		this.loading = true;
		this.progress = undefined;
		this.problems = [];
		try {
			const { loadDatasetBytes } = await import('$lib/formats/loadFileOffThread');
			const bytes = new Uint8Array(await file.arrayBuffer());
			const result = await loadDatasetBytes(bytes, file.name, undefined, (progress) => {
				this.progress = progress;
			});
			await this.#show(result, file.name);
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
			this.progress = undefined;
		}
		if (!this.#current) await this.loadBuiltIn();
	}

	/** Indexes a valid dataset in slices, between which the page stays responsive, and shows it. */
	async #show(result: AssembledLoad, from: string, signal?: AbortSignal): Promise<void> {
		if (!result.ok) {
			this.problems = result.problems;
			return;
		}
		// For benchmarks and profilers: parsing and validation end here.
		performance.mark('dataset:parsed');
		this.progress = { stage: 'indexing', events: result.dataset.events.length };
		// The events' part may be under way already (LoadAssembler).
		this.#current = await indexDatasetInSlices(
			result.dataset,
			result.dates,
			pauseUnless(signal),
			// A load cancelled while its events are indexed stops at the first pause after.
			result.indexedEvents
		);
		this.loadedFrom = from;
	}

	/** Stops the load under way; the current dataset stays and a notice says so. */
	cancel(): void {
		this.#controller?.abort(CANCELLED);
	}
}

/** The file's name in an address ("events.json" for ".../events.json?v=2"), else the address. */
export function fileName(href: string): string {
	try {
		const last = new URL(href).pathname.split('/').pop();
		return last ? decodeURIComponent(last) : href;
	} catch {
		return href;
	}
}

const KEY = Symbol('dataset');

/** Creates the dataset state for the app (call once, in the root layout). */
export function provideDataset(builtIn: BuiltInDataset): DatasetState {
	return setContext(KEY, new DatasetState(builtIn));
}

/** The dataset state provided by the root layout. */
export function useDataset(): DatasetState {
	return getContext<DatasetState>(KEY);
}
