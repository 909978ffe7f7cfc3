/**
 * Parses and validates a dataset off the main thread, so that a large or broken file never
 * blocks the page: `{ bytes, name }` in (UTF-8, a byte-order mark is dropped), the loader's
 * result out as the messages of loadMessages.ts.
 */
import { loadDatasetText } from './load';
import { loadMessages } from './loadMessages';

addEventListener('message', (event: MessageEvent<{ bytes: ArrayBuffer; name: string }>) => {
	const { bytes, name } = event.data;
	for (const { message, transfer } of loadMessages(
		loadDatasetText(new TextDecoder().decode(bytes), name)
	))
		postMessage(message, { transfer });
});
