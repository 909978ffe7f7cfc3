/**
 * d3-zoom on an element: wheel and pinch zoom around the pointer, drag to pan, double-click to
 * zoom in. It only reports windows; the window itself lives in state and flows back in, so
 * buttons, keys, the overview and the URL all move the same view.
 */
import type { D3ZoomEvent, ZoomBehavior } from 'd3';
import type { Attachment } from 'svelte/attachments';
import { timeScale, windowOfTransform } from '$lib/timeline/timeScale';
import { windowSpan, type TimeWindow } from '$lib/timeline/viewport';
import { whenInteractive, type D3Interaction } from './lazyD3';

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
export function zoomable(options: () => ZoomableOptions): Attachment<HTMLElement> {
	return (node) => {
		let d3: D3Interaction | undefined = $state.raw();
		let behaviour: ZoomBehavior<HTMLElement, unknown> | undefined;
		let syncing = false;
		let earlyWheels: WheelEvent[] = [];
		const stopWaiting = whenInteractive(
			node,
			(loaded, wheels) => {
				earlyWheels = wheels;
				d3 = loaded;
			},
			{ holdWheels: true }
		);

		$effect(() => {
			if (!d3) return;
			// Zoom 1 shows the whole dataset: see timeScale's zoomTransform.
			behaviour = d3
				.zoom<HTMLElement, unknown>()
				.on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
					if (syncing) return;
					const { full, widthPx, onWindow } = options();
					onWindow(windowOfTransform(full, event.transform, widthPx));
				});
			const selection = d3.select(node).call(behaviour);
			// For tests and profilers: from here on, wheel, drag, pinch and double-click work.
			performance.mark('timeline:interactive');
			return () => {
				selection.on('.zoom', null);
			};
		});

		$effect(() => {
			const o = options();
			if (!d3 || !behaviour) return;
			const { k, x } = timeScale(o.window, o.widthPx).zoomTransform(o.full);
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
			const current = d3.zoomTransform(node);
			if (Math.abs(current.k - k) > 1e-9 * k || Math.abs(current.x - x) > 0.01) {
				syncing = true;
				d3.select(node).call(behaviour.transform, d3.zoomIdentity.translate(x, 0).scale(k));
				syncing = false;
			}
			if (earlyWheels.length > 0) {
				const wheels = earlyWheels.splice(0);
				// Once this update is done, from the window just synced: the turns held while loading.
				queueMicrotask(() => {
					for (const wheel of wheels) node.dispatchEvent(wheel);
				});
			}
		});

		return stopWaiting;
	};
}
