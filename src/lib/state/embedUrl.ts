/**
 * `embed=1`: the explorer's timeline and event details alone, with no site header, filters or
 * text, for an iframe in a course page. Every other parameter works as on the full explorer.
 */

/** True when the address asks for the embed view; only `embed=1` does. */
export function isEmbedView(search: URLSearchParams): boolean {
	return search.get('embed') === '1';
}

/** A notice for an `embed` value other than 1 (the full view is shown), else undefined. */
export function embedNotice(search: URLSearchParams): string | undefined {
	const value = search.get('embed');
	return value === null || value === '1'
		? undefined
		: `“embed=${value}” is not a view; use embed=1 for the timeline alone. The full explorer is shown.`;
}
