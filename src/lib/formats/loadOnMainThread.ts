/**
 * The loader on the main thread, where workers cannot run (a browser without them, a page opened
 * from disk): loaded only then, apart from the code a `?data=` page loads before its first
 * render.
 */
import { pauseUnless } from '../state/yieldToPage';
import { LoadAssembler, type AssembledLoad, type LoadRequest } from './loadMessages';
import type { OnProgress } from './loadOffThread';

/** Runs `request` on the main thread, where there are no workers. */
export async function onMainThread(
	request: LoadRequest,
	signal?: AbortSignal,
	onProgress?: OnProgress
): Promise<AssembledLoad> {
	signal?.throwIfAborted();
	const { answerLoadRequest } = await import('./answerLoad');
	signal?.throwIfAborted();
	const assembler = new LoadAssembler(onProgress, pauseUnless(signal));
	let result: AssembledLoad | undefined;
	await answerLoadRequest(
		request,
		(message) => (result = assembler.add(message) ?? result),
		signal
	);
	if (!result) throw new Error('the loader gave no result');
	return result;
}
