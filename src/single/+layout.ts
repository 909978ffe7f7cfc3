/**
 * The root load of the single-file build (scripts/build-single.ts), in place of
 * routes/+layout.ts: the dataset shown is the one inside the page, not a file on a server.
 */
import type { BuiltInDataset } from '$lib/state/builtInDataset';
import { readEmbeddedDataset } from '$lib/state/embeddedDataset';

export const load = (): { builtIn: BuiltInDataset } => {
	const dataset = readEmbeddedDataset(document);
	return {
		builtIn: {
			id: dataset.id,
			title: dataset.title,
			description: dataset.description ?? '',
			load: async () => dataset
		}
	};
};
