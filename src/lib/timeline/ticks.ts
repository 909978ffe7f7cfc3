/** Axis ticks that adapt to the zoom: centuries → decades → years → months → days, in UTC. */
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3';
import { formatYear, MONTHS } from '../model/edtf';
import { DAY_MS, type TimeWindow } from './viewport';

export type TickLevel = 'century' | 'decade' | 'year' | 'month' | 'day';

export interface Tick {
	ms: number;
	/** Its position in px from the window's start. */
	x: number;
	label: string;
	/** A tick that starts a larger unit (a new year among months): drawn bolder. */
	major: boolean;
}

interface Candidate {
	level: TickLevel;
	interval: TimeInterval;
	approxMs: number;
}

const YEAR_MS = 365.2425 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

const CANDIDATES: Candidate[] = [
	{ level: 'day', interval: utcDay, approxMs: DAY_MS },
	{ level: 'day', interval: utcDay.every(2)!, approxMs: 2 * DAY_MS },
	{
		level: 'day',
		interval: utcDay.filter((d) => [1, 8, 15, 22].includes(d.getUTCDate())),
		approxMs: 7 * DAY_MS
	},
	{
		level: 'day',
		interval: utcDay.filter((d) => [1, 15].includes(d.getUTCDate())),
		approxMs: 15 * DAY_MS
	},
	{ level: 'month', interval: utcMonth, approxMs: MONTH_MS },
	{ level: 'month', interval: utcMonth.every(3)!, approxMs: 3 * MONTH_MS },
	{ level: 'month', interval: utcMonth.every(6)!, approxMs: 6 * MONTH_MS },
	{ level: 'year', interval: utcYear, approxMs: YEAR_MS },
	{ level: 'year', interval: utcYear.every(2)!, approxMs: 2 * YEAR_MS },
	{ level: 'year', interval: utcYear.every(5)!, approxMs: 5 * YEAR_MS },
	{ level: 'decade', interval: utcYear.every(10)!, approxMs: 10 * YEAR_MS },
	{ level: 'decade', interval: utcYear.every(20)!, approxMs: 20 * YEAR_MS },
	{ level: 'decade', interval: utcYear.every(50)!, approxMs: 50 * YEAR_MS },
	{ level: 'century', interval: utcYear.every(100)!, approxMs: 100 * YEAR_MS },
	{ level: 'century', interval: utcYear.every(500)!, approxMs: 500 * YEAR_MS },
	{ level: 'century', interval: utcYear.every(1000)!, approxMs: 1000 * YEAR_MS }
];

/** Minimum distance between ticks, wide enough for the longest label ("28 Sep 2002"). */
export const MIN_TICK_SPACING_PX = 88;

/**
 * A tick's label in UTC, with the month names of the display dates. (Not date-fns's `format`:
 * it brings its English locale, about 6 KB gzip, into the explorer's 60 KB budget.)
 */
function label(date: Date, level: TickLevel, major: boolean): string {
	const year = formatYear(date.getUTCFullYear());
	const month = MONTHS[date.getUTCMonth()]!.slice(0, 3);
	if (level === 'day') {
		const day = `${date.getUTCDate()} ${month}`;
		return major ? `${day} ${year}` : day;
	}
	if (level === 'month') return major ? `${month} ${year}` : month;
	return year;
}

/** Picks the finest tick interval whose ticks are at least MIN_TICK_SPACING_PX apart. */
export function chooseTickInterval(w: TimeWindow, widthPx: number): Candidate {
	const msPerPx = (w.endMs - w.startMs) / Math.max(widthPx, 1);
	return (
		CANDIDATES.find((c) => c.approxMs / msPerPx >= MIN_TICK_SPACING_PX) ??
		CANDIDATES[CANDIDATES.length - 1]!
	);
}

/** Ticks for a window drawn `widthPx` wide, labelled in UTC; the first tick always names the year. */
export function computeTicks(w: TimeWindow, widthPx: number): { level: TickLevel; ticks: Tick[] } {
	const { level, interval } = chooseTickInterval(w, widthPx);
	const dates = interval.range(new Date(w.startMs), new Date(w.endMs));
	const ticks = dates.map((date, i) => {
		const major =
			(level === 'month' && date.getUTCMonth() === 0) ||
			(level === 'day' && date.getUTCDate() === 1 && date.getUTCMonth() === 0) ||
			i === 0;
		const ms = date.getTime();
		const x = ((ms - w.startMs) / (w.endMs - w.startMs)) * widthPx;
		return { ms, x, label: label(date, level, major), major };
	});
	return { level, ticks };
}
