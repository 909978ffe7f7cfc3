/**
 * The subset of EDTF (ISO 8601-2) that chronotext reads: Level 0 dates (YYYY, YYYY-MM,
 * YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss]Z) and intervals, plus Level 1 qualifiers (`?` uncertain,
 * `~` approximate, `%` both), open (`..`) and unknown (empty) interval ends, negative (BCE)
 * years and `Y`-prefixed long years. Years are astronomical: 0000 is 1 BCE, -0001 is 2 BCE.
 */

export type Precision = 'year' | 'month' | 'day' | 'time';

export interface EdtfDate {
	year: number;
	/** 1–12 when precision is month or finer. */
	month?: number;
	/** 1–31 when precision is day or finer. */
	day?: number;
	/** Milliseconds after midnight UTC when precision is time. */
	timeMs?: number;
	precision: Precision;
	approximate: boolean;
	uncertain: boolean;
}

/** An interval end: a date, `open` (`..`, it goes on) or `unknown` (left empty). */
export type EdtfBound = EdtfDate | 'open' | 'unknown';

export type Edtf =
	{ kind: 'date'; date: EdtfDate } | { kind: 'interval'; start: EdtfBound; end: EdtfBound };

/**
 * Why a text is not an EDTF value chronotext reads, with what a message about it names:
 * parseEdtf.ts words it. A `form` flaw is a date (`part`, one end of an interval) of no form
 * read here.
 */
export type EdtfFlaw =
	| { kind: 'empty' | 'slashes' | 'no-date' | 'reversed' }
	| { kind: 'form'; part: string }
	| { kind: 'year-range'; year: string }
	| { kind: 'season'; month: string; year: number }
	| { kind: 'month'; month: string }
	| { kind: 'day'; day: string; month: number; year: number; last: number }
	| { kind: 'time'; hours: string; minutes: string };

/** An EDTF value read, or why it could not be. */
export type EdtfReading = { ok: true; value: Edtf } | { ok: false; flaw: EdtfFlaw };

/** The time an EDTF value covers, as known: [startMs, endMs) in UTC; open ends are ±Infinity. */
export interface Span {
	startMs: number;
	endMs: number;
	/** The finest precision of the value's dates (an interval of two days is `day`). */
	precision: Precision;
	approximate: boolean;
	uncertain: boolean;
	isInterval: boolean;
}

/**
 * The years a date may name. A JavaScript Date holds about ±275,760 years; the margin keeps every
 * span, its end and a zoomed-out view inside it, so no event is ever dropped from the timeline.
 */
export const YEAR_RANGE = { min: -250000, max: 250000 } as const;

const DATE_RE =
	/^(Y(-?\d{5,})|(-?\d{4}))(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z)?)?)?([?~%])?$/;

const DAY_MS = 86_400_000;
/** The most a JavaScript Date holds either side of 1970 (beyond it a Date is NaN). */
const MAX_DATE_MS = 8.64e15;

/**
 * Milliseconds at 00:00 UTC of a proleptic Gregorian day; safe for years 0–99 and BCE. A month or
 * day past its end runs on into the next, and integers are taken as `Date.setUTCFullYear` takes
 * them, but with arithmetic alone (days from the civil date), as it runs for every date loaded.
 */
