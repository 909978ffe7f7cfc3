/** Label widths measured with a canvas in the timeline's font; cached per string. */
import { estimateTextWidth, type MeasureText } from '$lib/timeline/labels';
import { PAGE_FONT } from '$lib/timeline/paint';

/**
 * A cached measurer for text `fontPx` high (of `weight`, 700 for bold) in the page's font (the `--font` family the canvas
 * paints with, so that measured labels fit where they are painted); estimates without a DOM.
 */
export function createTextMeasurer(fontPx: number, weight = 400): MeasureText {
	if (typeof document === 'undefined') return (text) => estimateTextWidth(text, fontPx);
	// Made at the first measurement, not when the timeline mounts.
	let context: CanvasRenderingContext2D | null | undefined;
	const cache = new Map<string, number>();
	return (text) => {
		let width = cache.get(text);
		if (width === undefined) {
			context ??= fontContext(fontPx, weight);
			width = context ? context.measureText(text).width : estimateTextWidth(text, fontPx);
			if (cache.size > 50_000) cache.clear();
			cache.set(text, width);
		}
		return width;
	};
}

/** A canvas context set to the page's font, or null where canvases cannot measure. */
function fontContext(fontPx: number, weight: number): CanvasRenderingContext2D | null {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return null;
	context.font = `${weight} ${fontPx}px ${PAGE_FONT}`;
	return context;
}
