/**
 * The loader run in a Web Worker where the browser has them and the page was not opened from
 * disk, else on the main thread: the validated dataset or its problems, from the bytes of a file.
 */
import type { LoadResult } from './load';
import { LoadAssembler, type LoadMessage } from './loadMessages';
import { canStartWorkers, takeLoadWorker } from './loadWorker';

/** A loader started before its bytes arrive, so that the worker starts while they download. */
export interface Loader {
	/**
	 * Parses and validates `bytes` (UTF-8) labelled `name`; `signal` stops the work (the promise
	 * then rejects with the signal's reason). The buffer is handed over to the worker. Call once.
	 */
	load(bytes: Uint8Array, name: string, signal?: AbortSignal): Promise<LoadResult>;
	/** Stops the worker; call it when the load is over or will not happen. */
	close(): void;
}

/** The loader on the main thread, where there are no workers. */
const onMainThread: Loader = {
	async load(bytes, name, signal) {
		signal?.throwIfAborted();
		const { loadDatasetText } = await import('./load');
		signal?.throwIfAborted();
		return loadDatasetText(new TextDecoder().decode(bytes), name);
	},
	close() {}
};

/**
 * Starts a loader now: its worker (the one started early, if any) fetches and runs its script
 * while the caller fetches data.
 */
export function startLoader(): Loader {
	// A page opened from disk (the single HTML file) may not start workers from files.
	if (!canStartWorkers()) return onMainThread;
	const worker = takeLoadWorker();
	return {
		load(bytes, name, signal) {
			signal?.throwIfAborted();
			return new Promise<LoadResult>((resolve, reject) => {
				const assembler = new LoadAssembler();
				worker.addEventListener('message', (event: MessageEvent<LoadMessage>) => {
					const result = assembler.add(event.data);
					if (result) resolve(result);
				});
				worker.addEventListener('error', (event) =>
					reject(new Error(event.message || 'the validator could not be started'))
				);
				signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
				const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
				const buffer = (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
				worker.postMessage({ bytes: buffer, name }, [buffer]);
			});
		},
		close: () => worker.terminate()
	};
}

/** Parses and validates `bytes` with a loader of its own (see Loader.load). */
export async function loadDatasetBytes(
	bytes: Uint8Array,
	name: string,
	signal?: AbortSignal
): Promise<LoadResult> {
	signal?.throwIfAborted();
	const loader = startLoader();
	try {
		return await loader.load(bytes, name, signal);
	} finally {
		loader.close();
	}
}
