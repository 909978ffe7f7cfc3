/**
 * The date finder run in a Web Worker where the browser has them, else on the main thread.
 */
import type { DateSuggestion } from './findDates';

type WorkerMessage = { progress: number } | { suggestions: DateSuggestion[] };

/**
 * The date suggestions of `text` (see `findDates`); `onProgress` hears fractions from 0 to 1;
 * `signal` stops the work (the promise then rejects with the signal's reason).
 */
export async function findDatesOffThread(
	text: string,
	options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {}
): Promise<DateSuggestion[]> {
	const { onProgress, signal } = options;
	signal?.throwIfAborted();
	if (typeof Worker !== 'function') {
		const { findDates } = await import('./findDates');
		signal?.throwIfAborted();
		return findDates(text, { onProgress });
	}
	const worker = new Worker(new URL('./findDates.worker.ts', import.meta.url), { type: 'module' });
	try {
		return await new Promise<DateSuggestion[]>((resolve, reject) => {
			worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
				if ('suggestions' in event.data) resolve(event.data.suggestions);
				else onProgress?.(event.data.progress);
			});
			worker.addEventListener('error', (event) =>
				reject(new Error(event.message || 'the date finder could not be started'))
			);
			signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
			worker.postMessage({ text });
		});
	} finally {
		worker.terminate();
	}
}
