/**
 * The loader run in a Web Worker where the browser has them and the page was not opened from
 * disk, else on the main thread: the validated dataset or its problems, from the bytes of a file
 * or from an address (then the worker fetches it, so the page never holds the file).
 */
import type { Problem } from '../model/problems';
import type { LoadResult } from './load';
import { LoadAssembler, type LoadMessage, type LoadRequest } from './loadMessages';

/** A dataset fetched and loaded, or the problem of a file over the size cap. */
export type UrlLoad =
	{ ok: true; result: LoadResult } | { ok: false; problem: Omit<Problem, 'file'> };

/** Whether the loader can run in a worker: a page opened from disk may not start one from a file. */
function hasWorkers(): boolean {
	return typeof Worker === 'function' && globalThis.location?.protocol !== 'file:';
}

/**
 * Runs one request in a new worker and reassembles its answer; `fetched` is called when a
 * fetched body is in. The worker is stopped when the answer is in, or on an abort through
 * `signal` (the promise then rejects with the signal's reason).
 */
async function inWorker(
	request: LoadRequest,
	transfer: ArrayBuffer[],
	signal: AbortSignal | undefined,
	fetched: () => void = () => {}
): Promise<UrlLoad> {
	const worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
	try {
		return await new Promise<UrlLoad>((resolve, reject) => {
			const assembler = new LoadAssembler();
			worker.addEventListener('message', (event: MessageEvent<LoadMessage>) => {
				const message = event.data;
				if (message.kind === 'fetched') return fetched();
				if (message.kind === 'too-large') return resolve({ ok: false, problem: message.problem });
				if (message.kind === 'fetch-failed') return reject(new Error(message.message));
				const result = assembler.add(message);
				if (result) resolve({ ok: true, result });
			});
			worker.addEventListener('error', (event) =>
				reject(new Error(event.message || 'the validator could not be started'))
			);
			signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
			worker.postMessage(request, transfer);
		});
	} finally {
		worker.terminate();
	}
}

/**
 * Parses and validates `bytes` (UTF-8) labelled `name`; `signal` stops the work (the promise
 * then rejects with the signal's reason). The buffer is handed over to the worker.
 */
export async function loadDatasetBytes(
	bytes: Uint8Array,
	name: string,
	signal?: AbortSignal
): Promise<LoadResult> {
	signal?.throwIfAborted();
	if (!hasWorkers()) {
		const { loadDatasetText } = await import('./load');
		signal?.throwIfAborted();
		return loadDatasetText(new TextDecoder().decode(bytes), name);
	}
	const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
	const buffer = (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
	const loaded = await inWorker({ bytes: buffer, name }, [buffer], signal);
	if (!loaded.ok) throw new Error(loaded.problem.message);
	return loaded.result;
}

/**
 * Fetches `url` within the size cap (see fetchCapped) and parses and validates it, labelled
 * with `url`; `fetched` is called once the whole body is in. Network errors, error statuses and
 * aborts through `signal` are thrown.
 */
export async function loadDatasetUrl(
	url: string,
	signal: AbortSignal,
	fetched: () => void
): Promise<UrlLoad> {
	signal.throwIfAborted();
	if (!hasWorkers()) {
		const { fetchCapped } = await import('../state/fetchCapped');
		const body = await fetchCapped(url, signal);
		fetched();
		if (!body.ok) return body;
		const { loadDatasetText } = await import('./load');
		signal.throwIfAborted();
		return { ok: true, result: loadDatasetText(new TextDecoder().decode(body.bytes), url) };
	}
	// The worker resolves addresses against its own script's; the page's is the one meant.
	const href = new URL(url, globalThis.location?.href).href;
	return inWorker({ url: href, name: url }, [], signal, fetched);
}
