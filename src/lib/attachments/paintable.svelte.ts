/**
 * Paints timeline frames onto a canvas: sizes its backing store for the device pixel ratio,
 * paints in the page's colours and font, and repaints in an effect whenever the frame changes.
 */
import type { Attachment } from 'svelte/attachments';
import {
	DEFAULT_PALETTE,
	FORCED_COLORS_PALETTE,
	PAGE_FONT,
	paintFrame,
	type Band,
	type Frame,
	type Palette
} from '$lib/timeline/paint';

/** The frame to paint, without what is read from the page, and the band of it to paint. */
export type FrameInput = Omit<Frame, 'palette' | 'fontFamily'> & { band: Band };

/**
 * The palette to paint with: the page's, or the user's system colours in forced colours mode
 * (exports, which leave the page, pass `forcedColors` false).
 */
export function pagePalette(forcedColors = matchMedia('(forced-colors: active)').matches): Palette {
	return forcedColors ? FORCED_COLORS_PALETTE : DEFAULT_PALETTE;
}

/**
 * Repaints the canvas from `frame()`; nothing is painted while it returns undefined. The canvas
 * covers only the frame's band, moved down to where that band is in the scene.
 *
 * The first frame is painted in a task of its own, after the one that lays out the new timeline:
 * at 412 px here, painting it took 25–40 ms, and handing the painted canvas to the compositor at
 * the next commit 11–40 ms more; in one task with the layout they made it 120–160 ms long.
 * Until then the canvas is 0 px high: nothing stands in for the timeline but its panel.
 * `onFirstPaint` is called once that first frame is painted.
 */
export function paintable(
	frame: () => FrameInput | undefined,
	onFirstPaint?: () => void
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		// Made at the first paint, in that task, not in the one that mounts the canvas.
		let ctx: CanvasRenderingContext2D | null | undefined;
		const palette = pagePalette();
		let topPx = 0;
		let painted = false;
		let firstPaint = 0;
		let latest: FrameInput | undefined;

		const paint = (f: FrameInput) => {
			ctx ??= canvas.getContext('2d', { alpha: false });
			if (!ctx) return;
			const ratio = window.devicePixelRatio || 1;
			const { band } = f;
			const width = Math.round(f.widthPx * ratio);
			const height = Math.round(band.heightPx * ratio);
			if (canvas.width !== width || canvas.height !== height) {
				canvas.width = width;
				canvas.height = height;
				canvas.style.width = `${f.widthPx}px`;
				canvas.style.height = `${band.heightPx}px`;
			}
			if (band.topPx !== topPx) {
				topPx = band.topPx;
				canvas.style.transform = `translateY(${topPx}px)`;
			}
			if (height === 0) return;
			ctx.setTransform(ratio, 0, 0, ratio, 0, -band.topPx * ratio);
			paintFrame(ctx, { ...f, palette, fontFamily: PAGE_FONT });
		};

		$effect(() => {
			latest = frame();
			if (!latest) return;
			if (painted) paint(latest);
			else
				firstPaint ||= window.setTimeout(() => {
					painted = true;
					if (latest) paint(latest);
					onFirstPaint?.();
				});
		});
		return () => clearTimeout(firstPaint);
	};
}
