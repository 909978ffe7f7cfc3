/**
 * A dataset folder (data/<id>/) as written by hand: one file per kind of record, so a teacher
 * edits events without scrolling past the source text. assembleFolder joins the files into the
 * one dataset object that the validator checks and the app loads.
 */
import type { Problem } from '../model/problems';
import { parseJson } from './json';
import { DATASET_FORMAT } from '../model/schema';
import type { FileMap } from '../model/validate';

/** The files of a dataset folder; only dataset.json, source.json and events.json are required. */
export const FOLDER_FILES = {
	dataset: 'dataset.json',
	source: 'source.json',
	events: 'events.json',
	periods: 'periods.json',
	tours: 'tours.json'
} as const;

const OPTIONAL = new Set<string>([FOLDER_FILES.periods, FOLDER_FILES.tours]);

export type AssembleResult =
	{ ok: true; input: Record<string, unknown>; files: FileMap } | { ok: false; problems: Problem[] };

/**
 * Joins a folder's files into one dataset object. `read` returns a file's text, or undefined
 * when the file does not exist; `folder` prefixes file names in problems.
 */
export function assembleFolder(
	read: (name: string) => string | undefined,
	folder: string
): AssembleResult {
	const path = (name: string) => `${folder.replace(/\/$/, '')}/${name}`;
	const problems: Problem[] = [];
	const parsed: Record<string, unknown> = {};
	for (const [key, name] of Object.entries(FOLDER_FILES)) {
		const text = read(name);
		if (text === undefined) {
			if (!OPTIONAL.has(name))
				problems.push({
					file: path(name),
					message: 'the file is missing',
					fix: `every dataset folder needs ${FOLDER_FILES.dataset}, ${FOLDER_FILES.source} and ${FOLDER_FILES.events}.`
				});
			continue;
		}
		const json = parseJson(text, path(name));
		if (json.ok) parsed[key] = json.value;
		else problems.push(json.problem);
	}
	if (problems.length > 0) return { ok: false, problems };
	const meta = parsed.dataset;
	if (typeof meta !== 'object' || meta === null || Array.isArray(meta))
		return {
			ok: false,
			problems: [
				{
					file: path(FOLDER_FILES.dataset),
					message: 'must hold a JSON object',
					fix: 'write { "id": …, "title": …, "actors": […], "themes": […] }.'
				}
			]
		};
	const input: Record<string, unknown> = {
		format: DATASET_FORMAT,
		version: 1,
		...(meta as Record<string, unknown>),
		source: parsed.source,
		events: parsed.events
	};
	delete input.$schema;
	if ('periods' in parsed) input.periods = parsed.periods;
	if ('tours' in parsed) input.tours = parsed.tours;
	const files: FileMap = {
		default: path(FOLDER_FILES.dataset),
		source: path(FOLDER_FILES.source),
		events: path(FOLDER_FILES.events),
		periods: path(FOLDER_FILES.periods),
		tours: path(FOLDER_FILES.tours)
	};
	return { ok: true, input, files };
}
