/** Writes query parameters into the address bar without navigating, at most a few times a second. */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';

let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Writes `search` into the URL after a short quiet time (zooming writes many windows; the router
 * is also not ready during hydration, when effects first run). The current history entry is
 * replaced, unless a key in `pushOnChange` differs from the address bar's: then an entry is
 * added, so that Back returns to it. Nothing is written once the page has been left.
 */
export function replaceSearch(search: URLSearchParams, pushOnChange: readonly string[] = []): void {
	const next = search.toString();
	const { pathname } = page.url;
	clearTimeout(timer);
	timer = setTimeout(() => {
		if (location.pathname !== pathname) return;
		// The address bar, not page.url: shallow history entries leave page.url as it was loaded.
		const current = new URLSearchParams(location.search);
		if (next === current.toString()) return;
		const push = pushOnChange.some((key) => search.get(key) !== current.get(key));
		(push ? pushState : replaceState)(`${pathname}${next ? `?${next}` : ''}`, page.state);
	}, 150);
}

/** Drops a write still waiting, e.g. when Back or a navigation has moved the address bar on. */
export function cancelSearchWrite(): void {
	clearTimeout(timer);
}
