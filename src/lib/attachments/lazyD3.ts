/** Loading the d3 gesture chunk (d3gestures.ts) late, but before anyone needs it. */
import { afterTimelineRendered } from '$lib/components/afterTimelineRendered';

export type D3Interaction = typeof import('./d3gestures');

let loading: Promise<D3Interaction> | undefined;

/** Loads the gesture modules once; later calls share the same promise. */
export function loadD3Interaction(): Promise<D3Interaction> {
	return (loading ??= import('./d3gestures'));
}

/**
 * Loads the gesture modules when the browser is idle after the first render, or at once when
 * the pointer, a finger or focus reaches `node`. With `holdWheels`, wheel turns on `node` before
 * they arrive are held (the page does not scroll) and handed to `onReady` as copies to replay,
 * so that a quick first zoom is not lost. Returns a teardown for the listeners.
 */
export function whenInteractive(
	node: Element,
	onReady: (d3: D3Interaction, earlyWheels: WheelEvent[]) => void,
	{ holdWheels = false } = {}
): () => void {
	let done = false;
	let cancelled = false;
	const earlyWheels: WheelEvent[] = [];
	const hold = (event: Event) => {
		event.preventDefault();
		earlyWheels.push(copyWheel(event as WheelEvent));
		start();
	};
	const start = () => {
		if (done) return;
		done = true;
		teardown();
		loadD3Interaction().then((d3) => {
			node.removeEventListener('wheel', hold);
			if (!cancelled) onReady(d3, earlyWheels.splice(0));
		});
	};
	const events = ['pointerenter', 'touchstart', 'focusin'] as const;
	for (const type of events) node.addEventListener(type, start, { passive: true });
	if (holdWheels) node.addEventListener('wheel', hold, { passive: false });
	// After the timeline's first render, when the browser has nothing else to do. (Not after the
	// next frame: the timeline mounts a few tasks before its first frame is painted, and a chunk
	// asked for between them came before the first render.)
	let idle: number | undefined;
	void afterTimelineRendered().then(() => {
		if (done) return;
		idle =
			typeof requestIdleCallback === 'function'
				? requestIdleCallback(start, { timeout: 1500 })
				: window.setTimeout(start, 300);
	});
	function teardown() {
		for (const type of events) node.removeEventListener(type, start);
		if (idle === undefined) return;
		if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
		else clearTimeout(idle);
	}
	return () => {
		done = true;
		cancelled = true;
		teardown();
		node.removeEventListener('wheel', hold);
	};
}

/** A new wheel event like `event`, to dispatch again later (an event is dispatched only once). */
function copyWheel(event: WheelEvent): WheelEvent {
	return new WheelEvent('wheel', {
		deltaX: event.deltaX,
		deltaY: event.deltaY,
		deltaZ: event.deltaZ,
		deltaMode: event.deltaMode,
		clientX: event.clientX,
		clientY: event.clientY,
		screenX: event.screenX,
		screenY: event.screenY,
		ctrlKey: event.ctrlKey,
		shiftKey: event.shiftKey,
		altKey: event.altKey,
		metaKey: event.metaKey,
		bubbles: true,
		cancelable: true
	});
}
