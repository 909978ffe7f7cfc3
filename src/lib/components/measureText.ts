/** Label widths measured with a canvas in the timeline's font; cached per string. */
import { estimateTextWidth, type MeasureText } from '$lib/timeline/labels';

/**
 * A cached measurer for text `fontPx` high (of `weight`, 700 for bold) in the page's font (the `--font` family the canvas
 * paints with, so that measured labels fit where they are painted); estimates without a DOM.
 */
export function createTextMeasurer(fontPx: number, weight = 400): MeasureText {
	const context =
		typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (!context) return (text) => estimateTextWidth(text, fontPx);
	const family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
	context.font = `${weight} ${fontPx}px ${family}`;
	const cache = new Map<string, number>();
	return (text) => {
		let width = cache.get(text);
		if (width === undefined) {
			width = context.measureText(text).width;
			if (cache.size > 50_000) cache.clear();
			cache.set(text, width);
		}
		return width;
	};
}
