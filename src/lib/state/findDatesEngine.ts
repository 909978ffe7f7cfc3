/**
 * The date-finding engine for the author screen, loaded when first needed so that the rules do
 * not weigh on the page's first load.
 */
import type { FindDates, ResolveRelative } from './dateFinder.svelte';

/** The engine that finds the date suggestions of a text. */
export async function findDatesOffThread(): Promise<FindDates> {
	const { findDates } = await import('$lib/author/findDates');
	return async (text, { onProgress, signal }) => {
		signal.throwIfAborted();
		return findDates(text, { onProgress });
	};
}

/** The resolver of relative expressions against an edited anchor. */
export async function resolveRelative(): Promise<ResolveRelative> {
	return (await import('$lib/author/findDates')).resolveRelative;
}
