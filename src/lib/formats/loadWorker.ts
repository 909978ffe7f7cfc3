/**
 * Where the validator's Web Worker is created. A page whose address asks for `?data=` starts it
 * as soon as its first scripts run (src/hooks.client.ts), so that the worker's script loads and
 * compiles while the page hydrates rather than after; the loader takes that worker once the
 * file's bytes are on their way. Kept apart from the loader so that the page's first scripts
 * carry only these few lines.
 */

let early: Worker | undefined;

/** Whether workers can run here: not where there are none, nor in a page opened from disk. */
export function canStartWorkers(): boolean {
	return typeof Worker === 'function' && globalThis.location?.protocol !== 'file:';
}

function createLoadWorker(): Worker {
	return new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts the worker now when `search` (an address's query) names a `?data=` file and workers
 * can run here; at most one waits at a time.
 */
export function startLoadWorkerEarly(search: string): void {
	if (!early && canStartWorkers() && new URLSearchParams(search).get('data'))
		early = createLoadWorker();
}

/** The worker started early when there is one, else a new one; each is handed out once. */
export function takeLoadWorker(): Worker {
	const worker = early ?? createLoadWorker();
	early = undefined;
	return worker;
}
