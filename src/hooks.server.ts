/**
 * Writes the validator worker's built address into every page (src/app.html's
 * `%chronotext.loadWorker%`, relative to the site's assets), so that a `?data=` page can start
 * it from its head, before the app's scripts arrive. The server build bundles the same worker
 * as the client's, under the same content hash; an end-to-end test (data-url.test.ts) checks that
 * the file the page names is served and is the one the client's own scripts name.
 */
import type { Handle } from '@sveltejs/kit';
import loadWorkerUrl from '$lib/formats/load.worker.ts?worker&url';

const relative = loadWorkerUrl.replace(/^\/+/, '');

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%chronotext.loadWorker%', relative)
	});
