import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_INTERVAL_MS } from '$lib/formats/answerLoad';
import type { LoadProgress } from '$lib/formats/loadMessages';
import { loadDatasetBytes } from '$lib/formats/loadFileOffThread';
import { loadDatasetUrl } from '$lib/formats/loadOffThread';
import { validDataset } from '../fixtures';
import { FakeLoadWorker } from './fakeLoadWorker';

const encode = (text: string) => new TextEncoder().encode(text);
const URL_A = 'https://data.example/a.json';

/** Serves `body` with `status` at every address, counting the requests. */
function serve(body: string, status = 200) {
	const fetch = vi.fn(async () => new Response(body, { status }));
	vi.stubGlobal('fetch', fetch);
	return fetch;
}

describe('on the main thread, where there are no workers', () => {
	beforeEach(() => vi.stubGlobal('Worker', undefined));
	afterEach(() => vi.unstubAllGlobals());

	it('validates UTF-8 bytes and drops a byte-order mark', async () => {
		const result = await loadDatasetBytes(
			encode(`\uFEFF${JSON.stringify(validDataset())}`),
			'a.json'
		);
		expect(result.ok && result.dataset.events.length).toBe(2);
	});

	it('returns the problems of an invalid file, labelled with its name', async () => {
		const result = await loadDatasetBytes(encode('{"format": 1'), 'broken.json');
		expect(!result.ok && result.problems.map((p) => p.file)).toEqual(['broken.json']);
	});

	it('does no work once cancelled', async () => {
		const controller = new AbortController();
		controller.abort(new Error('cancelled'));
		await expect(loadDatasetBytes(encode('{}'), 'a.json', controller.signal)).rejects.toThrow(
			'cancelled'
		);
	});

	it('fetches and validates an address, labelling problems with it', async () => {
		serve(JSON.stringify(validDataset()));
		const result = await loadDatasetUrl(URL_A);
		expect(result.ok && result.dataset.events.length).toBe(2);
		serve('{"format": 1');
		const broken = await loadDatasetUrl(URL_A);
		expect(!broken.ok && broken.problems.map((p) => p.file)).toEqual([URL_A]);
	});

	it('tells how far it has got: the request, the download, then the checks', async () => {
		const body = JSON.stringify(validDataset());
		serve(body);
		const told: LoadProgress[] = [];
		const result = await loadDatasetUrl(URL_A, undefined, (p) => told.push(p));
		expect(result.ok).toBe(true);
		// The download's last chunk comes within PROGRESS_INTERVAL_MS of the request: not told.
		expect(told).toEqual([{ stage: 'downloading' }, { stage: 'checking' }]);
		const bytes: LoadProgress[] = [];
		await loadDatasetBytes(encode(body), 'a.json', undefined, (p) => bytes.push(p));
		expect(bytes).toEqual([{ stage: 'checking' }]);
	});

	it('rejects with the reason a file could not be fetched', async () => {
		serve('', 404);
		await expect(loadDatasetUrl(URL_A)).rejects.toThrow('the server answered 404');
	});
});

describe('in a worker', () => {
	beforeEach(() => {
		FakeLoadWorker.started = [];
		vi.stubGlobal('Worker', FakeLoadWorker);
	});
	afterEach(() => vi.unstubAllGlobals());

	it('validates bytes in a worker of its own, stopped once it has answered', async () => {
		const result = await loadDatasetBytes(encode(JSON.stringify(validDataset())), 'a.json');
		expect(result.ok && result.dataset.events.length).toBe(2);
		expect(FakeLoadWorker.started.map((w) => w.stopped)).toEqual([true]);
	});

	it('passes on how far the worker has got, the bytes as they are counted', async () => {
		vi.useFakeTimers({ toFake: ['performance'] });
		const body = encode(JSON.stringify(validDataset()));
		const half = body.byteLength >> 1;
		const chunks = [body.subarray(0, half), body.subarray(half)];
		// Two chunks, each PROGRESS_INTERVAL_MS after the one before (by performance.now()).
		const stream = new ReadableStream<Uint8Array>({
			pull(controller) {
				vi.advanceTimersByTime(PROGRESS_INTERVAL_MS);
				const chunk = chunks.shift();
				if (chunk) controller.enqueue(chunk);
				else controller.close();
			}
		});
		vi.stubGlobal('fetch', async () => new Response(stream));
		const told: LoadProgress[] = [];
		try {
			const result = await loadDatasetUrl(URL_A, undefined, (p) => told.push(p));
			expect(result.ok).toBe(true);
		} finally {
			vi.useRealTimers();
		}
		expect(told).toEqual([
			{ stage: 'downloading' },
			{ stage: 'downloading', bytes: half },
			{ stage: 'downloading', bytes: body.byteLength },
			{ stage: 'checking' }
		]);
	});

	it('gives the length of a body read at once, which has no count of bytes', async () => {
		const body = encode(JSON.stringify(validDataset()));
		vi.stubGlobal('fetch', async () => {
			const response = new Response(body, {
				headers: { 'content-length': String(body.byteLength) }
			});
			// Same-origin and not compressed: the declared length is the body's.
			Object.defineProperty(response, 'type', { value: 'basic' });
			return response;
		});
		const told: LoadProgress[] = [];
		expect((await loadDatasetUrl(URL_A, undefined, (p) => told.push(p))).ok).toBe(true);
		expect(told).toEqual([
			{ stage: 'downloading' },
			{ stage: 'downloading', totalBytes: body.byteLength },
			{ stage: 'checking' }
		]);
	});

	it('has the worker fetch an address: the page never fetches it', async () => {
		const fetch = serve(JSON.stringify(validDataset()));
		const result = await loadDatasetUrl(URL_A);
		expect(result.ok && result.dataset.events.length).toBe(2);
		const [worker] = FakeLoadWorker.started;
		expect(worker!.requests).toEqual([{ url: URL_A }]);
		expect(fetch).toHaveBeenCalledTimes(1);
		expect(worker!.stopped).toBe(true);
	});

	it("gives an address's problem (not http(s), over the cap) as the result's problems", async () => {
		const result = await loadDatasetUrl('javascript:alert(1)');
		expect(!result.ok && result.problems.map((p) => [p.file, p.message])).toEqual([
			[
				'javascript:alert(1)',
				'is not a web address (?data= loads only http: and https: addresses), so it was not fetched'
			]
		]);
	});

	it('rejects with the reason the worker could not fetch the file, and stops it', async () => {
		vi.stubGlobal('fetch', async () => {
			throw new TypeError('Failed to fetch');
		});
		await expect(loadDatasetUrl(URL_A)).rejects.toThrow('Failed to fetch');
		expect(FakeLoadWorker.started.map((w) => w.stopped)).toEqual([true]);
	});

	it("stops the worker and rejects with the signal's reason when aborted", async () => {
		vi.stubGlobal('fetch', () => new Promise(() => {}));
		const controller = new AbortController();
		const load = loadDatasetUrl(URL_A, controller.signal);
		controller.abort(new Error('timed out'));
		await expect(load).rejects.toThrow('timed out');
		expect(FakeLoadWorker.started.map((w) => w.stopped)).toEqual([true]);
	});
});
