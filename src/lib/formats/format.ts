/**
 * What every importer and exporter of datasets provides: recognise a file by its content, turn it
 * into the dataset input that the one validator checks, and (where it can) write a dataset back.
 */
import type { Problem } from '../model/problems';
import type { Dataset } from '../model/schema';

/** An importer's answer: dataset input for the validator, or problems naming row, field and fix. */
export type ParseResult = { ok: true; input: unknown } | { ok: false; problems: Problem[] };

/** One file format chronotext reads, and may write. */
export interface DatasetFormat {
	/** Stable id, e.g. `timelinejs-json`. */
	id: string;
	/** What a person calls it, e.g. "TimelineJS JSON". */
	label: string;
	/** True when the text looks like this format; cheap, by content only (never by file name). */
	detect(text: string): boolean;
	/** Reads the text; `fileName` (a file name or URL) labels every problem. Never throws. */
	parse(text: string, fileName: string): ParseResult;
	/** Writes a validated dataset in this format, when the format can hold one. */
	serialise?(dataset: Dataset): string;
	/** The media type of the written file, e.g. `text/csv`. */
	mediaType: string;
	/** The usual file name extension, without the dot. */
	extension: string;
}
