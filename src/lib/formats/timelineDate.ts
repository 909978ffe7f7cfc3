/**
 * TimelineJS dates ↔ EDTF. A TimelineJS date is `{year, month, day, hour, minute, second,
 * millisecond}`, each a number or a string of digits; the parts given set the precision.
 *
 * Years: TimelineJS labels a negative year by its absolute value with "BCE" (TimelineJS3
 * src/js/language/Language.js: `yyyy: (y < 0 && this.has_negative_year_modifier()) ? Math.abs(y)
 * : y` with the English suffix "BCE"), so its year -490 means 490 BCE, and it has no year 0 in
 * its labels. EDTF counts astronomically (0000 is 1 BCE), so TimelineJS -490 is EDTF -0489.
 * TimelineJS builds a local-time `Date` (src/js/date/TLDate.js, `_createDateObj`); chronotext
 * reads hours and minutes as UTC.
 */
import { utcDayMs, type EdtfDate } from '../model/edtf';
import { parseEdtf } from '../model/parseEdtf';

/** The parts of a TimelineJS date that chronotext reads, as numbers. */
export interface TimelineJsDate {
	year: number;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
	second?: number;
}

/** Where a part went wrong: the part's name, what is wrong and the fix. */
export interface DatePartProblem {
	part: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'date';
	message: string;
	fix: string;
}

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
const RANGE: Record<(typeof PARTS)[number], [number, number]> = {
	year: [-Infinity, Infinity],
	month: [1, 12],
	day: [1, 31],
	hour: [0, 23],
	minute: [0, 59],
	second: [0, 59]
};

/** A whole number from a number or a string of digits (spaces and thousands commas allowed). */
export function readInteger(value: unknown): number | undefined | 'invalid' {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'number') return Number.isInteger(value) ? value : 'invalid';
	if (typeof value !== 'string') return 'invalid';
	// TimelineJS's sheet reader drops spaces and commas the same way (ConfigFactory clean_integer).
	const digits = value.replace(/[\s,]+/g, '');
	if (digits === '') return undefined;
	if (!/^[+-]?\d{1,16}$/.test(digits)) return 'invalid';
	return Number(digits);
}

/** Reads the parts of a TimelineJS date object; problems name the part. */
export function readTimelineJsDate(raw: unknown): TimelineJsDate | DatePartProblem {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		return {
			part: 'date',
			message: `must be an object such as {"year": 1999, "month": 3} but is ${describe(raw)}`,
			fix: 'write the date as {"year": …, "month": …, "day": …}.'
		};
	const record = raw as Record<string, unknown>;
	const date: Partial<TimelineJsDate> = {};
	for (const part of PARTS) {
		const value = readInteger(record[part]);
		if (value === 'invalid')
			return {
				part,
				message: `${JSON.stringify(record[part])} is not a whole number`,
				fix: `write the ${part} in digits, e.g. ${part === 'year' ? '1999 or -490 for 490 BCE' : '3'}.`
			};
		if (value === undefined) continue;
		const [min, max] = RANGE[part];
		if (value < min || value > max)
			return {
				part,
				message: `${part} ${value} does not exist`,
				fix: `use ${min}–${max}.`
			};
		date[part] = value;
	}
	if (date.year === undefined)
		return { part: 'year', message: 'the year is missing', fix: 'every date needs a year.' };
	if (date.year === 0)
		return {
			part: 'year',
			message: 'TimelineJS has no year 0 (it labels -1 as 1 BCE and 1 as 1 CE)',
			fix: 'write -1 for 1 BCE or 1 for 1 CE.'
		};
	const finer: [keyof TimelineJsDate, keyof TimelineJsDate][] = [
		['month', 'year'],
		['day', 'month'],
		['hour', 'day'],
		['minute', 'hour'],
		['second', 'minute']
	];
	for (const [part, needs] of finer)
		if (date[part] !== undefined && date[needs] === undefined)
			return {
				part: part as DatePartProblem['part'],
				message: `a ${part} is given without a ${needs}`,
				fix: `add the ${needs}, or leave the ${part} out.`
			};
	if (date.day !== undefined) {
		const astronomical = toAstronomicalYear(date.year);
		const last = new Date(utcDayMs(astronomical, date.month! + 1, 1) - 1).getUTCDate();
		if (date.day > last)
			return {
				part: 'day',
				message: `day ${date.day} does not exist in month ${date.month}`,
				fix: `use 1–${last}.`
			};
	}
	return date as TimelineJsDate;
}

/** TimelineJS's year (no year 0; -1 is 1 BCE) as an astronomical year (0 is 1 BCE). */
export function toAstronomicalYear(year: number): number {
	return year < 0 ? year + 1 : year;
}

/** An astronomical year as TimelineJS numbers it. */
export function fromAstronomicalYear(year: number): number {
	return year <= 0 ? year - 1 : year;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** The EDTF of a TimelineJS date, at the precision of the parts it gives. */
export function timelineJsDateToEdtf(date: TimelineJsDate): string {
	const year = toAstronomicalYear(date.year);
	let text = Math.abs(year) > 9999 ? `Y${year}` : `${year < 0 ? '-' : ''}${pad(year, 4)}`;
	if (date.month === undefined) return text;
	text += `-${pad(date.month)}`;
	if (date.day === undefined) return text;
	text += `-${pad(date.day)}`;
	if (date.hour === undefined) return text;
	text += `T${pad(date.hour)}:${pad(date.minute ?? 0)}`;
	if (date.second !== undefined) text += `:${pad(date.second)}`;
	return `${text}Z`;
}

/** The TimelineJS date of an EDTF date: its parts down to its precision (seconds when not 0). */
export function edtfDateToTimelineJs(date: EdtfDate): TimelineJsDate {
	const out: TimelineJsDate = { year: fromAstronomicalYear(date.year) };
	if (date.month !== undefined) out.month = date.month;
	if (date.day !== undefined) out.day = date.day;
	if (date.timeMs !== undefined) {
		const seconds = Math.floor(date.timeMs / 1000);
		out.hour = Math.floor(seconds / 3600);
		out.minute = Math.floor(seconds / 60) % 60;
		if (seconds % 60) out.second = seconds % 60;
	}
	return out;
}

/**
 * The start and end of an EDTF value as TimelineJS dates; an open or unknown end is left out,
 * and a value with no known start starts at its end. Undefined when the value is not EDTF.
 */
export function edtfToTimelineJs(
	when: string
): { start: TimelineJsDate; end?: TimelineJsDate } | undefined {
	const parsed = parseEdtf(when);
	if (!parsed.ok) return undefined;
	const value = parsed.value;
	if (value.kind === 'date') return { start: edtfDateToTimelineJs(value.date) };
	const start = typeof value.start === 'object' ? edtfDateToTimelineJs(value.start) : undefined;
	const end = typeof value.end === 'object' ? edtfDateToTimelineJs(value.end) : undefined;
	if (start) return end ? { start, end } : { start };
	return end ? { start: end } : undefined;
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'string' ? `the text ${JSON.stringify(value)}` : `a ${typeof value}`;
}
