/**
 * d3-brush on the overview strip: drag anywhere outside the window (or anywhere, when it shows
 * everything) to choose a new one, drag or resize the window to move the main view; a click
 * outside it centres the window there. Reports windows only; state flows back in.
 */
import type { BrushBehavior, D3BrushEvent } from 'd3';
import type { Attachment } from 'svelte/attachments';
import { timeScale } from '$lib/timeline/timeScale';
import type { TimeWindow } from '$lib/timeline/viewport';
import { whenInteractive, type D3Interaction } from './lazyD3';

export interface BrushableOptions {
	full: TimeWindow;
	window: TimeWindow;
	widthPx: number;
	heightPx: number;
	onWindow: (w: TimeWindow) => void;
}

export function brushable(options: () => BrushableOptions): Attachment<SVGGElement> {
	return (node) => {
		let d3: D3Interaction | undefined = $state.raw();
		let brush: BrushBehavior<unknown> | undefined;
		const stopWaiting = whenInteractive(node.ownerSVGElement ?? node, (loaded) => (d3 = loaded));
		const scale = () => timeScale(options().full, options().widthPx);
		const toMs = (px: number) => scale().invert(px);
		const toPx = (ms: number) => scale().x(ms);

		$effect(() => {
			if (!d3) return;
			brush = d3.brushX<unknown>().on('brush end', (event: D3BrushEvent<unknown>) => {
				if (!event.sourceEvent) return;
				const selection = event.selection as [number, number] | null;
				const o = options();
				if (selection) o.onWindow({ startMs: toMs(selection[0]), endMs: toMs(selection[1]) });
				else if (event.type === 'end') {
					// A click without a drag: centre the current window on that point.
					const half = (o.window.endMs - o.window.startMs) / 2;
					const mid = toMs((event.sourceEvent as MouseEvent).offsetX ?? 0);
					o.onWindow({ startMs: mid - half, endMs: mid + half });
				}
			});
			const selection = d3.select(node);
			return () => {
				selection.on('.brush', null);
			};
		});

		// The brush's overlay is rebuilt only when the strip's size changes, not on every move.
		const size = $derived.by(() => {
			const { widthPx, heightPx } = options();
			return { widthPx, heightPx };
		});
		$effect(() => {
			const { widthPx, heightPx } = size;
			if (!d3 || !brush) return;
			brush.extent([
				[0, 0],
				[widthPx, heightPx]
			]);
			d3.select(node).call(brush);
		});

		$effect(() => {
			const o = options();
			if (!d3 || !brush) return;
			const x0 = Math.max(0, toPx(o.window.startMs));
			const x1 = Math.min(o.widthPx, Math.max(toPx(o.window.endMs), toPx(o.window.startMs) + 2));
			const group = d3.select(node).call(brush.move, [x0, x1]);
			// A window over (nearly) everything has nowhere to move: a drag on it starts a new one.
			const whole = x1 - x0 >= o.widthPx - 4;
			group.select('.selection').attr('pointer-events', whole ? 'none' : null);
		});

		return stopWaiting;
	};
}
