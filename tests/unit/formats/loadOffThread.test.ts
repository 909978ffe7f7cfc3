import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDatasetBytes, loadDatasetUrl } from '$lib/formats/loadOffThread';
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
