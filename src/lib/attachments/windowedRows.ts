/**
 * The DOM glue of a windowed table (see timeline/rowWindow): how tall the drawn rows turned out
 * to be. Where they are against the viewport comes from trackScroll.
 */
import type { Attachment } from 'svelte/attachments';

/**
 * One observer for the rows of a table: `measure(key)` is the attachment for the row with that
 * key, and `onHeights` receives the heights (px) of rows whose size changed, in one batch.
 */
export function rowMeasurer(
	onHeights: (heightsPx: Map<string, number>) => void
): (key: string) => Attachment<HTMLElement> {
	let observer: ResizeObserver | undefined;
	const keys = new WeakMap<Element, string>();
	return (key) => (row) => {
		observer ??= new ResizeObserver((entries) => {
			const batch = new Map<string, number>();
			for (const entry of entries) {
				const k = keys.get(entry.target);
				// The rect, not the content box: it includes the row's borders and padding.
				const heightPx = entry.target.getBoundingClientRect().height;
				if (k !== undefined && heightPx > 0) batch.set(k, heightPx);
			}
			if (batch.size > 0) onHeights(batch);
		});
		keys.set(row, key);
		observer.observe(row);
		return () => observer?.unobserve(row);
	};
}
