/** Fitting labels into the room they have: whole, shortened with an ellipsis, or hidden. */

/** Measures a string's width in px at the timeline's label font. */
export type MeasureText = (text: string) => number;

/** Fewer characters than this before the ellipsis and the label is hidden instead. */
const MIN_VISIBLE_CHARS = 8;

/**
 * A prefix of `text` (cut at a word where possible, plus "…") that fits `maxPx`; the whole text
 * when it fits; '' when not even a few characters fit. Runs every frame for every shortened
 * label, so it guesses the cut from the average glyph and corrects with one or two real
 * measurements instead of a binary search.
 */
export function fitLabel(text: string, maxPx: number, measure: MeasureText): string {
	const fullPx = measure(text);
	if (fullPx <= maxPx) return text;
	const ellipsisPx = measure('…');
	const charPx = fullPx / Math.max(1, text.length);
	let n = Math.floor((maxPx - ellipsisPx) / charPx);
	while (n >= MIN_VISIBLE_CHARS) {
		const overflowPx = measure(text.slice(0, n)) + ellipsisPx - maxPx;
		if (overflowPx <= 0) break;
		n -= Math.ceil(overflowPx / charPx);
	}
	if (n < MIN_VISIBLE_CHARS) return '';
	let cut = text.slice(0, n);
	const space = cut.lastIndexOf(' ');
	if (space >= MIN_VISIBLE_CHARS && space > n * 0.6) cut = cut.slice(0, space);
	cut = cut.trimEnd();
	return cut.length < MIN_VISIBLE_CHARS ? '' : `${cut}…`;
}

/** A width estimate without a DOM (tests, workers): the average glyph of a sans-serif font. */
export function estimateTextWidth(text: string, fontPx: number): number {
	return text.length * fontPx * 0.56;
}
