import { base } from '$app/paths';
import type { Dataset } from '$lib/model/schema';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'always';

/** The built-in dataset, published at build time by routes/data/[id].json. */
const DEFAULT_DATASET_ID = 'nato-russia-2006';

export const load: LayoutLoad = async ({ fetch }) => {
	const response = await fetch(`${base}/data/${DEFAULT_DATASET_ID}.json`);
	if (!response.ok)
		throw new Error(`the built-in dataset could not be loaded (${response.status})`);
	return { dataset: (await response.json()) as Dataset };
};
