/**
 * Finds the dates of a text off the main thread: `{ text }` in; `{ progress }` messages while it
 * works on a long text, then `{ suggestions }`.
 */
import { findDates } from './findDates';

addEventListener('message', (event: MessageEvent<{ text: string }>) => {
	const suggestions = findDates(event.data.text, {
		onProgress: (fraction) => postMessage({ progress: fraction })
	});
	postMessage({ suggestions });
});
