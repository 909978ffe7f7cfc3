/**
 * The dataset a single HTML file carries inside it (formats/singleHtml.ts), read and validated
 * like any other file before the app shows it: the file on disk may have been edited.
 */
import { loadDatasetText } from '$lib/formats/load';
import { EMBEDDED_DATASET_ID, EMBEDDED_DATASET_NAME } from '$lib/formats/singleHtml';
import { formatProblem } from '$lib/model/problems';
import type { Dataset } from '$lib/model/schema';

/** The validated dataset inside `doc`; throws with every problem when it is missing or invalid. */
export function readEmbeddedDataset(doc: Document): Dataset {
	const text = doc.getElementById(EMBEDDED_DATASET_ID)?.textContent;
	if (!text) throw new Error(`${EMBEDDED_DATASET_NAME} is missing: export the page again.`);
	const result = loadDatasetText(text, EMBEDDED_DATASET_NAME);
	if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
	return result.dataset;
}
