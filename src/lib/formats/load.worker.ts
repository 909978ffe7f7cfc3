/**
 * Parses and validates a dataset off the main thread, so that a large or broken file never
 * blocks the page: `{ bytes, name }` (UTF-8, a byte-order mark is dropped) or `{ url, name }`
 * (fetched here within the size cap) in, the loader's result out as the messages of
 * loadMessages.ts.
 */
import { fetchCapped } from '../state/fetchCapped';
import { loadDatasetText } from './load';
import { loadMessages, type LoadMessage, type LoadRequest } from './loadMessages';

const send = (message: LoadMessage, transfer: ArrayBuffer[] = []) =>
	postMessage(message, { transfer });

/** The body at `url`, or undefined once a message has said why there is none. */
async function fetchBody(url: string): Promise<Uint8Array | undefined> {
	try {
		const body = await fetchCapped(url);
		send({ kind: 'fetched' });
		if (body.ok) return body.bytes;
		send({ kind: 'too-large', problem: body.problem });
	} catch (error) {
		send({ kind: 'fetch-failed', message: error instanceof Error ? error.message : String(error) });
	}
	return undefined;
}

addEventListener('message', async (event: MessageEvent<LoadRequest>) => {
	const request = event.data;
	const bytes = 'url' in request ? await fetchBody(request.url) : request.bytes;
	if (!bytes) return;
	for (const { message, transfer } of loadMessages(
		loadDatasetText(new TextDecoder().decode(bytes), request.name)
	))
		send(message, transfer);
});
