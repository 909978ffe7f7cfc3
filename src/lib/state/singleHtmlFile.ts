/**
 * "Single HTML file": the current dataset inside the single-file page that the site serves
 * (scripts/build-single.ts), as a file to save. Loaded when asked for.
 */
import { base } from '$app/paths';
import { embedDataset, SINGLE_FILE_TEMPLATE, singleHtmlFileName } from '$lib/formats/singleHtml';
import type { Dataset } from '$lib/model/schema';

/**
 * The self-contained page holding `dataset`, named `<dataset id>.html`; rejects with a message
 * to show when the single-file page cannot be fetched.
 */
export async function singleHtmlFile(
	dataset: Dataset,
	fetcher: typeof fetch = fetch
): Promise<File> {
	const response = await fetcher(`${base}/${SINGLE_FILE_TEMPLATE}`);
	if (!response.ok)
		throw new Error(
			`the single-file page could not be fetched (${response.status}); reload the site and try again`
		);
	const html = embedDataset(await response.text(), dataset);
	return new File([html], singleHtmlFileName(dataset), { type: 'text/html' });
}
