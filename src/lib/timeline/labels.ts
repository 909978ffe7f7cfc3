/** Fitting labels into the room they have: whole, shortened with an ellipsis, or hidden. */

/** Measures a string's width in px at the timeline's label font. */
export type MeasureText = (text: string) => number;

/** Fewer characters than this before the ellipsis and the label is hidden instead. */
const MIN_VISIBLE_CHARS = 4;

/**
 * The longest prefix of `text` (cut at a word where possible, plus "…") that fits `maxPx`;
 * the whole text when it fits; '' when not even a few characters fit.
 */
export function fitLabel(text: string, maxPx: number, measure: MeasureText): string {
	if (measure(text) <= maxPx) return text;
	const ellipsisPx = measure('…');
	if (maxPx < ellipsisPx) return '';
	let lo = 0;
	let hi = text.length;
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if (measure(text.slice(0, mid)) + ellipsisPx <= maxPx) lo = mid;
		else hi = mid - 1;
	}
	if (lo < MIN_VISIBLE_CHARS) return '';
	let cut = text.slice(0, lo);
	const space = cut.lastIndexOf(' ');
	if (space >= MIN_VISIBLE_CHARS && space > lo * 0.6) cut = cut.slice(0, space);
	return `${cut.trimEnd()}…`;
}

/** A width estimate without a DOM (tests, workers): the average glyph of a sans-serif font. */
export function estimateTextWidth(text: string, fontPx: number): number {
	return text.length * fontPx * 0.56;
}
