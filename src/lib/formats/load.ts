/**
 * The one loader: text from a file or URL in, a validated dataset or a list of problems out.
 * It recognises the format, so every way in (?data=, a file, a folder) meets one validator.
 */
import { parseJson } from './json';
import { DATASET_FORMAT } from '../model/schema';
import { validateDataset, type ValidateOptions, type ValidationResult } from '../model/validate';
import { chronotextJsonFormat } from './chronotextJson';
import { detectFormat, FORMATS } from './registry';
import type { Streamed } from './streamingLoad';

/** The dataset with its dates as columns (see model/dateColumns.ts), or the problems. */
export type LoadResult = ValidationResult;

/**
 * What loadStreamed gives: a LoadResult, but for a valid file whose events were read ahead
 * `readAhead` counts them, and its dataset holds none: they went to the page as they were read
 * (streamingLoad.ts).
 */
export type StreamedResult = LoadResult & { readAhead?: number };

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A parsed JSON object that says it is a chronotext dataset. */
function isDatasetObject(value: unknown): value is Record<string, unknown> {
	return isObject(value) && value.format === DATASET_FORMAT;
}

/** Parses and validates a dataset file's text; `name` (file name or URL) labels problems. */
export function loadDatasetText(
	text: string,
	name: string,
	options: ValidateOptions = {}
): LoadResult {
	const format = detectFormat(text);
	if (!format)
		return {
			ok: false,
			problems: [
				{
					file: name,
					message: `is not a format chronotext reads (${FORMATS.map((f) => f.label).join(', ')})`,
					fix: 'load a dataset JSON, a TimelineJS JSON or spreadsheet CSV, or a CSV with the columns in the README.'
				}
			]
		};
	if (format !== chronotextJsonFormat) {
		const imported = format.parse(text, name);
		return imported.ok ? validateDataset(imported.input, { default: name }, options) : imported;
	}
	const json = parseJson(text, name);
	if (!json.ok) return { ok: false, problems: [json.problem] };
	const value = json.value;
	if (isObject(value) && value.format !== DATASET_FORMAT) {
		return {
			ok: false,
			problems: [
				{
					file: name,
					field: 'format',
					message: `is missing "format": "${DATASET_FORMAT}"`,
					fix: `load a chronotext dataset: a JSON object with "format": "${DATASET_FORMAT}" and "version": 1 (see the README).`
				}
			]
		};
	}
	// Freshly parsed JSON is held nowhere else and shares no object: its records need no copy.
	return validateDataset(json.value, { default: name }, { ...options, ownsInput: true });
}

/**
 * loadDatasetText for a file read while it downloaded (streamingLoad.ts): when its events were
 * read ahead, only its shell is parsed and validated now, and the events' digest checked with it
 * (eventsDigest.ts). Anything else, a problem found that way included, goes to loadDatasetText
 * with the whole text, which names every problem: the answer is the same either way.
 */
export function loadStreamed(
	file: Streamed,
	name: string,
	options: ValidateOptions = {}
): StreamedResult {
	const ahead = file.readAhead;
	// The shell stands for the whole file here: every event passed the check, so none holds the
	// keys that tell the formats apart ("format", "start_date") outside its strings.
	if (ahead && detectFormat(ahead.shell) === chronotextJsonFormat) {
		let shell: unknown;
		try {
			shell = JSON.parse(ahead.shell);
		} catch {
			shell = undefined;
		}
		if (isDatasetObject(shell)) {
			const { digest } = ahead;
			const result = validateDataset(
				shell,
				{ default: name },
				{ maxProblems: options.maxProblems, ownsInput: true, eventIds: digest.ids }
			);
			if (result.ok && digest.fits(result.dataset))
				return {
					...result,
					dates: { events: ahead.dates, periods: result.dates.periods },
					readAhead: digest.count
				};
		}
	}
	return loadDatasetText(file.text(), name, options);
}
