/**
 * The loader of loadOffThread.ts for a file's bytes (a file opened or dropped), apart from the
 * code a `?data=` page loads before its first render.
 */
import type { AssembledLoad } from './loadMessages';
import { answersOf, type OnProgress } from './loadOffThread';
import { onMainThread } from './loadOnMainThread';
import { canStartWorkers, takeLoadWorker } from './loadWorker';

/**
 * Parses and validates `bytes` (UTF-8) labelled `name`; `signal` stops the work, `onProgress`
 * hears how far it has got.
 */
export async function loadDatasetBytes(
	bytes: Uint8Array,
	name: string,
	signal?: AbortSignal,
	onProgress?: OnProgress
): Promise<AssembledLoad> {
	// A page opened from disk (the single HTML file) may not start workers from files.
	if (!canStartWorkers())
		return onMainThread({ bytes: bytes.slice().buffer, name }, signal, onProgress);
	signal?.throwIfAborted();
	const { worker } = takeLoadWorker();
	const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
	const buffer = (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
	worker.postMessage({ bytes: buffer, name }, [buffer]);
	return answersOf(worker, [], signal, onProgress);
}
