/** The Export menu and its items, loaded together by LazyExportMenu.svelte. */
export { default as ExportMenu } from './ExportMenu.svelte';
export { EXPORT_ITEMS } from './exportItems';
