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

/** The start every link address in a dataset has. */
export const WEB_PATTERN = /^https?:\/\//;

/**
 * Addresses every URL parser takes as they are: a host of lowercase ASCII labels whose last one
 * starts with a letter (so it is no IPv4 address), no port, and a path, query and fragment of
 * URL characters only (which never fail to parse). Punycode labels (`xn--`) are left to the
 * parser, which checks them.
 */
const PLAIN_WEB_ADDRESS =
	/^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?:[/?#][\w.~!$&'()*+,;=:@%/?#-]*)?$/;

/**
 * Whether `url` starts with http:// or https:// and safeHref makes a link of it: the same answer
 * as `WEB_PATTERN.test(url) && safeHref(url) !== undefined`, without building a URL for a plain
 * address (the validator asks this of every source of every record).
 */
export function isWebAddress(url: string): boolean {
	if (PLAIN_WEB_ADDRESS.test(url) && !url.includes('xn--')) return true;
	return WEB_PATTERN.test(url) && safeHref(url) !== undefined;
}
