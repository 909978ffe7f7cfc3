/** Loading the d3 gesture chunk (d3gestures.ts) late, but before anyone needs it. */

export type D3Interaction = typeof import('./d3gestures');

let loading: Promise<D3Interaction> | undefined;

/** Loads the gesture modules once; later calls share the same promise. */
export function loadD3Interaction(): Promise<D3Interaction> {
	return (loading ??= import('./d3gestures'));
}

/**
 * Loads the gesture modules when the browser is idle after the first render, or at once when
 * the pointer, a finger or focus reaches `node`. Returns a teardown for the listeners.
 */
export function whenInteractive(node: Element, onReady: (d3: D3Interaction) => void): () => void {
	let done = false;
	const start = () => {
		if (done) return;
		done = true;
		teardown();
		loadD3Interaction().then(onReady);
	};
	const events = ['pointerenter', 'touchstart', 'focusin', 'wheel'] as const;
	for (const type of events) node.addEventListener(type, start, { passive: true });
	// After the frame that shows the timeline, when the browser has nothing else to do.
	let idle: number | undefined;
	const frame = requestAnimationFrame(() => {
		idle =
			typeof requestIdleCallback === 'function'
				? requestIdleCallback(start, { timeout: 1500 })
				: window.setTimeout(start, 300);
	});
	function teardown() {
		for (const type of events) node.removeEventListener(type, start);
		cancelAnimationFrame(frame);
		if (idle === undefined) return;
		if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
		else clearTimeout(idle);
	}
	return () => {
		done = true;
		teardown();
	};
}
