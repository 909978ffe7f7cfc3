/**
 * A `?data=` file's download, started before the page hydrates (src/hooks.client.ts) rather than
 * after, when the loader asks for it: the file then arrives while the page's own scripts run.
 * Kept apart from the loader so that the page's first scripts carry only these few lines.
 */

let early: { href: string; response: Promise<Response>; controller: AbortController } | undefined;

/** Whether `href`, an absolute address, is one a `?data=` file may come from: http: or https:. */
export function isWebHref(href: string): boolean {
	return /^https?:/i.test(href);
}

/**
 * Starts downloading the file that `pageHref`'s `?data=` names, when it names one on the web;
 * other addresses are left to the loader, which refuses them with their own message.
 */
export function fetchDataEarly(pageHref: string): void {
	const data = new URL(pageHref).searchParams.get('data');
	if (early || !data || typeof fetch !== 'function') return;
	let href: string;
	try {
		href = new URL(data, pageHref).href;
	} catch {
		return;
	}
	if (!isWebHref(href)) return;
	const controller = new AbortController();
	const response = fetch(href, { signal: controller.signal });
	// Its failure is reported by the loader that takes it.
	response.catch(() => {});
	early = { href, response, controller };
}

/**
 * The download started early for `href`, once, tied to `signal` (aborting it aborts the
 * download); undefined when none was started for that address (one for another is cancelled).
 */
export function takeEarlyFetch(href: string, signal: AbortSignal): Promise<Response> | undefined {
	const taken = early;
	early = undefined;
	if (!taken) return undefined;
	if (taken.href !== href) {
		taken.controller.abort();
		return undefined;
	}
	if (signal.aborted) taken.controller.abort(signal.reason);
	else
		signal.addEventListener('abort', () => taken.controller.abort(signal.reason), { once: true });
	return taken.response;
}
