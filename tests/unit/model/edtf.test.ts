import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
	formatEdtf,
	formatEdtfString,
	formatInstant,
	readEdtf,
	toSpan,
	utcDayMs,
	type Edtf
} from '$lib/model/edtf';
import { parseEdtf } from '$lib/model/parseEdtf';

function parse(text: string): Edtf {
	const result = parseEdtf(text);
	if (!result.ok) throw new Error(result.error);
	return result.value;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('parseEdtf and toSpan', () => {
	it.each([
		['2002-05-28', '2002-05-28', '2002-05-29', 'day'],
		['2004-03', '2004-03-01', '2004-04-01', 'month'],
		['2004-02', '2004-02-01', '2004-03-01', 'month'],
		['2006', '2006-01-01', '2007-01-01', 'year'],
		['1999-03-24/1999-06-10', '1999-03-24', '1999-06-11', 'day'],
		['2003-11/2003-11-23', '2003-11-01', '2003-11-24', 'day'],
		['1992/1994', '1992-01-01', '1995-01-01', 'year']
	])('covers %s as [%s, %s) at %s precision', (text, start, end, precision) => {
		const span = toSpan(parse(text));
		expect(iso(span.startMs)).toBe(start);
		expect(iso(span.endMs)).toBe(end);
		expect(span.precision).toBe(precision);
	});

	it('places a year-only event across the whole year, not on 1 January', () => {
		const span = toSpan(parse('2006'));
		expect(span.endMs - span.startMs).toBe(365 * 86_400_000);
	});

	it('handles leap days and rejects 29 February in a common year', () => {
		expect(parseEdtf('2004-02-29').ok).toBe(true);
		const bad = parseEdtf('2003-02-29');
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.error).toContain('day 29 does not exist in February 2003');
	});

	it('reads qualifiers: ~ approximate, ? uncertain, % both', () => {
		expect(toSpan(parse('2001-10~'))).toMatchObject({ approximate: true, uncertain: false });
		expect(toSpan(parse('2005?'))).toMatchObject({ approximate: false, uncertain: true });
		expect(toSpan(parse('2005%'))).toMatchObject({ approximate: true, uncertain: true });
		expect(toSpan(parse('2001~/2003'))).toMatchObject({ approximate: true, isInterval: true });
	});

	it('reads BCE and long years as astronomical years', () => {
		const bce = parse('-0043-03-15');
		expect(bce.kind === 'date' && bce.date.year).toBe(-43);
		expect(new Date(toSpan(bce).startMs).getUTCFullYear()).toBe(-43);
		expect(toSpan(parse('0000')).startMs).toBe(utcDayMs(0));
		expect(parse('Y-12000')).toMatchObject({ kind: 'date', date: { year: -12000 } });
	});

	it('keeps years 0–99 in the first century (not 1900–1999)', () => {
		expect(new Date(toSpan(parse('0044')).startMs).getUTCFullYear()).toBe(44);
	});

	it('reads open and unknown interval ends', () => {
		const open = toSpan(parse('2012-05-07/..'));
		expect(iso(open.startMs)).toBe('2012-05-07');
		expect(open.endMs).toBe(Infinity);
		expect(toSpan(parse('../1999')).startMs).toBe(-Infinity);
		expect(toSpan(parse('/1999'))).toMatchObject({ startMs: -Infinity, uncertain: true });
	});

	it('reads a UTC date-time to the second', () => {
		const span = toSpan(parse('1999-03-24T19:30Z'));
		expect(new Date(span.startMs).toISOString()).toBe('1999-03-24T19:30:00.000Z');
		expect(span.precision).toBe('time');
	});

	it.each([
		['', 'empty'],
		['1999-13', 'month 13 does not exist'],
		['1999-00', 'month 00 does not exist'],
		['1999-04-31', 'day 31 does not exist in April 1999'],
		['99', 'four digits'],
		['12345', 'four digits'],
		['March 1999', 'not an EDTF date'],
		['1999-06-10/1999-03-24', 'ends before it starts'],
		['1999/2000/2001', 'more than one "/"'],
		['../..', 'at least one known date'],
		['2001-21', 'seasons'],
		['199X', 'unspecified digits'],
		['1999-03-24T25:00Z', 'not a time of day'],
		['1999-3-24', 'not an EDTF date']
	])('rejects %j with a message about %s', (text, message) => {
		const result = parseEdtf(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toContain(message);
	});

	test.prop([fc.string({ maxLength: 24 })])(
		'reads a value exactly when readEdtf, which names no words, reads it',
		(text) => {
			const read = readEdtf(text);
			const parsed = parseEdtf(text);
			expect(parsed.ok).toBe(read.ok);
			if (read.ok && parsed.ok) expect(parsed.value).toEqual(read.value);
		}
	);
});

describe('formatEdtf', () => {
	it.each([
		['1999', '1999'],
		['1999-03', 'March 1999'],
		['1999-03-24', '24 March 1999'],
		['2001~', 'c. 2001'],
		['2001-10~', 'c. October 2001'],
		['2005?', '2005?'],
		['2005%', 'c. 2005?'],
		['1999/2002', '1999–2002'],
		['1999-03-24/1999-06-10', '24 March – 10 June 1999'],
		['2008-08-07/2008-08-12', '7–12 August 2008'],
		['2004-11/2005-01', 'November 2004 – January 2005'],
		['1992-03/1992-07', 'March – July 1992'],
		['1999-12-31/2000-05-07', '31 December 1999 – 7 May 2000'],
		['2012-05-07/..', 'from 7 May 2012'],
		['../1999', 'until 1999'],
		['/1999', '? – 1999'],
		['-0043', '44 BCE'],
		['0000', '1 BCE'],
		['-0499/-0400', '500 BCE – 401 BCE'],
		['1999-03-24T19:30Z', '24 March 1999, 19:30 UTC']
	])('shows %s as %j', (text, display) => {
		expect(formatEdtf(parse(text))).toBe(display);
	});

	it('leaves invalid input unchanged in formatEdtfString', () => {
		expect(formatEdtfString('not a date')).toBe('not a date');
	});
});

describe('formatInstant', () => {
	it('writes midnight as a plain day and other instants to the minute', () => {
		expect(formatInstant(Date.UTC(1999, 2, 24))).toBe('1999-03-24');
		expect(formatInstant(Date.UTC(1999, 2, 24, 19, 30, 20))).toBe('1999-03-24T19:30Z');
	});

	it('round-trips through parseEdtf', () => {
		const ms = Date.UTC(2004, 6, 1, 6, 45);
		expect(toSpan(parse(formatInstant(ms))).startMs).toBe(ms);
	});
});

describe('the years a date may name', () => {
	it.each(['Y170000002', 'Y250001', 'Y-250001', 'Y-300000', 'Y99999999999999999999999'])(
		'rejects %s with the supported range',
		(text) => {
			const result = parseEdtf(text);
			expect(result.ok).toBe(false);
			if (!result.ok)
				expect(result.error).toContain(
					'is outside the years chronotext can show (-250000 to 250000, that is 250001 BCE to 250000 CE)'
				);
		}
	);

	it('rejects an interval with a year out of range at either end', () => {
		expect(parseEdtf('2002/Y300000').ok).toBe(false);
		expect(parseEdtf('Y-300000/..').ok).toBe(false);
	});

	it.each(['Y250000', 'Y-250000', 'Y-250000/Y250000', 'Y-250000-02/..'])(
		'keeps %s, at the edge of the range, on a span a Date can show',
		(text) => {
			const span = toSpan(parse(text));
			expect(new Date(span.startMs).getTime() || span.startMs).not.toBeNaN();
			expect(new Date(span.endMs).getTime() || span.endMs).not.toBeNaN();
		}
	);

	it('leaves room for the margin of the view that shows the whole range', async () => {
		const { fullWindow } = await import('$lib/timeline/viewport');
		const { formatInstantRange } = await import('$lib/timeline/format');
		const w = fullWindow({
			startMs: toSpan(parse('Y-250000')).startMs,
			endMs: toSpan(parse('Y250000')).endMs
		});
		expect(new Date(w.startMs).getTime()).not.toBeNaN();
		expect(new Date(w.endMs).getTime()).not.toBeNaN();
		expect(formatInstantRange(w)).toBe('265002 BCE – 265001');
	});
});

describe('utcDayMs', () => {
	/** What it gave when it asked a Date. */
	const byDate = (year: number, month: number, day: number) => {
		const date = new Date(0);
		date.setUTCFullYear(year, month - 1, day);
		return date.getTime();
	};

	test.prop(
		[
			fc.integer({ min: -300_000, max: 300_000 }),
			fc.integer({ min: -30, max: 30 }),
			fc.integer({ min: -400, max: 400 })
		],
		{ numRuns: 20_000 }
	)(
		'gives what a Date gives, running over months and days and past what a Date holds',
		(y, m, d) => {
			expect(utcDayMs(y, m, d)).toBe(byDate(y, m, d));
		}
	);

	test.prop([
		fc.integer({ min: -9999, max: 9999 }),
		fc.integer({ min: 1, max: 12 }),
		fc.integer({ min: 28, max: 31 })
	])('lets parseEdtf accept a day exactly when a Date keeps it in its month', (y, m, d) => {
		const year = y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
		const text = `${year}-${String(m).padStart(2, '0')}-${d}`;
		expect(parseEdtf(text).ok, text).toBe(new Date(byDate(y, m, d)).getUTCMonth() === m - 1);
	});

	it('gives what a Date gives at the edges of leap years and of the range', () => {
		for (const [y, m, d] of [
			[2000, 2, 29],
			[1900, 2, 29],
			[-400, 3, 1],
			[-1, 12, 32],
			[0, 0, 0],
			[275760, 9, 13],
			[275760, 9, 14],
			[-271821, 4, 20],
			[-271821, 4, 19],
			[1970, 1, 1.5]
		] as const)
			expect(utcDayMs(y, m, d), `${y}-${m}-${d}`).toBe(byDate(y, m, d));
		expect(utcDayMs(2024)).toBe(Date.UTC(2024, 0, 1));
	});
});
