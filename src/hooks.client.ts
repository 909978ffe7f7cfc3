import { startLoadWorkerEarly } from '$lib/formats/loadWorker';

/**
 * Before hydration: a `?data=` page starts its validator's worker, which fetches the file and
 * loads its own script while the page hydrates instead of after.
 */
export const init = (): void => startLoadWorkerEarly(location.href);
