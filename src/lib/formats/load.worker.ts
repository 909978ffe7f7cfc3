/**
 * Parses and validates a dataset off the main thread, so that a large or broken file never
 * blocks the page: `{ bytes, name }` in (UTF-8, a byte-order mark is dropped), the loader's
 * result out as the messages of loadMessages.ts (postLoad.ts), each posted as soon as it is ready.
 */
import { postLoad } from './postLoad';

addEventListener('message', (event: MessageEvent<{ bytes: ArrayBuffer; name: string }>) => {
	const { bytes, name } = event.data;
	postLoad(new TextDecoder().decode(bytes), name, (message, transfer) =>
		postMessage(message, { transfer })
	);
});
