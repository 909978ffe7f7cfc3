import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '$lib/model/problems';
import { validateDataset } from '$lib/model/validate';
import { DATA_MAX_BYTES, DATA_TIMEOUT_MS, DatasetState, fileName } from '$lib/state/dataset.svelte';
import { validDataset } from '../fixtures';
import { FakeLoadWorker } from '../formats/fakeLoadWorker';

const validated = validateDataset(
	{ ...validDataset(), title: 'Built in' },
	{ default: 'built-in' }
);
if (!validated.ok) throw new Error('fixture invalid');
const builtInDataset = validated.dataset;
const URL_A = 'https://data.example/a.json';

/** The built-in dataset as the app knows it before its file arrives; `load` counts fetches. */
function builtInSource() {
	return {
		id: 'built-in',
		title: 'Built in',
		description: 'The one shipped with the app.',
		load: vi.fn(async () => builtInDataset)
	};
}

/** A fetch whose server never answers: it only ends when the request is aborted. */
function neverAnswers() {
	return vi.fn(
		(_url: string, init?: RequestInit) =>
			new Promise<Response>((_, reject) => {
				const signal = init?.signal;
				if (signal?.aborted) reject(signal.reason);
				signal?.addEventListener('abort', () => reject(signal.reason));
			})
	);
}

describe('DatasetState.loadUrl', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('gives up on a server that never answers after the time limit, keeping the dataset', async () => {
		vi.useFakeTimers();
		// The validator's code is loaded already, as it is once the page asks for it, and so is the
		// code that reads the built-in dataset's dates (vitest's imports wait for real timers).
		await import('$lib/formats/postLoad');
		await import('$lib/model/readDates');
		const fetch = neverAnswers();
		vi.stubGlobal('fetch', fetch);
		const state = new DatasetState(builtInSource());
		const load = state.loadUrl(URL_A);
		expect(state.loading).toBe(true);
		// The clock starts with the request (waitFor moves the fake clock on by 50 ms a check).
		await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
		await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS - 200);
		expect(state.loading).toBe(true);
		await vi.advanceTimersByTimeAsync(200);
		await load;
		expect(state.loading).toBe(false);
		expect(state.problems.map(formatProblem)).toEqual([
			`${URL_A}: did not arrive within 30 seconds. Fix: check the address and the connection, then reload the page to try again.`
		]);
		expect(state.current.dataset.title).toBe('Built in');
	});

	it('has the validator fetch the file, and stops it when the load stops', async () => {
		vi.stubGlobal('Worker', FakeLoadWorker);
		FakeLoadWorker.started = [];
		const fetch = neverAnswers();
		vi.stubGlobal('fetch', fetch);
		const state = new DatasetState(builtInSource());
		const load = state.loadUrl(URL_A);
		await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
		const [worker] = FakeLoadWorker.started;
		expect(worker!.requests).toEqual([{ url: URL_A }]);
		expect(worker!.stopped).toBe(false);
		// What the worker says of its progress reaches the notice.
		await vi.waitFor(() => expect(state.progress).toEqual({ stage: 'downloading' }));
		state.cancel();
		await load;
		expect(worker!.stopped).toBe(true);
		expect(state.progress).toBeUndefined();
		expect(state.current.dataset.title).toBe('Built in');
	});

	it('stops when cancelled, keeping the dataset', async () => {
		vi.stubGlobal('fetch', neverAnswers());
		const state = new DatasetState(builtInSource());
		expect(state.title).toBe('Built in');
		const load = state.loadUrl(URL_A);
		// While the first load runs, the file asked for is named, not the built-in dataset.
		expect(state.loadingFrom).toBe(URL_A);
		expect(state.title).toBe('a.json');
		state.cancel();
		await load;
		expect(state.loading).toBe(false);
		expect(state.problems.map((p) => p.message)).toEqual(['was not loaded: loading was cancelled']);
		expect(state.current.dataset.title).toBe('Built in');
		expect(state.loadingFrom).toBeUndefined();
		expect(state.title).toBe('Built in');
	});

	it('refuses a body that declares more than the cap without reading it', async () => {
		let pulled = false;
		const body = new ReadableStream({ pull: () => void (pulled = true) }, { highWaterMark: 0 });
		vi.stubGlobal('fetch', async () => {
			return new Response(body, { headers: { 'content-length': String(DATA_MAX_BYTES + 1) } });
		});
		const state = new DatasetState(builtInSource());
		await state.loadUrl(URL_A);
		expect(state.problems[0]?.message).toMatch(/^is larger than 50 MB/);
		expect(pulled).toBe(false);
		expect(state.current.dataset.title).toBe('Built in');
	});

	it('loads a valid dataset on the main thread where there are no workers', async () => {
		const text = JSON.stringify({ ...validDataset(), title: 'From a URL' });
		vi.stubGlobal('fetch', async () => new Response(text));
		const builtIn = builtInSource();
		const state = new DatasetState(builtIn);
		expect(state.ready).toBe(false);
		expect(state.title).toBe('Built in');
		await state.loadUrl(URL_A);
		// The page asked for another dataset: the built-in one is never fetched.
		state.loadBuiltIn();
		expect(builtIn.load).not.toHaveBeenCalled();
		expect(state.problems).toEqual([]);
		expect(state.current.dataset.title).toBe('From a URL');
		expect(state.title).toBe('From a URL');
		expect(state.loadedFrom).toBe(URL_A);
		expect(state.loading).toBe(false);
		expect(state.progress).toBeUndefined();
	});

	it('keeps the dataset and lists the problems of an invalid file, fetched once', async () => {
		const fetch = vi.fn(async () => new Response('{"format": "chronotext-dataset"}'));
		vi.stubGlobal('fetch', fetch);
		const state = new DatasetState(builtInSource());
		await state.loadUrl(URL_A);
		await state.loadUrl(URL_A);
		expect(state.problems.length).toBeGreaterThan(0);
		expect(state.current.dataset.title).toBe('Built in');
		expect(fetch).toHaveBeenCalledTimes(1);
	});
});

