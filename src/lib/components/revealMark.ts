/**
 * Keeps a selected event's mark on screen: the page scrolls so that the mark (with the whole
 * timeline when it fits) is in the part of the window that the event details leave free.
 */

/** Space kept between what is brought into view and the edges of the free part, in pixels. */
const MARGIN_PX = 8;
/** How many frames to wait for the mark to be drawn (the timeline may still be moving to it). */
const FRAMES = 60;

/**
 * The least vertical scroll, in pixels (positive: down the page), that puts `[top, bottom]`
 * inside `[bandTop, bandBottom]`; 0 when it is already inside. What is taller than the band is
 * lined up with its top.
 */
export function scrollDelta(
	top: number,
	bottom: number,
	bandTop: number,
	bandBottom: number
): number {
	if (top >= bandTop && bottom <= bandBottom) return 0;
	if (top < bandTop || bottom - top > bandBottom - bandTop) return top - bandTop;
	return bottom - bandBottom;
}

/** Where the event `id`'s mark is drawn, waiting a few frames for it; undefined if it is not. */
async function markOf(id: string): Promise<HTMLElement | undefined> {
	const selector = `[data-event-id="${CSS.escape(id)}"]`;
	for (let frame = 0; frame < FRAMES; frame++) {
		const mark = document.querySelector<HTMLElement>(selector);
		if (mark) return mark;
		await new Promise(requestAnimationFrame);
	}
	return undefined;
}

/**
 * Scrolls the page, if need be, so that the event `id`'s mark is seen whole: above `sheet` when the
 * details are a sheet fixed over the foot of the window (at their tallest, since they may still be
 * loading), else anywhere in the window. When it has to scroll, it shows the whole timeline if
 * that fits, else the mark: in the middle of the part above the sheet, or just in the window.
 */
export async function revealMark(id: string, sheet: HTMLElement | undefined): Promise<void> {
	const mark = await markOf(id);
	if (!mark) return;
	const style = sheet && getComputedStyle(sheet);
	const covered = style?.position === 'fixed' ? parseFloat(style.maxHeight) || 0 : 0;
	const bandTop = MARGIN_PX;
	const bandBottom = innerHeight - covered - MARGIN_PX;
	const box = mark.getBoundingClientRect();
	if (scrollDelta(box.top, box.bottom, bandTop, bandBottom) === 0) return;
	const stage = mark.closest('[aria-labelledby="timeline-summary"]')?.getBoundingClientRect();
	const top =
		stage && stage.height <= bandBottom - bandTop
			? scrollDelta(stage.top, stage.bottom, bandTop, bandBottom)
			: covered > 0
				? (box.top + box.bottom - bandTop - bandBottom) / 2
				: scrollDelta(box.top, box.bottom, bandTop, bandBottom);
	scrollBy({ top, behavior: 'instant' });
}
