/**
 * The parsed dates of a list of records as columns: typed arrays of start and end times and
 * packed flags, with the display text of each date and the time order. The validator makes them
 * while it checks the dates (dateColumnsBuilder.ts), so a loader in a Web Worker can hand them to
 * indexing (their buffers are transferred, not copied) and no date is parsed twice; nor is a date
 * that many records write alike, whose display text goes once.
 */
import type { Precision, Span } from './edtf';

export interface DateColumns {
	/** `Span.startMs` of each record, in the list's order (−Infinity for an open start). */
	startMs: Float64Array;
	/** `Span.endMs` of each record (Infinity for an open end). */
	endMs: Float64Array;
	/** Bits 0–1: precision (year, month, day, time); 2: approximate; 3: uncertain; 4: interval. */
	flags: Uint8Array;
	/** `formatEdtf` of each date as written, once, in the order of the first record of each. */
	displayDates: string[];
	/** For each record, the index of its date in `displayDates`. */
	dateOf: Uint32Array;
	/** Record indexes in time order: by start, then end, then title. */
	order: Uint32Array;
}

/** The columns of a dataset's events and periods. */
export interface DatasetDates {
	events: DateColumns;
	periods: DateColumns;
}

const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'time'];
const APPROXIMATE = 4;
const UNCERTAIN = 8;
const INTERVAL = 16;

/** A span's precision and qualifiers, packed as DateColumns' `flags`. */
export function flagsOf(span: Span): number {
	return (
		PRECISIONS.indexOf(span.precision) |
		(span.approximate ? APPROXIMATE : 0) |
		(span.uncertain ? UNCERTAIN : 0) |
		(span.isInterval ? INTERVAL : 0)
	);
}

/** The span of record `i`, as `toSpan` gives it. */
export function spanAt(columns: DateColumns, i: number): Span {
	const flags = columns.flags[i]!;
	return {
		startMs: columns.startMs[i]!,
		endMs: columns.endMs[i]!,
		precision: PRECISIONS[flags & 3]!,
		approximate: (flags & APPROXIMATE) !== 0,
		uncertain: (flags & UNCERTAIN) !== 0,
		isInterval: (flags & INTERVAL) !== 0
	};
}

/** The buffers to transfer with a message that carries `columns`. */
export function columnBuffers(columns: DateColumns): ArrayBuffer[] {
	return [columns.startMs, columns.endMs, columns.flags, columns.dateOf, columns.order].map(
		(a) => a.buffer as ArrayBuffer
	);
}