export function utcDayMs(year: number, month = 1, day = 1): number {
	const [y, m, d] = [Math.trunc(year), Math.trunc(month) - 1, Math.trunc(day)];
	// March-based years: the leap day ends a year, so each month's start is a fixed formula.
	const shifted = y + Math.floor(m / 12) - (m - 12 * Math.floor(m / 12) < 2 ? 1 : 0);
	const monthFromMarch = (m - 12 * Math.floor(m / 12) + 10) % 12;
	const era = Math.floor(shifted / 400);
	const yearOfEra = shifted - era * 400;
	const dayOfEra =
		yearOfEra * 365 +
		Math.floor(yearOfEra / 4) -
		Math.floor(yearOfEra / 100) +
		Math.floor((153 * monthFromMarch + 2) / 5) +
		d -
		1;
	const ms = (era * 146097 + dayOfEra - 719468) * DAY_MS;
	return Math.abs(ms) <= MAX_DATE_MS ? ms + 0 : NaN;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

function readDate(text: string): EdtfDate | EdtfFlaw {
	const m = DATE_RE.exec(text);
	if (!m) return { kind: 'form', part: text };
	const [, , longYear, shortYear, mm, dd, hh, min, ss, qualifier] = m;
	const year = Number(longYear ?? shortYear);
	if (year < YEAR_RANGE.min || year > YEAR_RANGE.max)
		return { kind: 'year-range', year: longYear ?? shortYear! };
	const q = qualifier ?? '';
	const date: EdtfDate = {
		year,
		precision: 'year',
		approximate: q === '~' || q === '%',
		uncertain: q === '?' || q === '%'
	};
	if (mm !== undefined) {
		const month = Number(mm);
		if (month >= 21 && month <= 41) return { kind: 'season', month: mm, year };
		if (month < 1 || month > 12) return { kind: 'month', month: mm };
		date.month = month;
		date.precision = 'month';
	}
	if (dd !== undefined) {
		const day = Number(dd);
		const last = daysInMonth(year, date.month!);
		if (day < 1 || day > last) return { kind: 'day', day: dd, month: date.month!, year, last };
		date.day = day;
		date.precision = 'day';
	}
	if (hh !== undefined) {
		const [h, mi, s] = [Number(hh), Number(min), Number(ss ?? 0)];
		if (h > 23 || mi > 59 || s > 59) return { kind: 'time', hours: hh, minutes: min! };
		date.timeMs = ((h * 60 + mi) * 60 + s) * 1000;
		date.precision = 'time';
	}
	return date;
}

const isFlaw = (read: EdtfDate | EdtfFlaw): read is EdtfFlaw => 'kind' in read;

/**
 * Reads an EDTF string; on failure, what is wrong (parseEdtf.ts says it in words, and which
 * forms work).
 */
export function readEdtf(input: string): EdtfReading {
	const text = input.trim();
	if (text === '') return { ok: false, flaw: { kind: 'empty' } };
	const parts = text.split('/');
	if (parts.length > 2) return { ok: false, flaw: { kind: 'slashes' } };
	if (parts.length === 1) {
		const date = readDate(text);
		return isFlaw(date) ? { ok: false, flaw: date } : { ok: true, value: { kind: 'date', date } };
	}
	const bounds: EdtfBound[] = [];
	for (const part of parts) {
		if (part === '..') bounds.push('open');
		else if (part === '') bounds.push('unknown');
		else {
			const date = readDate(part);
			if (isFlaw(date)) return { ok: false, flaw: date };
			bounds.push(date);
		}
	}
	const [start, end] = bounds as [EdtfBound, EdtfBound];
	if (typeof start === 'string' && typeof end === 'string')
		return { ok: false, flaw: { kind: 'no-date' } };
	if (typeof start !== 'string' && typeof end !== 'string') {
		if (dateStartMs(end) < dateStartMs(start)) return { ok: false, flaw: { kind: 'reversed' } };
	}
	return { ok: true, value: { kind: 'interval', start, end } };
}

function dateStartMs(d: EdtfDate): number {
	return utcDayMs(d.year, d.month ?? 1, d.day ?? 1) + (d.timeMs ?? 0);
}

/** Exclusive end of the time a date covers: the next year, month, day, or second. */
function dateEndMs(d: EdtfDate): number {
	switch (d.precision) {
		case 'year':
			return utcDayMs(d.year + 1);
		case 'month':
			return utcDayMs(d.year, d.month! + 1);
		case 'day':
			return utcDayMs(d.year, d.month!, d.day! + 1);
		case 'time':
			return dateStartMs(d) + 1000;
	}
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, time: 3 };

/** The span an EDTF value covers: a year-only date spans the whole year, never 1 January. */
export function toSpan(value: Edtf): Span {
	if (value.kind === 'date') {
		const d = value.date;
		return {
			startMs: dateStartMs(d),
			endMs: dateEndMs(d),
			precision: d.precision,
			approximate: d.approximate,
			uncertain: d.uncertain,
			isInterval: false
		};
	}
	const dates = [value.start, value.end].filter((b): b is EdtfDate => typeof b !== 'string');
	return {
		startMs: typeof value.start === 'string' ? -Infinity : dateStartMs(value.start),
		endMs: typeof value.end === 'string' ? Infinity : dateEndMs(value.end),
		precision: dates.reduce<Precision>(
			(p, d) => (PRECISION_RANK[d.precision] > PRECISION_RANK[p] ? d.precision : p),
			'year'
		),
		approximate: dates.some((d) => d.approximate),
		uncertain:
			dates.some((d) => d.uncertain) || value.start === 'unknown' || value.end === 'unknown',
		isInterval: true
	};
}

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "1999", "44 BCE": astronomical year 0 is 1 BCE. */
export function formatYear(year: number): string {
	return year > 0 ? String(year) : `${1 - year} BCE`;
}

function pad2(n: number): string {
	return String(n).padStart(2, '0');
}

function formatBare(d: EdtfDate, withYear = true): string {
	const year = withYear ? formatYear(d.year) : '';
	const parts: string[] = [];
	if (d.day !== undefined) parts.push(String(d.day));
	if (d.month !== undefined) parts.push(MONTHS[d.month - 1]!);
	if (year) parts.push(year);
	let out = parts.join(' ');
	if (d.timeMs !== undefined) {
		const minutes = Math.floor(d.timeMs / 60000);
		out += `, ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)} UTC`;
	}
	return out;
}

function formatDate(d: EdtfDate, withYear = true): string {
	return `${d.approximate ? 'c. ' : ''}${formatBare(d, withYear)}${d.uncertain ? '?' : ''}`;
}

function isPlain(d: EdtfDate): boolean {
	return !d.approximate && !d.uncertain && d.timeMs === undefined;
}

/**
 * Human display that follows the precision: "1999", "March 1999", "24 March 1999", "c. 2001",
 * "2005?", "1999–2002", "24 March – 10 June 1999", "from 7 May 2012".
 */
export function formatEdtf(value: Edtf): string {
	if (value.kind === 'date') return formatDate(value.date);
	const { start, end } = value;
	if (start === 'open') return `until ${formatDate(end as EdtfDate)}`;
	if (end === 'open') return `from ${formatDate(start as EdtfDate)}`;
	if (start === 'unknown') return `? – ${formatDate(end as EdtfDate)}`;
	if (end === 'unknown') return `${formatDate(start)} – ?`;
	const sameYear = start.year === end.year && isPlain(start) && isPlain(end);
	if (sameYear && start.precision === 'day' && end.precision === 'day' && start.month === end.month)
		return `${start.day}–${formatBare(end)}`;
	if (sameYear && start.precision !== 'year' && end.precision !== 'year')
		return `${formatBare(start, false)} – ${formatBare(end)}`;
	const a = formatDate(start);
	const b = formatDate(end);
	return a.includes(' ') || b.includes(' ') ? `${a} – ${b}` : `${a}–${b}`;
}

/** Parses then formats; returns the input unchanged when it is not valid EDTF. */
export function formatEdtfString(text: string): string {
	const parsed = readEdtf(text);
	return parsed.ok ? formatEdtf(parsed.value) : text;
}

/** Writes an instant as EDTF: a plain day at midnight UTC, else a UTC date-time to the minute. */
export function formatInstant(ms: number): string {
	const d = new Date(Math.round(ms / 60000) * 60000);
	const y = d.getUTCFullYear();
	const year = y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
	const day = `${year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
	const h = d.getUTCHours();
	const m = d.getUTCMinutes();
	return h === 0 && m === 0 ? day : `${day}T${pad2(h)}:${pad2(m)}Z`;
}
