import { UTCDate } from '@date-fns/utc';
import { eachDayOfInterval, eachMonthOfInterval, eachYearOfInterval, intlFormat } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatYear } from '$lib/model/edtf';
import { chooseTickInterval, tickInstants, type TickInstant } from '$lib/timeline/ticks';
import { DAY_MS, type TimeWindow } from '$lib/timeline/viewport';

/**
 * The ticks as date-fns steps them on UTCDate, every calendar unit of the window in turn: the
 * reference that stepping on plain time values must agree with.
 */
function referenceInstants(w: TimeWindow, widthPx: number): TickInstant[] {
	const { level, unit, every, dates: days } = chooseTickInterval(w, widthPx);
	const keep = (d: UTCDate) =>
		unit === 'day'
			? days.length === 0 || days.includes(d.getDate())
			: (unit === 'month' ? d.getMonth() : d.getFullYear()) % every === 0;
	const each = { day: eachDayOfInterval, month: eachMonthOfInterval, year: eachYearOfInterval };
	const starts = each[unit]({ start: new UTCDate(w.startMs), end: new UTCDate(w.endMs) });
	const dates = starts.filter((d) => +d >= w.startMs && +d < w.endMs && keep(d));
	return dates.map((date, i) => {
		const major =
			(level === 'month' && date.getMonth() === 0) ||
			(level === 'day' && date.getDate() === 1 && date.getMonth() === 0) ||
			i === 0;
		const year = formatYear(date.getFullYear());
		const options: Intl.DateTimeFormatOptions =
			level === 'day'
				? { day: 'numeric', month: 'short', timeZone: 'UTC' }
				: { month: 'short', timeZone: 'UTC' };
		const dayOrMonth = intlFormat(date, options, { locale: 'en-GB' });
		const label =
			level === 'year' || level === 'decade' || level === 'century'
				? year
				: major
					? `${dayOrMonth} ${year}`
					: dayOrMonth;
		return { ms: date.getTime(), label, major };
	});
}

/** From 9999 BCE to 9999 CE. */
const instant = fc.integer({ min: -377_705_116_800_000, max: 253_402_300_799_999 });
/** Windows from a minute to the whole range, biased towards the spans a timeline shows. */
const windowArb = fc
	.tuple(
		instant,
		fc.oneof(
			fc.integer({ min: 60_000, max: 400 * DAY_MS }),
			fc.integer({ min: 60_000, max: 200 * 366 * DAY_MS }),
			fc.integer({ min: 60_000, max: 3_000 * 366 * DAY_MS })
		)
	)
	.map(([startMs, spanMs]) => ({ startMs, endMs: startMs + spanMs }));

describe('tickInstants', () => {
	it('gives the same instants, labels and major ticks as stepping every calendar unit', () => {
		fc.assert(
			fc.property(windowArb, fc.integer({ min: 1, max: 4000 }), (w, widthPx) => {
				expect(tickInstants(w, widthPx).instants).toEqual(referenceInstants(w, widthPx));
			}),
			{ numRuns: 300 }
		);
	}, 60_000);

	it('names years 1 to 99 CE and the years around 1 BCE as they are, not as 1900s', () => {
		const at = (year: number) => new UTCDate(year, 0, 1).getTime();
		for (const [from, to] of [
			[-30, 30],
			[40, 99],
			[1, 3]
		] as const) {
			const w = { startMs: at(from), endMs: at(to) };
			const { instants } = tickInstants(w, 1000);
			expect(instants).toEqual(referenceInstants(w, 1000));
			expect(instants.length).toBeGreaterThan(1);
		}
		const { instants } = tickInstants({ startMs: at(-5), endMs: at(5) }, 400);
		expect(instants.map((t) => t.label)).toContain('1 BCE');
	});

	it('has no ticks for a window outside the calendar', () => {
		expect(tickInstants({ startMs: 9e15, endMs: 9.1e15 }, 800).instants).toEqual([]);
		expect(tickInstants({ startMs: -9.1e15, endMs: -9e15 }, 800).instants).toEqual([]);
	});
});
