import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLoader } from '$lib/formats/loadOffThread';
import { startLoadWorkerEarly, takeLoadWorker } from '$lib/formats/loadWorker';

/** A Worker that only records that it was started, with what script. */
class FakeWorker extends EventTarget {
	static started: string[] = [];
	constructor(url: URL) {
		super();
		FakeWorker.started.push(url.pathname);
	}
	postMessage(): void {}
	terminate(): void {}
}

describe('the validator worker started before hydration', () => {
	beforeEach(() => {
		FakeWorker.started = [];
		vi.stubGlobal('Worker', FakeWorker);
	});
	afterEach(() => {
		// Leave no early worker behind for the next test.
		vi.stubGlobal('Worker', FakeWorker);
		takeLoadWorker();
		vi.unstubAllGlobals();
	});

	it('starts for an address with ?data= and is the one the next loader takes', () => {
		startLoadWorkerEarly('?data=https://example.org/a.json');
		expect(FakeWorker.started).toHaveLength(1);
		expect(FakeWorker.started[0]).toMatch(/load\.worker/);
		const loader = startLoader();
		// The loader runs on the worker already started: none was started for it.
		expect(FakeWorker.started).toHaveLength(1);
		loader.close();
	});

	it('hands the early worker out once; later loaders start their own', () => {
		startLoadWorkerEarly('?data=a.json');
		const first = takeLoadWorker();
		const second = takeLoadWorker();
		expect(second).not.toBe(first);
		expect(FakeWorker.started).toHaveLength(2);
	});

	it('starts nothing without ?data= or with an empty one', () => {
		startLoadWorkerEarly('');
		startLoadWorkerEarly('?event=x');
		startLoadWorkerEarly('?data=');
		expect(FakeWorker.started).toEqual([]);
	});

	it('starts at most one while none has been taken', () => {
		startLoadWorkerEarly('?data=a.json');
		startLoadWorkerEarly('?data=b.json');
		expect(FakeWorker.started).toHaveLength(1);
	});

	it('starts nothing where there are no workers', () => {
		vi.stubGlobal('Worker', undefined);
		startLoadWorkerEarly('?data=a.json');
		expect(FakeWorker.started).toEqual([]);
	});
});
