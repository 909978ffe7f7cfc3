/**
 * When the offline cache is set up. Its service worker downloads the whole build (every screen,
 * the PDF reader, the built-in dataset), which on a first visit would compete with the page's
 * own scripts and its `?data=` file for the network and the processor. So it is registered only
 * once the first dataset has been shown (or has failed) and the browser is idle after that frame.
 */
import { base } from '$app/paths';

let scheduled = false;

/**
 * Registers the service worker after the next frame, when the browser is idle; calls after the
 * first do nothing. Not in the single HTML file (it has no service worker) nor where the browser
 * has none.
 */
export function registerServiceWorkerLater(): void {
	if (scheduled || !__SERVICE_WORKER__ || !('serviceWorker' in navigator)) return;
	scheduled = true;
	const register = () => {
		// A failure leaves the site working online, as it would without service workers.
		navigator.serviceWorker
			.register(new URL(`${base}/service-worker.js`, location.href))
			.catch(() => {});
	};
	requestAnimationFrame(() => {
		if (typeof requestIdleCallback === 'function') requestIdleCallback(register, { timeout: 3000 });
		else setTimeout(register, 500);
	});
}
