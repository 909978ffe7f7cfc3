/**
 * The loader run in a Web Worker where the browser has them and the page was not opened from
 * disk, else on the main thread: the validated dataset or its problems, from the bytes of a file
 * or from its address (then the worker fetches it).
 */
import type { LoadResult } from './load';
import {
	LoadAssembler,
	type LoadMessage,
	type LoadProgress,
	type LoadRequest
} from './loadMessages';
import { canStartWorkers, takeLoadWorker } from './loadWorker';

/** Told how far a load has got (see LoadProgress). */
type OnProgress = (progress: LoadProgress) => void;

/** Runs `request` on the main thread, where there are no workers. */
async function onMainThread(
	request: LoadRequest,
	signal?: AbortSignal,
	onProgress?: OnProgress
): Promise<LoadResult> {
	signal?.throwIfAborted();
	const { answerLoadRequest } = await import('./answerLoad');
	signal?.throwIfAborted();
	const assembler = new LoadAssembler(onProgress);
	let result: LoadResult | undefined;
	await answerLoadRequest(
		request,
		(message) => (result = assembler.add(message) ?? result),
		signal
	);
	if (!result) throw new Error('the loader gave no result');
	return result;
}

/**
 * Puts the worker's answers together into its result, then stops it. Answers it gave before it
 * was taken (`held`) are read one per task, so that they do not make one long task.
 */
function answersOf(
	worker: Worker,
	held: Event[],
	signal?: AbortSignal,
	onProgress?: OnProgress
): Promise<LoadResult> {
	return new Promise<LoadResult>((resolve, reject) => {
		const assembler = new LoadAssembler(onProgress);
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
 * Parses and validates `bytes` (UTF-8) labelled `name`; `signal` stops the work, `onProgress`
 * hears how far it has got.
 */
export async function loadDatasetBytes(
	bytes: Uint8Array,
	name: string,
	signal?: AbortSignal,
	onProgress?: OnProgress
): Promise<LoadResult> {
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
): Promise<LoadResult> {
	if (!canStartWorkers()) return onMainThread({ url: href }, signal, onProgress);
	signal?.throwIfAborted();
	const { worker, held } = takeLoadWorker(href);
	if (!held) worker.postMessage({ url: href });
	return answersOf(worker, held ?? [], signal, onProgress);
}
