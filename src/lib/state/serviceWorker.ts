/**
 * When the offline cache is set up. Its service worker downloads the whole build (every screen,
 * the PDF reader, the import and export libraries, the built-in dataset: about 4 MB), which on a
 * first visit would compete with the page's scripts and its `?data=` file, and then with the
 * visitor's first zooms and pans. So it is registered only once the first dataset has been shown
 * (or has failed) and the visitor has paused: no pointer, wheel, key or touch input for QUIET_MS,
 * then an idle moment.
 */
/** How long the page must go without input before the offline cache is set up. */
export const QUIET_MS = 3000;

const INPUTS = ['pointerdown', 'pointermove', 'wheel', 'keydown', 'touchstart'] as const;

let scheduled = false;

/**
 * Registers the service worker at `script` once the page has had no input for QUIET_MS and the
 * browser is idle; calls after the first do nothing. Not in the single HTML file (it has no
 * service worker) nor where the browser has none.
 */
export function registerServiceWorkerLater(script: URL): void {
	if (scheduled || !__SERVICE_WORKER__ || !('serviceWorker' in navigator)) return;
	scheduled = true;
	let timer = 0;
	const register = () => {
		// A failure leaves the site working online, as it would without service workers.
		navigator.serviceWorker.register(script).catch(() => {});
	};
	const quiet = () => {
		for (const type of INPUTS) removeEventListener(type, wait, { capture: true });
		if (typeof requestIdleCallback === 'function') requestIdleCallback(register, { timeout: 3000 });
		else register();
	};
	function wait() {
		clearTimeout(timer);
		timer = window.setTimeout(quiet, QUIET_MS);
	}
	for (const type of INPUTS) addEventListener(type, wait, { capture: true, passive: true });
	wait();
}
