/**
 * The loader run in a Web Worker where the browser has them and the page was not opened from
 * disk, else on the main thread (loadOnMainThread.ts, loaded only then): the validated dataset or
 * its problems, from a file's address (the worker fetches it); from a file's bytes with
 * loadFileOffThread.ts, which a `?data=` page does not load.
 */
import { pauseUnless } from '../state/yieldToPage';
import {
	LoadAssembler,
	type AssembledLoad,
	type LoadMessage,
	type LoadProgress
} from './loadMessages';
import { canStartWorkers, takeLoadWorker } from './loadWorker';

/** Told how far a load has got (see LoadProgress). */
export type OnProgress = (progress: LoadProgress) => void;

/**
 * Puts the worker's answers together into its result, then stops it. Answers it gave before it
 * was taken (`held`) are read one per task, so that they do not make one long task.
 */
export function answersOf(
	worker: Worker,
	held: Event[],
	signal?: AbortSignal,
	onProgress?: OnProgress
): Promise<AssembledLoad> {
	return new Promise<AssembledLoad>((resolve, reject) => {
		// A cancelled load stops indexing its events early at the next pause.
		const assembler = new LoadAssembler(onProgress, pauseUnless(signal));
		const read = (event: Event) => {
			if (!(event instanceof MessageEvent))
				return reject(
					new Error((event as ErrorEvent).message || 'the validator could not be started')
				);
			try {
				const result = assembler.add(event.data as LoadMessage);
				if (result) resolve(result);
			} catch (error) {
				reject(error);
			}
		};
		const queue = [...held];
		let reading = false;
		const readNext = () => {
			const event = queue.shift();
			reading = event !== undefined;
			if (!event) return;
			read(event);
			setTimeout(readNext);
		};
		const receive = (event: Event) => {
			queue.push(event);
			if (!reading) readNext();
		};
		if (queue.length) readNext();
		worker.addEventListener('message', receive);
		worker.addEventListener('error', receive);
		signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
	}).finally(() => worker.terminate());
}

/**
 * Fetches `href` (absolute), within the size cap, then parses and validates it: in the worker
 * started for it before hydration when there is one. An address that is not http(s) or a file
 * over the cap gives its problem; one that cannot be fetched rejects; so does `signal`.
 * `onProgress` hears how far it has got.
 */
export async function loadDatasetUrl(
	href: string,
	signal?: AbortSignal,
	onProgress?: OnProgress
): Promise<AssembledLoad> {
	if (!canStartWorkers())
		return (await import('./loadOnMainThread')).onMainThread({ url: href }, signal, onProgress);
	signal?.throwIfAborted();
	const { worker, held } = takeLoadWorker(href);
	if (!held) worker.postMessage({ url: href });
	return answersOf(worker, held ?? [], signal, onProgress);
}
