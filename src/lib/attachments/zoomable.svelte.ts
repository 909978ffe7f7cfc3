/**
 * d3-zoom on an element: wheel and pinch zoom around the pointer, drag to pan, double-click to
 * zoom in. It only reports windows; the window itself lives in state and flows back in, so
 * buttons, keys, the overview and the URL all move the same view.
 */
import { scaleUtc, select, zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3';
import type { Attachment } from 'svelte/attachments';
import { windowSpan, type TimeWindow } from '$lib/timeline/viewport';

export interface ZoomableOptions {
	/** The window at zoom 1: the whole dataset. */
	full: TimeWindow;
	/** The window to show now. */
	window: TimeWindow;
	widthPx: number;
	heightPx: number;
	minWindowMs: number;
	reducedMotion: boolean;
	onWindow: (w: TimeWindow) => void;
}

/** Installs d3-zoom; `options` is read in an effect, so the element follows state changes. */
export function zoomable(options: () => ZoomableOptions): Attachment<SVGSVGElement> {
	return (node) => {
		let syncing = false;
		const behaviour = zoom<SVGSVGElement, unknown>().on(
			'zoom',
			(event: D3ZoomEvent<SVGSVGElement, unknown>) => {
				if (syncing) return;
				const o = options();
				const base = scaleUtc().domain([o.full.startMs, o.full.endMs]).range([0, o.widthPx]);
				const [a, b] = event.transform.rescaleX(base).domain();
				o.onWindow({ startMs: +a!, endMs: +b! });
			}
		);
		const selection = select(node).call(behaviour);

		$effect(() => {
			const o = options();
			const k = windowSpan(o.full) / windowSpan(o.window);
			const x = (-k * (o.window.startMs - o.full.startMs) * o.widthPx) / windowSpan(o.full);
			behaviour
				.extent([
					[0, 0],
					[o.widthPx, o.heightPx]
				])
				.scaleExtent([1, windowSpan(o.full) / o.minWindowMs])
				.translateExtent([
					[0, -Infinity],
					[o.widthPx, Infinity]
				])
				.duration(o.reducedMotion ? 0 : 250);
			const current = zoomTransform(node);
			if (Math.abs(current.k - k) > 1e-9 * k || Math.abs(current.x - x) > 0.01) {
				syncing = true;
				selection.call(behaviour.transform, zoomIdentity.translate(x, 0).scale(k));
				syncing = false;
			}
		});

		return () => {
			selection.on('.zoom', null);
		};
	};
}
