/**
 * URL sync for a screen whose state is derived from the URL (page.url) rather than held in runes:
 * after every navigation to the screen, a URL with missing or bad values is replaced (never
 * pushed) by its canonical form, and user actions move to new settings as a navigation, so that
 * page.url, and everything derived from it, follows. Call during a component's initialisation.
 */
import { afterNavigate, goto } from '$app/navigation';
import { page } from '$app/state';
import { cancelSearchWrite, replaceSearch } from './replaceSearch';

/**
 * Keeps the address bar canonical (`canonical` maps a query to the one to show, keeping unknown
 * parameters) and returns the function that writes a user's change.
 */
export function syncDerivedUrl(
	canonical: (search: URLSearchParams) => URLSearchParams
): (next: URLSearchParams) => Promise<void> {
	// Only the address bar is fixed: page.url keeps the values as given, which read to the same
	// state, so the screen's notices about them stay until the next change.
	afterNavigate(() => replaceSearch(canonical(page.url.searchParams)));
	return (next) => {
		cancelSearchWrite();
		if (next.toString() === page.url.searchParams.toString()) return Promise.resolve();
		return goto(`${page.url.pathname}?${next}`, {
			replaceState: true,
			noScroll: true,
			keepFocus: true
		});
	};
}
