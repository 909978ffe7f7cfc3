/**
 * The formats chronotext reads and writes, in the order they are tried: a file is recognised by
 * its content, never by its name, so `?data=`, an opened file and a dropped file agree.
 */
import { chronotextCsvFormat } from './chronotextCsv';
import { chronotextJsonFormat } from './chronotextJson';
import type { DatasetFormat } from './format';
import { timelineJsFormat } from './timelineJs';
import { timelineSheetFormat } from './timelineSheet';

/** Every format; TimelineJS JSON is tried before ours, which takes any other JSON. */
export const FORMATS: readonly DatasetFormat[] = [
	timelineJsFormat,
	chronotextJsonFormat,
	timelineSheetFormat,
	chronotextCsvFormat
];

/** The format whose detect accepts the text, or undefined. */
export function detectFormat(text: string): DatasetFormat | undefined {
	return FORMATS.find((format) => format.detect(text));
}
