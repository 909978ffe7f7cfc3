/**
 * Axis ticks that adapt to the zoom: centuries → decades → years → months → days. Dates are
 * stepped and labelled with date-fns on UTCDate, so nothing shifts with the viewer's time zone.
 */
import { UTCDate } from '@date-fns/utc';
import { eachDayOfInterval, eachMonthOfInterval, eachYearOfInterval, intlFormat } from 'date-fns';
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
	/** The calendar unit stepped through, and which of its starts become ticks. */
	unit: 'day' | 'month' | 'year';
	keep: (date: UTCDate) => boolean;
	approxMs: number;
}

const YEAR_MS = 365.2425 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

const days = (approxDays: number, ...dates: number[]): Candidate => ({
	level: 'day',
	unit: 'day',
	keep: dates.length ? (d) => dates.includes(d.getDate()) : () => true,
	approxMs: approxDays * DAY_MS
});
const months = (every: number): Candidate => ({
	level: 'month',
	unit: 'month',
	keep: (d) => d.getMonth() % every === 0,
	approxMs: every * MONTH_MS
});
const years = (level: TickLevel, every: number): Candidate => ({
	level,
	unit: 'year',
	keep: (d) => d.getFullYear() % every === 0,
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

const EACH = { day: eachDayOfInterval, month: eachMonthOfInterval, year: eachYearOfInterval };

/** Minimum distance between ticks, wide enough for the longest label ("28 Sep 2002"). */
export const MIN_TICK_SPACING_PX = 88;

/** The language of tick labels; `intlFormat` takes its month names from the browser's Intl. */
const LOCALE = 'en-GB';
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone: 'UTC' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'short', timeZone: 'UTC' };
/** Labels by level and instant: building an Intl formatter per tick and frame would cost more. */
const labels = new Map<string, string>();

/** A tick's label: day and month names by date-fns in UTC; years as the display dates write them. */
function label(date: UTCDate, level: TickLevel, major: boolean): string {
	const year = formatYear(date.getFullYear());
	if (level === 'year' || level === 'decade' || level === 'century') return year;
	const key = `${level}${+date}`;
	let dayOrMonth = labels.get(key);
	if (dayOrMonth === undefined) {
		dayOrMonth = intlFormat(date, level === 'day' ? DAY_MONTH : MONTH, { locale: LOCALE });
		if (labels.size > 10_000) labels.clear();
		labels.set(key, dayOrMonth);
	}
	return major ? `${dayOrMonth} ${year}` : dayOrMonth;
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
	const { level, unit, keep } = chooseTickInterval(w, widthPx);
	const starts = EACH[unit]({ start: new UTCDate(w.startMs), end: new UTCDate(w.endMs) });
	const dates = starts.filter((d) => +d >= w.startMs && +d < w.endMs && keep(d));
	const instants = dates.map((date, i) => {
		const major =
			(level === 'month' && date.getMonth() === 0) ||
			(level === 'day' && date.getDate() === 1 && date.getMonth() === 0) ||
			i === 0;
		return { ms: date.getTime(), label: label(date, level, major), major };
	});
	return { level, instants };
}
