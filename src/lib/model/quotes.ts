/**
 * Text folded for comparing quotes and searches. Exact ranges for highlighting are found in
 * highlights.ts; the nearest match a validator suggests for a quote that is not verbatim, in
 * nearestQuote.ts.
 */

/**
 * Folds the typographic differences people make when retyping: quotes, dashes, case, spaces.
 * Character for character, so an index in the folded text is an index in the original.
 */
export function foldTypography(text: string): string {
	return text
		.replace(/[‘’‛′]/g, "'")
		.replace(/[“”‟″]/g, '"')
		.replace(/[‐‑‒–—―]/g, '-')
		.replace(/\s/g, ' ')
		.toLowerCase();
}
