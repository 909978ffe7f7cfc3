/**
 * An element's width as `bind:clientWidth` gives it, without its first read: Svelte reads
 * `clientWidth` while the element mounts, which forces the browser to lay the page out in the
 * middle of the mount's script. A ResizeObserver reports the width after the browser's own
 * layout of the next frame, before that frame is painted.
 */
import type { Attachment } from 'svelte/attachments';

/** Calls `set` with the element's `clientWidth` once it has been laid out and whenever it changes. */
export function observeWidth(set: (widthPx: number) => void): Attachment<HTMLElement> {
	return (element) => {
		const observer = new ResizeObserver(() => set(element.clientWidth));
		observer.observe(element);
		return () => observer.disconnect();
	};
}
