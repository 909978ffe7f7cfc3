/**
 * The built-in dataset: its title and description travel in the page (for the prerendered HTML,
 * search engines and the header while it loads), its events in build/data/<id>.json, which the
 * page preloads (src/app.html) unless the address asks for another dataset with ?data=.
 */
import { base } from '$app/paths';
import { description, id, title } from '$data/nato-russia-2006/dataset.json';
import type { Dataset } from '$lib/model/schema';

/** What the app knows of a built-in dataset before its file arrives, and how to fetch it. */
export interface BuiltInDataset {
	id: string;
	title: string;
	description: string;
	/** The dataset, validated at build time by routes/data/[id].json. */
	load(): Promise<Dataset>;
}

/** The path of a built-in dataset's file, from the site's root. */
export const builtInPath = (datasetId: string) => `/data/${datasetId}.json`;

/** The dataset shown when the address names none. */
export const BUILT_IN: BuiltInDataset = {
	id,
	title,
	description,
	async load() {
		const response = await fetch(`${base}${builtInPath(id)}`);
		if (!response.ok)
			throw new Error(`the built-in dataset could not be loaded (${response.status})`);
		return (await response.json()) as Dataset;
	}
};
