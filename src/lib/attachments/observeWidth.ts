/**
 * An element's width as `bind:clientWidth` gives it, without its first read: Svelte reads
 * `clientWidth` while the element mounts, which forces the browser to lay the page out in the
 * middle of the mount's script. A ResizeObserver reports the width after the browser's own
 * layout of the next frame, before that frame is painted.
 */
import type { Attachment } from 'svelte/attachments';

/**
 * Calls `set` with the element's `clientWidth` once it has been laid out and whenever it changes.
 *
 * With `firstInOwnTask`, the first width is set in a task after the frame that measured it, not
 * in that frame: what the width starts (the timeline's first layout) then runs apart from the
 * browser's first layout of the page around it, as two shorter tasks rather than one long one.
 * That task is a timer's, after those queued before it (the timeline's font set-up), not a
 * `scheduler.yield()` continuation, which would go ahead of them. Later widths are set in their
 * frame, so that a resized element is never drawn a frame late.
 */
export function observeWidth(
	set: (widthPx: number) => void,
	{ firstInOwnTask = false } = {}
): Attachment<HTMLElement> {
	return (element) => {
		let first = firstInOwnTask;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const observer = new ResizeObserver(() => {
			if (!first) return set(element.clientWidth);
			first = false;
			timer = setTimeout(() => set(element.clientWidth));
		});
		observer.observe(element);
		return () => {
			clearTimeout(timer);
			observer.disconnect();
		};
	};
}
