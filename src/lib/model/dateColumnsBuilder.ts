/**
 * Date columns (dateColumns.ts) built record by record, apart from the page's code (which has no
 * use for it): for the validator, and for a loader that reads a file as it downloads and adds
 * each event's date as it comes.
 */
import { flagsOf, timeOrder, type DateColumns } from './dateColumns';
import { formatEdtf, toSpan, type Edtf } from './edtf';

/**
 * Builds the columns of dateColumns: `add` each record's parsed date and title in list order, then
 * take `columns()`.
 */
export class DateColumnsBuilder {
	#startMs: number[] = [];
	#endMs: number[] = [];
	#flags: number[] = [];
	#displayDates: string[] = [];
	#titles: string[] = [];

	/** Adds the next record's date and title. */
	add(date: Edtf, title: string): void {
		const span = toSpan(date);
		this.#startMs.push(span.startMs);
		this.#endMs.push(span.endMs);
		this.#flags.push(flagsOf(span));
		this.#displayDates.push(formatEdtf(date));
		this.#titles.push(title);
	}

	/** Adds the next record, of the date of record `index` (already added), and its title. */
	addAs(index: number, title: string): void {
		this.#startMs.push(this.#startMs[index]!);
		this.#endMs.push(this.#endMs[index]!);
		this.#flags.push(this.#flags[index]!);
		this.#displayDates.push(this.#displayDates[index]!);
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
			order: timeOrder(startMs, endMs, this.#titles)
		};
	}
}
