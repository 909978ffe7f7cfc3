/**
 * EDTF read with a message for each way a value can be wrong: what is wrong and which forms
 * work. For the validator, the importers and the author screen; the explorer's first render
 * needs only whether a date reads (`readEdtf` in edtf.ts) and does not carry these words.
 */
import { MONTHS, readEdtf, YEAR_RANGE, type Edtf, type EdtfFlaw } from './edtf';

export type EdtfResult = { ok: true; value: Edtf } | { ok: false; error: string };

const FORMS = 'Use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1999-03-24), or start/end for an interval';

/** A date of no form chronotext reads: what it looks like it meant. */
function formError(part: string, whole: string): string {
	if (/^\d{1,3}(-|$)/.test(part) || /^\d{5,}/.test(part))
		return `"${whole}": a year has four digits (write 0044 for 44, or Y12345 for a long year). ${FORMS}.`;
	if (/[X]/.test(part))
		return `"${whole}": unspecified digits (X) are not supported; use the coarser precision instead (1990s → 1990/1999). ${FORMS}.`;
	return `"${whole}" is not an EDTF date. ${FORMS}.`;
}

/** What is wrong with `text` (trimmed), and how to write it. */
function edtfError(flaw: EdtfFlaw, text: string): string {
	switch (flaw.kind) {
		case 'empty':
			return `the date is empty. ${FORMS}.`;
		case 'slashes':
			return `"${text}" has more than one "/". ${FORMS}.`;
		case 'no-date':
			return `"${text}": an interval needs at least one known date.`;
		case 'reversed':
			return `"${text}": the interval ends before it starts; put the earlier date first.`;
		case 'form':
			return formError(flaw.part, text);
		case 'year-range':
			return `"${text}": the year ${flaw.year} is outside the years chronotext can show (${YEAR_RANGE.min} to ${YEAR_RANGE.max}, that is 250001 BCE to 250000 CE); use a year in that range.`;
		case 'season':
			return `"${text}": seasons (month ${flaw.month}) are not supported; use a month interval such as ${flaw.year}-03/${flaw.year}-05.`;
		case 'month':
			return `"${text}": month ${flaw.month} does not exist (use 01–12).`;
		case 'day':
			return `"${text}": day ${flaw.day} does not exist in ${MONTHS[flaw.month - 1]} ${flaw.year} (it has ${flaw.last} days).`;
		case 'time':
			return `"${text}": ${flaw.hours}:${flaw.minutes} is not a time of day.`;
	}
}

/** Parses an EDTF string; on failure the error says what is wrong and which forms work. */
export function parseEdtf(input: string): EdtfResult {
	const read = readEdtf(input);
	return read.ok ? read : { ok: false, error: edtfError(read.flaw, input.trim()) };
}
