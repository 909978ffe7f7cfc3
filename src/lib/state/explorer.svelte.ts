/**
 * The explorer's source state: the visible window, the selection, the focused event and the
 * lane grouping. Everything drawn is derived from these in components and timeline/.
 */
import { NO_FILTERS, type EventFilters } from '$lib/model/filters';
import type { LaneGrouping } from '$lib/timeline/lanes';
import {
	interpolateWindow,
	isFiniteWindow,
	panWindow,
	windowShowing,
	windowSpan,
	zoomAround,
	type TimeWindow
} from '$lib/timeline/viewport';

export const DEFAULT_LANES: LaneGrouping = 'stance';
const ANIMATION_MS = 350;
const SETTLE_MS = 120;

function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export class ExplorerState {
	#window: TimeWindow | undefined = $state.raw();
	#home: () => TimeWindow | undefined;

	/** `home` gives the window shown while none is set (the default view); it may change. */
	constructor(home: () => TimeWindow | undefined = () => undefined) {
		this.#home = home;
	}
	/**
	 * The window once moves pause: the focusable elements over the painted timeline follow it, so
	 * that a gesture repaints only the canvas. It catches up SETTLE_MS after the last change.
	 */
	settledWindow: TimeWindow | undefined = $state.raw();
	#settleTimer: ReturnType<typeof setTimeout> | undefined;

	/** The window shown: the one set, else the default view. */
	get view(): TimeWindow | undefined {
		return this.#window ?? this.#home();
	}

	/**
	 * The window set by the URL or a move; undefined means the default view. A window that is
	 * not finite is never stored: the view stays where it was.
	 */
	get window(): TimeWindow | undefined {
		return this.#window;
	}
	set window(w: TimeWindow | undefined) {
		if (w && !isFiniteWindow(w)) return;
		this.#window = w;
		clearTimeout(this.#settleTimer);
		if (!this.settledWindow || !w) this.settledWindow = w;
		else this.#settleTimer = setTimeout(() => (this.settledWindow = this.#window), SETTLE_MS);
	}
	selectedId: string | undefined = $state();
	/** The event that holds keyboard focus in the timeline (roving tabindex). */
	focusedId: string | undefined = $state();
	lanes: LaneGrouping = $state(DEFAULT_LANES);
	filters: EventFilters = $state.raw(NO_FILTERS);
	/** Things the user should know, such as URL values that were ignored. */
	notices: string[] = $state.raw([]);

	#frame = 0;
	#target: TimeWindow | undefined = $state.raw();

	/** Where the view is heading: the end of a running animation, else the view itself. */
	get destination(): TimeWindow | undefined {
		return this.#target ?? this.view;
	}

	/**
	 * The window to keep in the URL: the end of a running animation, else the window set. The
	 * frames on the way are never written, so a link copied or a page reloaded mid-move lands
	 * where the move was going.
	 */
	get lastingWindow(): TimeWindow | undefined {
		return this.#target ?? this.#window;
	}

	/** Sets the window at once, ending any animation (user gestures use this). */
	setWindow(w: TimeWindow): void {
		this.stopAnimation();
		this.window = w;
	}

	/** Moves to a window smoothly, or at once when the user prefers reduced motion. */
	animateWindow(target: TimeWindow): void {
		if (!isFiniteWindow(target)) return;
		this.stopAnimation();
		const from = this.view;
		if (!from || prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
			this.window = target;
			return;
		}
		this.#target = target;
		const start = performance.now();
		const step = (now: number) => {
			const t = Math.min(1, (now - start) / ANIMATION_MS);
			const eased = 1 - Math.pow(1 - t, 3);
			this.window = t < 1 ? interpolateWindow(from, target, eased) : target;
			if (t < 1) this.#frame = requestAnimationFrame(step);
			else this.#target = undefined;
		};
		this.#frame = requestAnimationFrame(step);
	}

	stopAnimation(): void {
		if (this.#frame) cancelAnimationFrame(this.#frame);
		this.#frame = 0;
		this.#target = undefined;
	}

	select(id: string | undefined): void {
		this.selectedId = id;
		if (id) this.focusedId = id;
	}

	// Moves build on where the view is heading, so quick repeated presses add up.

	/** Zooms by `factor` around `focus` (the focused or selected event) when in view. */
	zoomBy(factor: number, focus: TimeWindow | undefined, full: TimeWindow): void {
		this.animateWindow(zoomAround(this.destination ?? full, factor, focus, full));
	}

	/** Pans by a fraction of the window's width (negative: earlier). */
	panBy(fraction: number, full: TimeWindow): void {
		const w = this.destination ?? full;
		this.animateWindow(panWindow(w, windowSpan(w) * fraction, full));
	}

	/** Moves the view so that `span` shows, if it does not already. */
	bringIntoView(span: TimeWindow, full: TimeWindow): void {
		this.animateWindow(windowShowing(this.destination ?? full, span, full));
	}
}
