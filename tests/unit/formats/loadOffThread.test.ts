import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { postLoad } from '$lib/formats/postLoad';
import { loadDatasetBytes, startLoader } from '$lib/formats/loadOffThread';
import { validDataset } from '../fixtures';

const encode = (text: string) => new TextEncoder().encode(text);

describe('loadDatasetBytes (on the main thread, where there are no workers)', () => {
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
});

/** A Worker that runs the loader in this thread and answers as the real worker does. */
class FakeWorker extends EventTarget {
	static started = 0;
	static stopped = 0;
	constructor() {
		super();
		FakeWorker.started++;
	}
	postMessage({ bytes, name }: { bytes: ArrayBuffer; name: string }): void {
		postLoad(new TextDecoder().decode(bytes), name, (message) =>
			this.dispatchEvent(new MessageEvent('message', { data: message }))
		);
	}
	terminate(): void {
		FakeWorker.stopped++;
	}
}

describe('startLoader (where there are workers)', () => {
	beforeEach(() => {
		FakeWorker.started = FakeWorker.stopped = 0;
		vi.stubGlobal('Worker', FakeWorker);
	});
	afterEach(() => vi.unstubAllGlobals());

	it('starts its worker before the bytes are there, and stops it when closed', async () => {
		const loader = startLoader();
		expect(FakeWorker.started).toBe(1);
		const result = await loader.load(encode(JSON.stringify(validDataset())), 'a.json');
		expect(result.ok && result.dataset.events.length).toBe(2);
		expect(FakeWorker.stopped).toBe(0);
		loader.close();
		expect(FakeWorker.stopped).toBe(1);
	});

	it('gives the problems of an invalid file through the worker', async () => {
		const result = await loadDatasetBytes(encode('{"format": 1'), 'broken.json');
		expect(!result.ok && result.problems.map((p) => p.file)).toEqual(['broken.json']);
		expect([FakeWorker.started, FakeWorker.stopped]).toEqual([1, 1]);
	});
});
