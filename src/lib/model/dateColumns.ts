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
	if (a === b) return 0;
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	if (x !== y) return x < y ? -1 : 1;
	return a < b ? -1 : 1;
}

/**
 * Date columns built record by record, as the dates are read (a loader that reads a file as it
 * downloads adds each event's date as it comes): `add` each record's parsed date and title in
 * list order, then take `columns()`.
 */
export class DateColumnsBuilder {
	#startMs: number[] = [];
	#endMs: number[] = [];
	#flags: number[] = [];
	#displayDates: string[] = [];
	#titles: string[] = [];
	/** For `read`: the first record of each date as written. */
	#byWhen = new Map<string, number>();

	/**
	 * Adds the next record's date as written, and its title; false when `when` is not a date
	 * (readEdtf), and nothing is added. A date written as an earlier record's was is not read
	 * again: a large dataset repeats dates.
	 */
	read(when: string, title: string): boolean {
		const earlier = this.#byWhen.get(when);
		if (earlier === undefined) {
			const date = readEdtf(when);
			if (!date.ok) return false;
			this.#byWhen.set(when, this.#startMs.length);
			this.add(date.value, title);
			return true;
		}
		this.#startMs.push(this.#startMs[earlier]!);
		this.#endMs.push(this.#endMs[earlier]!);
		this.#flags.push(this.#flags[earlier]!);
		this.#displayDates.push(this.#displayDates[earlier]!);
		this.#titles.push(title);
		return true;
	}

	/** Adds the next record's date and title. */
	add(date: Edtf, title: string): void {
		const span = toSpan(date);
		this.#startMs.push(span.startMs);
		this.#endMs.push(span.endMs);
		this.#flags.push(
			PRECISIONS.indexOf(span.precision) |
				(span.approximate ? APPROXIMATE : 0) |
				(span.uncertain ? UNCERTAIN : 0) |
				(span.isInterval ? INTERVAL : 0)
		);
		this.#displayDates.push(formatEdtf(date));
		this.#titles.push(title);
	}

	/** The columns of the records added, ordered by start, then end, then title. */
	columns(): DateColumns {
		const startMs = Float64Array.from(this.#startMs);
		const endMs = Float64Array.from(this.#endMs);
		const titles = this.#titles;
		const order = Uint32Array.from({ length: startMs.length }, (_, i) => i).sort(
			(a, b) =>
				startMs[a]! - startMs[b]! || endMs[a]! - endMs[b]! || titleOrder(titles[a]!, titles[b]!)
		);
		return {
			startMs,
			endMs,
			flags: Uint8Array.from(this.#flags),
			displayDates: this.#displayDates,
			order
		};
	}
}

/**
 * Columns from parsed dates, with the titles that order records starting and ending together.
 * `dates[i]` and `titles[i]` belong to the same record.
 */
export function dateColumns(dates: readonly Edtf[], titles: readonly string[]): DateColumns {
	const builder = new DateColumnsBuilder();
	dates.forEach((date, i) => builder.add(date, titles[i]!));
	return builder.columns();
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

/** The buffers to transfer with a message that carries `dates`. */
export function dateBuffers(dates: DatasetDates): ArrayBuffer[] {
	return [dates.events, dates.periods].flatMap((c) =>
		[c.startMs, c.endMs, c.flags, c.order].map((a) => a.buffer as ArrayBuffer)
	);
}
