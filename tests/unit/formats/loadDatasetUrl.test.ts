/**
 * loadDatasetUrl with a worker: the worker module runs in this thread behind a stand-in Worker
 * that passes messages through structured clone, as a browser would.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATA_MAX_BYTES } from '$lib/state/dataLimits';
import { validDataset } from '../fixtures';

type Listener = (event: { data: unknown }) => void;

/** The worker's side: its message handler, and where its posts go. */
const inside: { handler?: Listener; post?: (data: unknown) => void } = {};

class StandInWorker {
	static started = 0;
	static terminated = 0;
	#listeners: Listener[] = [];
	constructor() {
		StandInWorker.started++;
	}
	addEventListener(type: string, listener: Listener) {
		if (type === 'message') this.#listeners.push(listener);
	}
	postMessage(data: unknown, transfer: Transferable[] = []) {
		inside.post = (out) => {
			for (const listener of this.#listeners) listener({ data: structuredClone(out) });
		};
		inside.handler!({ data: structuredClone(data, { transfer }) });
	}
	terminate() {
		StandInWorker.terminated++;
	}
}

const PAGE = 'https://site.example/app/explore/';

beforeEach(async () => {
	vi.stubGlobal('Worker', StandInWorker);
	vi.stubGlobal('location', new URL(PAGE));
	vi.stubGlobal('addEventListener', (_: string, handler: Listener) => (inside.handler = handler));
	vi.stubGlobal('postMessage', (data: unknown) => inside.post!(data));
	vi.resetModules();
	await import('$lib/formats/load.worker');
	StandInWorker.started = StandInWorker.terminated = 0;
});
afterEach(() => vi.unstubAllGlobals());

const json = (body: string, headers: Record<string, string> = {}) =>
	new Response(body, { headers: { 'content-type': 'application/json', ...headers } });

describe('loadDatasetUrl in a worker', () => {
	it('fetches in the worker, relative to the page, and labels problems with the address asked for', async () => {
		const fetch = vi.fn<(url: string) => Promise<Response>>(async () => json('{"format": 1'));
		vi.stubGlobal('fetch', fetch);
		const { loadDatasetUrl } = await import('$lib/formats/loadOffThread');
		const fetched = vi.fn();
		const loaded = await loadDatasetUrl('../data/x.json', new AbortController().signal, fetched);
		expect(fetch.mock.calls[0]![0]).toBe('https://site.example/app/data/x.json');
		expect(fetched).toHaveBeenCalledOnce();
		expect(loaded.ok && !loaded.result.ok && loaded.result.problems.map((p) => p.file)).toEqual([
			'../data/x.json'
		]);
		expect(StandInWorker.terminated).toBe(StandInWorker.started);
	});

	it('gives the validated dataset', async () => {
		vi.stubGlobal('fetch', async () => json(JSON.stringify(validDataset())));
		const { loadDatasetUrl } = await import('$lib/formats/loadOffThread');
		const loaded = await loadDatasetUrl(
			'https://data.example/a.json',
			new AbortController().signal,
			() => {}
		);
		expect(loaded.ok && loaded.result.ok && loaded.result.dataset.events.map((e) => e.id)).toEqual([
			'council-founded',
			'text-written'
		]);
	});

	it('gives the problem of a body over the size cap, without validating it', async () => {
		vi.stubGlobal('fetch', async () =>
			json('{}', { 'content-length': String(DATA_MAX_BYTES + 1) })
		);
		const { loadDatasetUrl } = await import('$lib/formats/loadOffThread');
		const loaded = await loadDatasetUrl(
			'https://data.example/big.json',
			new AbortController().signal,
			() => {}
		);
		expect(!loaded.ok && loaded.problem.message).toMatch(/^is larger than 50 MB/);
	});

	it('throws the error status of the server', async () => {
		vi.stubGlobal('fetch', async () => new Response('', { status: 404, statusText: 'Not Found' }));
		const { loadDatasetUrl } = await import('$lib/formats/loadOffThread');
		await expect(
			loadDatasetUrl('https://data.example/none.json', new AbortController().signal, () => {})
		).rejects.toThrow('the server answered 404 Not Found');
		expect(StandInWorker.terminated).toBe(1);
	});

	it('stops the worker when cancelled', async () => {
		vi.stubGlobal('fetch', () => new Promise<Response>(() => {}));
		const { loadDatasetUrl } = await import('$lib/formats/loadOffThread');
		const controller = new AbortController();
		const load = loadDatasetUrl('https://data.example/slow.json', controller.signal, () => {});
		controller.abort(new Error('cancelled'));
		await expect(load).rejects.toThrow('cancelled');
		expect(StandInWorker.terminated).toBe(1);
	});
});
