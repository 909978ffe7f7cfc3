/**
 * The root load of the single-file build (scripts/build-single.ts), in place of
 * routes/+layout.ts: the dataset is the one inside the page, not a file on a server.
 */
import type { Dataset } from '$lib/model/schema';
import { readEmbeddedDataset } from '$lib/state/embeddedDataset';

export const load = (): { dataset: Dataset } => ({ dataset: readEmbeddedDataset(document) });
