/**
 * The loader run in a Web Worker where the browser has them and the page was not opened from
 * disk, else on the main thread: the validated dataset or its problems, from the bytes of a file.
 */
import type { LoadResult } from './load';
import { LoadAssembler, type LoadMessage } from './loadMessages';

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
	// A page opened from disk (the single HTML file) may not start workers from files.
	if (typeof Worker !== 'function' || globalThis.location?.protocol === 'file:') {
		const { loadDatasetText } = await import('./load');
		signal?.throwIfAborted();
		return loadDatasetText(new TextDecoder().decode(bytes), name);
	}
	const worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
	try {
		return await new Promise<LoadResult>((resolve, reject) => {
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
	} finally {
		worker.terminate();
	}
}
