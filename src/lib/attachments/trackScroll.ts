/**
 * Where an element is against the viewport, as the page or a box around it scrolls: for a
 * windowed table (its rows in sight) and the timeline (its rows to paint).
 */
import type { Attachment } from 'svelte/attachments';

export interface ScrollPosition {
	/** How far the element's top is above the viewport's top, in px (negative when below it). */
	scrollTopPx: number;
	/** The viewport's height, in px. */
	viewportPx: number;
}

/**
 * Reports the element's position against the viewport at once, then at most once a frame after a
 * scroll (of the page or of a box around the element), a resize, or any change in the page's
 * layout (a notice above it, rows measured). The first report reads the layout while the element
 * mounts: it costs a few ms, where a report a frame later would have the timeline paint its canvas
 * twice on its first render (once whole, once for the rows in sight).
 */
export function trackScroll(onScroll: (position: ScrollPosition) => void): Attachment<HTMLElement> {
	return (element) => {
		let frame = 0;
		const report = () => {
			frame = 0;
			onScroll({
				scrollTopPx: -element.getBoundingClientRect().top,
				viewportPx: window.innerHeight
			});
		};
		const schedule = () => {
			if (!frame) frame = requestAnimationFrame(report);
		};
		const layout = new ResizeObserver(schedule);
		layout.observe(document.body);
		// Captured on the document: the page's scroll, and that of any box the element sits in.
		document.addEventListener('scroll', schedule, { capture: true, passive: true });
		window.addEventListener('resize', schedule);
		report();
		return () => {
			cancelAnimationFrame(frame);
			layout.disconnect();
			document.removeEventListener('scroll', schedule, { capture: true });
			window.removeEventListener('resize', schedule);
		};
	};
}
