/**
 * d3-brush on the overview strip: drag or resize the window to move the main view; a click
 * outside it centres the window there. Reports windows only; state flows back in.
 */
import { brushX, select, type D3BrushEvent } from 'd3';
import type { Attachment } from 'svelte/attachments';
import type { TimeWindow } from '$lib/timeline/viewport';

export interface BrushableOptions {
	full: TimeWindow;
	window: TimeWindow;
	widthPx: number;
	heightPx: number;
	onWindow: (w: TimeWindow) => void;
}

export function brushable(options: () => BrushableOptions): Attachment<SVGGElement> {
	return (node) => {
		const toMs = (px: number) => {
			const { full, widthPx } = options();
			return full.startMs + (px / widthPx) * (full.endMs - full.startMs);
		};
		const toPx = (ms: number) => {
			const { full, widthPx } = options();
			return ((ms - full.startMs) / (full.endMs - full.startMs)) * widthPx;
		};
		const brush = brushX<unknown>().on('brush end', (event: D3BrushEvent<unknown>) => {
			if (!event.sourceEvent) return;
			const selection = event.selection as [number, number] | null;
			const o = options();
			if (selection) o.onWindow({ startMs: toMs(selection[0]), endMs: toMs(selection[1]) });
			else if (event.type === 'end') {
				// A click without a drag: centre the current window on that point.
				const [px] = [(event.sourceEvent as MouseEvent).offsetX ?? 0];
				const half = (o.window.endMs - o.window.startMs) / 2;
				const mid = toMs(px);
				o.onWindow({ startMs: mid - half, endMs: mid + half });
			}
		});
		const selection = select(node);
		selection.call(brush);

		$effect(() => {
			const o = options();
			brush.extent([
				[0, 0],
				[o.widthPx, o.heightPx]
			]);
			selection.call(brush);
			selection.call(brush.move, [
				Math.max(0, toPx(o.window.startMs)),
				Math.min(o.widthPx, Math.max(toPx(o.window.endMs), toPx(o.window.startMs) + 2))
			]);
		});

		return () => {
			selection.on('.brush', null);
		};
	};
}
