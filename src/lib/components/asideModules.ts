/**
 * Loads the column beside the explorer's timeline, with the source text and the tour panel it
 * shows, all three at once rather than one after the other.
 *
 * Imported here, in the explorer page's own file, the two are also dynamic imports of the page
 * itself, and SvelteKit puts the stylesheets of a page's dynamic imports into its HTML (it does
 * not follow the imports of those in turn). Loaded by the column alone, their styles were two
 * requests after the first render, each restyling the whole page when it arrived: at 412 px
 * with the CPU slowed four times, about 90 ms of main-thread work (BENCHMARKS.md, round 10).
 */
export function loadExplorerAside() {
	// The column imports both itself and reports their failure; here they only start early.
	import('./SourceText.svelte').catch(() => {});
	import('$lib/state/myTourKit').catch(() => {});
	return import('./ExplorerAside.svelte');
}
