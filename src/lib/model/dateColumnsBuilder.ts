/**
 * Date columns (dateColumns.ts) made from records: record by record, as the validator and a loader
 * reading a file as it downloads add each date (DateColumnsBuilder), or from a list of records
 * (dateColumnsOf). Not in the page's first scripts: the validator's worker hands the page the
 * columns of every dataset it loads (readDates.ts reads the others').
 */
import { flagsOf, type DateColumns } from './dateColumns';
import { formatEdtf, readEdtf, toSpan, type Edtf } from './edtf';

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
 * Builds DateColumns record by record, in list order: a record whose date is written as an
 * earlier one's was is added with `repeat` (its date is not read again: a large dataset repeats
 * dates), any other with `add` and its parsed date; then `columns()`.
 */
export class DateColumnsBuilder {
	#startMs: number[] = [];
	#endMs: number[] = [];
	#flags: number[] = [];
	#dateOf: number[] = [];
	#displayDates: string[] = [];
	#titles: string[] = [];
	/** The first record of each date, as written. */
	#firstOf = new Map<string, number>();

	/** Adds the next record when its date is written as an earlier one's was: false if not. */
	repeat(when: string, title: string): boolean {
		const first = this.#firstOf.get(when);
		if (first === undefined) return false;
		this.#startMs.push(this.#startMs[first]!);
		this.#endMs.push(this.#endMs[first]!);
		this.#flags.push(this.#flags[first]!);
		this.#dateOf.push(this.#dateOf[first]!);
		this.#titles.push(title);
		return true;
	}

	/** Adds the next record, its date written `when` and parsed as `date`. */
	add(when: string, date: Edtf, title: string): void {
		const span = toSpan(date);
		this.#firstOf.set(when, this.#titles.length);
		this.#startMs.push(span.startMs);
		this.#endMs.push(span.endMs);
		this.#flags.push(flagsOf(span));
		this.#dateOf.push(this.#displayDates.push(formatEdtf(date)) - 1);
		this.#titles.push(title);
	}

	/** The columns of the records added. */
	columns(): DateColumns {
		const startMs = Float64Array.from(this.#startMs);
		const endMs = Float64Array.from(this.#endMs);
		return {
			startMs,
			endMs,
			flags: Uint8Array.from(this.#flags),
			displayDates: this.#displayDates,
			dateOf: Uint32Array.from(this.#dateOf),
			order: timeOrder(startMs, endMs, this.#titles)
		};
	}
}

/**
 * Columns for records whose dates are known to be valid EDTF (checked by the validator); an
 * invalid one is a programming error and throws.
 */
export function dateColumnsOf(records: readonly { when: string; title: string }[]): DateColumns {
	const builder = new DateColumnsBuilder();
	for (const { when, title } of records) {
		if (builder.repeat(when, title)) continue;
		const parsed = readEdtf(when);
		if (!parsed.ok) throw new Error(`invalid EDTF date after validation: ${when}`);
		builder.add(when, parsed.value, title);
	}
	return builder.columns();
}
