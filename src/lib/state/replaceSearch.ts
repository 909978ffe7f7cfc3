/** Writes query parameters into the address bar without navigating, at most a few times a second. */
import { replaceState } from '$app/navigation';
import { page } from '$app/state';

let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Replaces the URL's query with `search` after a short quiet time (zooming writes many windows;
 * the router is also not ready during hydration, when effects first run).
 */
export function replaceSearch(search: URLSearchParams): void {
	const next = search.toString();
	clearTimeout(timer);
	timer = setTimeout(() => {
		if (next !== page.url.searchParams.toString())
			replaceState(`${page.url.pathname}${next ? `?${next}` : ''}`, page.state);
	}, 150);
}

/** Drops a replaceSearch still waiting, for a navigation that supersedes it. */
export function cancelReplaceSearch(): void {
	clearTimeout(timer);
}
