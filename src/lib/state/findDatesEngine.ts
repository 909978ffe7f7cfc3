/**
 * The date-finding engine for the author screen, loaded when first needed so that its rules do
 * not weigh on the page's first load.
 */
import type { FindDates, ResolveRelative } from './dateFinder.svelte';

/** The engine that finds the date suggestions of a text in a worker. */
export async function loadFindDates(): Promise<FindDates> {
	return (await import('$lib/author/findDatesOffThread')).findDatesOffThread;
}

/** The resolver of relative expressions against an edited anchor. */
export async function loadResolveRelative(): Promise<ResolveRelative> {
	return (await import('$lib/author/findDates')).resolveRelative;
}
