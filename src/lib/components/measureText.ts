/** Label widths measured with a canvas in the timeline's font; cached per string. */
import { estimateTextWidth, type MeasureText } from '$lib/timeline/labels';

/** A cached measurer for a CSS font such as "12px 'Liberation Sans'"; estimates without a DOM. */
export function createTextMeasurer(font: string, fontPx: number): MeasureText {
	const context =
		typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (!context) return (text) => estimateTextWidth(text, fontPx);
	context.font = font;
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
