/**
 * One self-contained HTML file: the single-file build of the app (every script and style inlined,
 * routes in the address's hash) with a dataset inside it as data, so that it opens from disk
 * with no network. The dataset travels in a `<script type="application/json">` block, which the
 * browser never runs and the page's policy therefore never needs to allow.
 */
import type { Dataset } from '../model/schema';

/** The single-file page without a dataset, as the site serves it (scripts/build-single.ts). */
export const SINGLE_FILE_TEMPLATE = 'single-file.html';

/** The id of the block that holds the dataset inside a single HTML file. */
export const EMBEDDED_DATASET_ID = 'chronotext-dataset';

/** What a problem in the embedded dataset names as its file. */
export const EMBEDDED_DATASET_NAME = 'the dataset inside this page';

/**
 * JSON text that is safe inside a `<script>` element: `<`, `>` and `&` are written as \u escapes,
 * so no `</script>` or `<!--` in the data can end or change the block, and U+2028/U+2029 as
 * escapes too. JSON.parse reads the same value back.
 */
export function scriptSafeJson(value: unknown): string {
	return JSON.stringify(value).replace(
		/[<>&\u2028\u2029]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/**
 * The single-file page `template` with `dataset` inside it, just before `</head>`. Throws when
 * the template has no `</head>` (it is not a page).
 */
export function embedDataset(template: string, dataset: Dataset): string {
	const head = template.indexOf('</head>');
	if (head < 0) throw new Error('the single-file page has no </head>');
	const block = `<script type="application/json" id="${EMBEDDED_DATASET_ID}">${scriptSafeJson(dataset)}</script>\n`;
	return `${template.slice(0, head)}${block}${template.slice(head)}`;
}

/** A file name for the single HTML file of a dataset: `<dataset id>.html`. */
export function singleHtmlFileName(dataset: Dataset): string {
	return `${dataset.id}.html`;
}
