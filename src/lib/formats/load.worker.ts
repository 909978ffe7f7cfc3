/**
 * Fetches (for an address), parses and validates a dataset off the main thread, so that a large
 * or broken file never blocks the page: a LoadRequest in (UTF-8, a byte-order mark is dropped),
 * the loader's result out as the messages of loadMessages.ts, each posted as soon as it is ready.
 * Fetching here keeps the file's bytes off the page: only the validated events reach it.
 */
import type { LoadRequest } from './loadMessages';
import { answerLoadRequest } from './answerLoad';

addEventListener('message', (event: MessageEvent<LoadRequest>) => {
	void answerLoadRequest(event.data, (message, transfer) => postMessage(message, { transfer }));
});
