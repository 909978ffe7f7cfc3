/**
 * The parsed dates of a list of records as columns: typed arrays of start and end times and
 * packed flags, with the display text and the time order. The validator makes them while it
 * checks the dates, so a loader in a Web Worker can hand them to indexing (their buffers are
 * transferred, not copied) and no date is parsed twice.
 */
import { formatEdtf, readEdtf, toSpan, type Edtf, type Precision, type Span } from './edtf';

export interface DateColumns {
	/** `Span.startMs` of each record, in the list's order (−Infinity for an open start). */
	startMs: Float64Array;
	/** `Span.endMs` of each record (Infinity for an open end). */
	endMs: Float64Array;
	/** Bits 0–1: precision (year, month, day, time); 2: approximate; 3: uncertain; 4: interval. */
	flags: Uint8Array;
	/** `formatEdtf` of each record's date. */
	displayDates: string[];
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

/**
 * The order of titles that tie in time: ignoring case, then by code unit. The same in a worker
 * and on the page, and for every reader whatever their language. Not an `Intl.Collator`: the
 * first a page creates loads the browser's collation data, 14–87 ms on the main thread here as
 * the built-in dataset is indexed (BENCHMARKS.md, round 14).
 */
export function titleOrder(a: string, b: string): number {
	return a === b ? 0 : unequalOrder(a, b, a.toLowerCase(), b.toLowerCase());
}

/** titleOrder of two titles that differ, `x` and `y` being them in lower case. */
function unequalOrder(a: string, b: string, x: string, y: string): number {
	if (x !== y) return x < y ? -1 : 1;
	return a < b ? -1 : 1;
}

/** A span's precision and qualifiers, packed as DateColumns' `flags`. */
export function flagsOf(span: Span): number {
	return (
		PRECISIONS.indexOf(span.precision) |
		(span.approximate ? APPROXIMATE : 0) |
		(span.uncertain ? UNCERTAIN : 0) |
		(span.isInterval ? INTERVAL : 0)
	);
}

/** Record indexes by start, then end, then title (`titles[i]` is record i's). */
export function timeOrder(
	startMs: Float64Array,
	endMs: Float64Array,
	titles: readonly string[]
): Uint32Array {
	// Each title that ties is put in lower case once, not at each comparison: a large dataset has
	// many records of one date.
	const lowered: string[] = [];
	const lower = (i: number) => (lowered[i] ??= titles[i]!.toLowerCase());
	return Uint32Array.from({ length: startMs.length }, (_, i) => i).sort(
		(a, b) =>
			startMs[a]! - startMs[b]! ||
			endMs[a]! - endMs[b]! ||
			(titles[a] === titles[b] ? 0 : unequalOrder(titles[a]!, titles[b]!, lower(a), lower(b)))
	);
}

/**
 * Columns from parsed dates, with the titles that order records starting and ending together.
 * `dates[i]` and `titles[i]` belong to the same record.
 */
export function dateColumns(dates: readonly Edtf[], titles: readonly string[]): DateColumns {
	const n = dates.length;
	const startMs = new Float64Array(n);
	const endMs = new Float64Array(n);
	const flags = new Uint8Array(n);
	const displayDates = new Array<string>(n);
	for (let i = 0; i < n; i++) {
		const span = toSpan(dates[i]!);
		startMs[i] = span.startMs;
		endMs[i] = span.endMs;
		flags[i] = flagsOf(span);
		displayDates[i] = formatEdtf(dates[i]!);
	}
	return { startMs, endMs, flags, displayDates, order: timeOrder(startMs, endMs, titles) };
}

/**
 * Columns for records whose dates are known to be valid EDTF (checked by the validator); an
 * invalid one is a programming error and throws.
 */
export function dateColumnsOf(records: readonly { when: string; title: string }[]): DateColumns {
	const dates = records.map(({ when }) => {
		const parsed = readEdtf(when);
		if (!parsed.ok) throw new Error(`invalid EDTF date after validation: ${when}`);
		return parsed.value;
	});
	return dateColumns(
		dates,
		records.map((r) => r.title)
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
	return [columns.startMs, columns.endMs, columns.flags, columns.order].map(
		(a) => a.buffer as ArrayBuffer
	);
}
