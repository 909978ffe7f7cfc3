/**
 * Which link addresses a dataset may hold: those safeHref (safeHref.ts) makes a link of, written
 * with http:// or https://. Apart from safeHref so that the page's first render, which needs only
 * that gate, does not load what the validators ask.
 */
import { safeHref } from './safeHref';

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
