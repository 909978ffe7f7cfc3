/** Internal links that carry the dataset loaded with `?data=` to the next screen. */

/**
 * `href` (an internal path, with or without a query) with the `data` parameter of `current`
 * put first, so that a reload or a shared link shows the same dataset; unchanged when no
 * dataset was loaded from a URL. The fragment and href's own parameters are kept.
 */
export function withDataParam(href: string, current: URLSearchParams): string {
	const data = current.get('data');
	if (!data) return href;
	const hashAt = href.indexOf('#');
	const hash = hashAt === -1 ? '' : href.slice(hashAt);
	const withoutHash = hashAt === -1 ? href : href.slice(0, hashAt);
	const queryAt = withoutHash.indexOf('?');
	const path = queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt);
	const own = new URLSearchParams(queryAt === -1 ? '' : withoutHash.slice(queryAt + 1));
	const search = new URLSearchParams({ data });
	for (const [key, value] of own) if (key !== 'data') search.append(key, value);
	return `${path}?${search}${hash}`;
}

/**
 * Whether the dataset that `url` asks for with `data=` is the one on screen (`loadedFrom`, its
 * absolute URL), or its load has `failed`: only then do the URL's ids name its records. True
 * without `data=`.
 */
export function isRequestedDatasetShown(
	url: URL,
	loadedFrom: string | undefined,
	failed: boolean
): boolean {
	const requested = url.searchParams.get('data');
	return !requested || failed || loadedFrom === new URL(requested, url).href;
}
