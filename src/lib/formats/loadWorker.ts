/**
 * Where the validator's Web Worker is created. A page whose address asks for `?data=` starts it
 * from its head (the inline script of src/app.html, which leaves it in `chronotextEarlyLoad`),
 * or else as soon as its first scripts run (src/hooks.client.ts), and has it fetch the file at
 * once, so that the download, the worker's script and the validation all run while the page's
 * scripts load and hydrate; what the worker answers before the loader takes it is held for the
 * loader. Kept apart from the loader so that the page's first scripts carry only these few lines.
 */
import { safeHref } from '$lib/model/safeHref';

/** A worker started early, fetching `href`, and what it has answered so far. */
interface EarlyLoad {
	worker: Worker;
	href: string;
	held: Event[];
	/** The listener that holds the worker's answers. */
	hold: (event: Event) => void;
}

let early: EarlyLoad | undefined;

/** The worker the page's head started, once: src/app.html's inline script leaves it here. */
function takeHeadStarted(): EarlyLoad | undefined {
	const scope = globalThis as { chronotextEarlyLoad?: EarlyLoad };
	const started = scope.chronotextEarlyLoad;
	delete scope.chronotextEarlyLoad;
	return started;
}

/** Whether workers can run here: not where there are none, nor in a page opened from disk. */
export function canStartWorkers(): boolean {
	return typeof Worker === 'function' && globalThis.location?.protocol !== 'file:';
}

function createLoadWorker(): Worker {
	return new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
}

/** The absolute address of the file that `pageHref`'s `?data=` names, when it names one. */
export function dataHref(pageHref: string): string | undefined {
	const data = new URL(pageHref).searchParams.get('data');
	if (!data) return undefined;
	// An address that does not parse goes as it is, for the loader to refuse with its message.
	return URL.canParse(data, pageHref) ? new URL(data, pageHref).href : data;
}

/**
 * Starts the worker now, fetching the file, when `pageHref` (the page's address) names a
 * `?data=` file on the web and workers can run here; at most one waits at a time. Other
 * addresses are left to the loader, which refuses them with their own message.
 */
export function startLoadWorkerEarly(pageHref: string): void {
	early ??= takeHeadStarted();
	const href = dataHref(pageHref);
	if (early || !href || !safeHref(href) || !canStartWorkers()) return;
	const worker = createLoadWorker();
	const held: Event[] = [];
	const hold = (event: Event) => held.push(event);
	worker.addEventListener('message', hold);
	worker.addEventListener('error', hold);
	worker.postMessage({ url: href });
	early = { worker, href, held, hold };
}

/**
 * A worker for the loader, handed out once: the early one with what it has answered so far
 * (`held`) when it is fetching `href`, else a new one (an early one fetching another address is
 * stopped).
 */
export function takeLoadWorker(href?: string): { worker: Worker; held?: Event[] } {
	const taken = early;
	early = undefined;
	if (taken) {
		taken.worker.removeEventListener('message', taken.hold);
		taken.worker.removeEventListener('error', taken.hold);
		// A worker whose script could not be loaded has only an error to hold: a new one is tried.
		const failed = taken.held.length > 0 && !(taken.held[0] instanceof MessageEvent);
		if (taken.href === href && !failed) return { worker: taken.worker, held: taken.held };
		taken.worker.terminate();
	}
	return { worker: createLoadWorker() };
}