describe('DatasetState.loadBuiltIn', () => {
	it('shows nothing until the built-in dataset arrives, and fetches it once', async () => {
		const builtIn = builtInSource();
		const state = new DatasetState(builtIn);
		expect(state.ready).toBe(false);
		expect(() => state.current).toThrow();
		await Promise.all([state.loadBuiltIn(), state.loadBuiltIn()]);
		expect(state.ready).toBe(true);
		expect(state.current.events.map((e) => e.id).sort()).toEqual(
			builtInDataset.events.map((e) => e.id).sort()
		);
		expect(builtIn.load).toHaveBeenCalledTimes(1);
	});

	it('says so when the built-in dataset cannot be fetched, and tries again when asked', async () => {
		const builtIn = builtInSource();
		builtIn.load.mockRejectedValueOnce(new Error('offline'));
		const state = new DatasetState(builtIn);
		await state.loadBuiltIn();
		expect(state.ready).toBe(false);
		expect(state.problems.map(formatProblem)).toEqual([
			'built-in: could not be loaded (offline). Fix: check the connection, then reload the page.'
		]);
		await state.loadBuiltIn();
		expect(state.ready).toBe(true);
	});
});

describe('fileName', () => {
	it('is the last part of the path, decoded, without the query', () => {
		expect(fileName('https://example.org/data/events.json?v=2#x')).toBe('events.json');
		expect(fileName('https://example.org/my%20class/nato%E2%80%93russia.json')).toBe(
			'nato–russia.json'
		);
	});

	it('is the address itself where the path names no file, or it does not parse', () => {
		expect(fileName('https://example.org/data/')).toBe('https://example.org/data/');
		expect(fileName('https://example.org')).toBe('https://example.org');
		expect(fileName('not a url')).toBe('not a url');
		expect(fileName('https://example.org/%E0%A4%A')).toBe('https://example.org/%E0%A4%A');
	});
});
