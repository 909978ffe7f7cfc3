import { startLoadWorkerEarly } from '$lib/formats/loadWorker';
import { fetchDataEarly } from '$lib/state/earlyFetch';

/**
 * Before hydration: a `?data=` page starts downloading its file and its validator's worker,
 * which then load while the page hydrates instead of after.
 */
export const init = (): void => {
	fetchDataEarly(location.href);
	startLoadWorkerEarly(location.search);
};
