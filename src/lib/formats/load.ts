/**
 * The one loader: text from a file or URL in, a validated dataset or a list of problems out.
 * It recognises the format, so every way in (?data=, a file, a folder) meets one validator.
 */
import type { Problem } from '../model/problems';
import { parseJson } from './json';
import { DATASET_FORMAT, type Dataset } from '../model/schema';
import { validateDataset, type ValidateOptions } from '../model/validate';

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** Parses and validates a dataset file's text; `name` (file name or URL) labels problems. */
export function loadDatasetText(
	text: string,
	name: string,
	options: ValidateOptions = {}
): LoadResult {
	const trimmed = text.trimStart();
	if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
		return {
			ok: false,
			problems: [
				{
					file: name,
					message: 'is not a chronotext JSON dataset (it does not start with "{")',
					fix: `load a JSON file whose "format" is "${DATASET_FORMAT}"; spreadsheet (CSV) import is not available yet.`
				}
			]
		};
	const json = parseJson(text, name);
	if (!json.ok) return { ok: false, problems: [json.problem] };
	const value = json.value as Record<string, unknown> | null;
	if (
		value &&
		typeof value === 'object' &&
		!Array.isArray(value) &&
		value.format !== DATASET_FORMAT
	) {
		const events = value.events;
		const looksLikeTimelineJs =
			Array.isArray(events) && events.some((e) => e && typeof e === 'object' && 'start_date' in e);
		return {
			ok: false,
			problems: [
				{
					file: name,
					field: 'format',
					message: looksLikeTimelineJs
						? 'looks like a TimelineJS file, which cannot be imported yet'
						: `is missing "format": "${DATASET_FORMAT}"`,
					fix: `load a chronotext dataset: a JSON object with "format": "${DATASET_FORMAT}" and "version": 1 (see the README).`
				}
			]
		};
	}
	return validateDataset(json.value, { default: name }, options);
}
