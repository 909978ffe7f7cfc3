/**
 * Finding quotes in passages: exact ranges for highlighting, and text folded for comparison. The
 * nearest match a validator suggests for a quote that is not verbatim is in nearestQuote.ts.
 */

/** Character range [start, end) of a quote in a passage. */
export interface TextRange {
	start: number;
	end: number;
}

/** Every occurrence of `quote` in `text`, in order; empty when the quote is not verbatim. */
export function findQuoteRanges(text: string, quote: string): TextRange[] {
	const ranges: TextRange[] = [];
	if (!quote) return ranges;
	for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
		ranges.push({ start: at, end: at + quote.length });
	return ranges;
}

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
