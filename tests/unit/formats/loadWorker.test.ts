import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDatasetUrl } from '$lib/formats/loadOffThread';
import { dataHref, startLoadWorkerEarly, takeLoadWorker } from '$lib/formats/loadWorker';
import { validDataset } from '../fixtures';
import { FakeLoadWorker } from './fakeLoadWorker';

const PAGE = 'https://site.example/events/';

describe('dataHref', () => {
	it("reads ?data= against the page's address", () => {
		expect(dataHref(`${PAGE}?data=files/a.json&from=1999`)).toBe(`${PAGE}files/a.json`);
		expect(dataHref(`${PAGE}?data=/a.json`)).toBe('https://site.example/a.json');
		expect(dataHref(`${PAGE}?data=javascript:alert(1)`)).toBe('javascript:alert(1)');
		expect(dataHref(`${PAGE}?data=http://exa%20mple.org/`)).toBe('http://exa mple.org/');
		expect(dataHref(PAGE)).toBeUndefined();
		expect(dataHref(`${PAGE}?data=`)).toBeUndefined();
	});
});

describe('the validator worker started before hydration', () => {
	beforeEach(() => {
		FakeLoadWorker.started = [];
		vi.stubGlobal('Worker', FakeLoadWorker);
		vi.stubGlobal('fetch', async () => new Response(JSON.stringify(validDataset())));
	});
	afterEach(() => {
		// Leave no early worker behind for the next test.
		vi.stubGlobal('Worker', FakeLoadWorker);
		takeLoadWorker();
		vi.unstubAllGlobals();
	});

	it("fetches the ?data= file at once, and the page's load of it takes its answers", async () => {
		startLoadWorkerEarly(`${PAGE}?data=a.json`);
		const [worker] = FakeLoadWorker.started;
		expect(worker!.url.pathname).toMatch(/load\.worker/);
		expect(worker!.requests).toEqual([{ url: `${PAGE}a.json` }]);
		// The worker answers before the page asks (the page still hydrates): nothing is lost.
		await vi.waitFor(() => expect(worker!.stopped).toBe(false));
		await new Promise((r) => setTimeout(r, 20));
		const result = await loadDatasetUrl(`${PAGE}a.json`);
		expect(result.ok && result.dataset.events.length).toBe(2);
		// No other worker started, and no second request.
		expect(FakeLoadWorker.started).toHaveLength(1);
		expect(worker!.requests).toHaveLength(1);
	});

	it('is stopped when the page loads another address, which a new worker fetches', async () => {
		startLoadWorkerEarly(`${PAGE}?data=a.json`);
		const result = await loadDatasetUrl(`${PAGE}b.json`);
		expect(result.ok).toBe(true);
		const [early, later] = FakeLoadWorker.started;
		expect(early!.stopped).toBe(true);
		expect(later!.requests).toEqual([{ url: `${PAGE}b.json` }]);
	});

	it('is handed out once; later loads start their own', () => {
		startLoadWorkerEarly(`${PAGE}?data=a.json`);
		const first = takeLoadWorker(`${PAGE}a.json`);
		const second = takeLoadWorker(`${PAGE}a.json`);
		expect(first.held).toEqual([]);
		expect(second.held).toBeUndefined();
		expect(FakeLoadWorker.started).toHaveLength(2);
	});

	it('starts nothing without ?data=, for an empty one or one that is not http(s)', () => {
		for (const query of ['', '?event=x', '?data=', '?data=javascript:alert(1)', '?data=data:,{}'])
			startLoadWorkerEarly(`${PAGE}${query}`);
		expect(FakeLoadWorker.started).toEqual([]);
	});

	it('starts at most one while none has been taken', () => {
		startLoadWorkerEarly(`${PAGE}?data=a.json`);
		startLoadWorkerEarly(`${PAGE}?data=b.json`);
		expect(FakeLoadWorker.started).toHaveLength(1);
	});

	it("adopts the worker the page's head started, with what it has answered", async () => {
		const worker = new FakeLoadWorker(new URL('https://site.example/_app/load.worker-x.js'));
		const held: Event[] = [];
		const hold = (event: Event) => held.push(event);
		worker.addEventListener('message', hold);
		worker.postMessage({ url: `${PAGE}a.json` });
		vi.stubGlobal('chronotextEarlyLoad', { worker, href: `${PAGE}a.json`, held, hold });
		await new Promise((r) => setTimeout(r, 20));
		expect(held.length).toBeGreaterThan(0);
		startLoadWorkerEarly(`${PAGE}?data=a.json`);
		expect(globalThis).not.toHaveProperty('chronotextEarlyLoad');
		const result = await loadDatasetUrl(`${PAGE}a.json`);
		expect(result.ok && result.dataset.events.length).toBe(2);
		expect(FakeLoadWorker.started).toEqual([worker]);
		expect(worker.requests).toHaveLength(1);
	});

	it('replaces a head-started worker whose script could not be loaded', async () => {
		const broken = new FakeLoadWorker(new URL('https://site.example/_app/missing.js'));
		const held: Event[] = [new Event('error')];
		vi.stubGlobal('chronotextEarlyLoad', {
			worker: broken,
			href: `${PAGE}a.json`,
			held,
			hold: () => {}
		});
		startLoadWorkerEarly(`${PAGE}?data=a.json`);
		const result = await loadDatasetUrl(`${PAGE}a.json`);
		expect(result.ok).toBe(true);
		expect(broken.stopped).toBe(true);
		expect(FakeLoadWorker.started).toHaveLength(2);
		expect(FakeLoadWorker.started[1]!.requests).toEqual([{ url: `${PAGE}a.json` }]);
	});

	it('starts nothing where there are no workers', () => {
		vi.stubGlobal('Worker', undefined);
		startLoadWorkerEarly(`${PAGE}?data=a.json`);
		expect(FakeLoadWorker.started).toEqual([]);
	});
});
