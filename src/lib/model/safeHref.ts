/**
 * The one gate between data and links: only http: and https: addresses ever become an href, so a
 * `javascript:` or `data:` URL in a dataset can never run script when clicked.
 */

/** Returns the absolute http(s) URL to use as an href, or undefined for anything else. */
export function safeHref(url: string | undefined): string | undefined {
	if (!url) return undefined;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	// The normalised form is returned, so the href is exactly the URL whose scheme was checked.
	return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}
