import { BUILT_IN, type BuiltInDataset } from '$lib/state/builtInDataset';

export const prerender = true;
export const trailingSlash = 'always';

/** The dataset shown when the address names none (fetched in the browser, not inlined). */
export const load = (): { builtIn: BuiltInDataset } => ({ builtIn: BUILT_IN });
