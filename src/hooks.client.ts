import { startLoadWorkerEarly } from '$lib/formats/loadWorker';

/**
 * Before hydration: a `?data=` page starts its validator's worker, whose script then loads and
 * compiles while the page hydrates instead of after.
 */
export const init = (): void => startLoadWorkerEarly(location.search);
