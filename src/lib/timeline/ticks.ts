/**
 * Axis ticks that adapt to the zoom: centuries → decades → years → months → days. Dates are
 * stepped in UTC on plain time values, so nothing shifts with the viewer's time zone, and only
 * the calendar units that become ticks are visited (every thousandth year, not every year).
 */
import { formatYear } from '../model/edtf';
import { DAY_MS, type TimeWindow } from './viewport';

export type TickLevel = 'century' | 'decade' | 'year' | 'month' | 'day';

/** A tick's instant, before it is placed on a scale. */
export interface TickInstant {
	ms: number;
	label: string;
	/** A tick that starts a larger unit (a new year among months): drawn bolder. */
	major: boolean;
}

export interface Tick extends TickInstant {
	/** Its position in px from the window's start. */
	x: number;
}

interface Candidate {
	level: TickLevel;
	/** The calendar unit whose starts become ticks. */
	unit: 'day' | 'month' | 'year';
	/** Years and months: only those this divides (the month counted from 0) become ticks. */
	every: number;
	/** Days: only these days of the month become ticks; every day when empty. */
	dates: readonly number[];
	approxMs: number;
}

const YEAR_MS = 365.2425 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

const days = (approxDays: number, ...dates: number[]): Candidate => ({
	level: 'day',
	unit: 'day',
	every: 1,
	dates,
	approxMs: approxDays * DAY_MS
});
const months = (every: number): Candidate => ({
	level: 'month',
	unit: 'month',
	every,
	dates: [],
	approxMs: every * MONTH_MS
});
const years = (level: TickLevel, every: number): Candidate => ({
	level,
	unit: 'year',
	every,
	dates: [],
	approxMs: every * YEAR_MS
});

const CANDIDATES: Candidate[] = [
	days(1),
	days(2, ...Array.from({ length: 16 }, (_, i) => 1 + 2 * i)),
	days(7, 1, 8, 15, 22),
	days(15, 1, 15),
	months(1),
	months(3),
	months(6),
	years('year', 1),
	years('year', 2),
	years('year', 5),
	years('decade', 10),
	years('decade', 20),
	years('decade', 50),
	years('century', 100),
	years('century', 500),
	years('century', 1000)
];

/** Minimum distance between ticks, wide enough for the longest label ("28 Sep 2002"). */
export const MIN_TICK_SPACING_PX = 88;

/** The language of tick labels; month names come from the browser's Intl. */
const LOCALE = 'en-GB';
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone: 'UTC' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'short', timeZone: 'UTC' };
/** One formatter per level, made when first needed: making one per tick would cost more. */
const formatters = new Map<TickLevel, Intl.DateTimeFormat>();
/** Labels by level and instant: formatting each tick of each frame anew would cost more. */
const labels = new Map<string, string>();

/** A tick's label: day and month names by Intl in UTC; years as the display dates write them. */
function label(ms: number, year: number, level: TickLevel, major: boolean): string {
	const yearText = formatYear(year);
	if (level === 'year' || level === 'decade' || level === 'century') return yearText;
	const key = `${level}${ms}`;
	let dayOrMonth = labels.get(key);
	if (dayOrMonth === undefined) {
		let formatter = formatters.get(level);
		if (!formatter) {
			formatter = new Intl.DateTimeFormat(LOCALE, level === 'day' ? DAY_MONTH : MONTH);
			formatters.set(level, formatter);
		}
		dayOrMonth = formatter.format(ms);
		if (labels.size > 10_000) labels.clear();
		labels.set(key, dayOrMonth);
	}
	return major ? `${dayOrMonth} ${yearText}` : dayOrMonth;
}

/** The instant a UTC calendar day starts, for any year (Date.UTC alone reads 0–99 as 1900–1999). */
function utcDayStart(year: number, month: number, day: number): number {
	const date = new Date(0);
	date.setUTCFullYear(year, month, day);
	return date.getTime();
}

/**
 * The starts of `unit` from the one holding `startMs` up to `endMs`, as year, month (0-11), day
 * and instant, skipping those `every` and `dates` leave out.
 */
function unitStarts(
	{ unit, every, dates }: Candidate,
	startMs: number,
	endMs: number
): { year: number; month: number; day: number; ms: number }[] {
	const from = new Date(startMs);
	const out: { year: number; month: number; day: number; ms: number }[] = [];
	// An instant outside the Date range has no calendar: no ticks.
	if (Number.isNaN(from.getTime()) || Number.isNaN(new Date(endMs).getTime())) return out;
	let year = from.getUTCFullYear();
	if (unit === 'year') {
		// The first year that `every` divides (+ 0 turns -0 into 0).
		for (year = Math.ceil(year / every) * every + 0; ; year += every) {
			const ms = utcDayStart(year, 0, 1);
			if (!(ms <= endMs)) break;
			out.push({ year, month: 0, day: 1, ms });
		}
		return out;
	}
	let month = from.getUTCMonth();
	if (unit === 'month') {
		month = Math.ceil(month / every) * every;
		for (;;) {
			if (month > 11) {
				year += 1;
				month = 0;
			}
			const ms = utcDayStart(year, month, 1);
			if (!(ms <= endMs)) break;
			out.push({ year, month, day: 1, ms });
			month += every;
		}
		return out;
	}
	// Days: a UTC day is always DAY_MS long.
	for (let ms = utcDayStart(year, month, from.getUTCDate()); ms <= endMs; ms += DAY_MS) {
		const date = new Date(ms);
		const day = date.getUTCDate();
		if (dates.length === 0 || dates.includes(day))
			out.push({ year: date.getUTCFullYear(), month: date.getUTCMonth(), day, ms });
	}
	return out;
}

/** Picks the finest tick interval whose ticks are at least MIN_TICK_SPACING_PX apart. */
export function chooseTickInterval(w: TimeWindow, widthPx: number): Candidate {
	const msPerPx = (w.endMs - w.startMs) / Math.max(widthPx, 1);
	return (
		CANDIDATES.find((c) => c.approxMs / msPerPx >= MIN_TICK_SPACING_PX) ??
		CANDIDATES[CANDIDATES.length - 1]!
	);
}

/**
 * The instants and labels of the ticks for a window drawn `widthPx` wide, in UTC; the first tick
 * always names the year. Placed in px by `timeScale(w, widthPx).ticks()`.
 */
export function tickInstants(
	w: TimeWindow,
	widthPx: number
): { level: TickLevel; instants: TickInstant[] } {
	const candidate = chooseTickInterval(w, widthPx);
	const { level } = candidate;
	const starts = unitStarts(candidate, w.startMs, w.endMs).filter(
		(d) => d.ms >= w.startMs && d.ms < w.endMs
	);
	const instants = starts.map(({ year, month, day, ms }, i) => {
		const major =
			(level === 'month' && month === 0) ||
			(level === 'day' && day === 1 && month === 0) ||
			i === 0;
		return { ms, label: label(ms, year, level, major), major };
	});
	return { level, instants };
}
