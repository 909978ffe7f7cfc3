import { describe, expect, it } from 'vitest';
import { parseEdtf } from '$lib/model/parseEdtf';
import {
	edtfToTimelineJs,
	readTimelineJsDate,
	timelineJsDateToEdtf
} from '$lib/formats/timelineDate';

function edtfOf(raw: unknown): string {
	const date = readTimelineJsDate(raw);
	if ('part' in date) throw new Error(`${date.part}: ${date.message}`);
	return timelineJsDateToEdtf(date);
}

describe('TimelineJS dates to EDTF', () => {
	it.each([
		[{ year: 1999 }, '1999'],
		[{ year: '1999' }, '1999'],
		[{ year: ' 1,999 ' }, '1999'],
		[{ year: 1999, month: '3' }, '1999-03'],
		[{ year: 1999, month: 3, day: 24 }, '1999-03-24'],
		[{ year: 1999, month: 3, day: 24, hour: 14 }, '1999-03-24T14:00Z'],
		[{ year: 1999, month: 3, day: 24, hour: '14', minute: '05' }, '1999-03-24T14:05Z'],
		[{ year: 1999, month: 3, day: 24, hour: 14, minute: 5, second: 9 }, '1999-03-24T14:05:09Z'],
		[{ year: 1999, month: '', day: '' }, '1999'],
		[{ year: -490 }, '-0489'],
		[{ year: '-490' }, '-0489'],
		[{ year: -1 }, '0000'],
		[{ year: 1 }, '0001'],
		[{ year: -44, month: 3, day: 15 }, '-0043-03-15'],
		[{ year: -13800000000 }, 'Y-13799999999'],
		[{ year: 20000 }, 'Y20000']
	])('reads %j as %s', (raw, edtf) => {
		expect(edtfOf(raw)).toBe(edtf);
	});

	it('makes EDTF that chronotext reads back at the same precision', () => {
		for (const raw of [{ year: -490 }, { year: 1969, month: 7, day: 20, hour: 20, minute: 17 }])
			expect(parseEdtf(edtfOf(raw)).ok).toBe(true);
	});

	it.each([
		[{ month: 3 }, 'year', 'the year is missing'],
		[{ year: 0 }, 'year', 'TimelineJS has no year 0'],
		[{ year: 'spring' }, 'year', '"spring" is not a whole number'],
		[{ year: 1999.5 }, 'year', 'is not a whole number'],
		[{ year: 1999, month: 13 }, 'month', 'month 13 does not exist'],
		[{ year: 1999, month: 2, day: 29 }, 'day', 'day 29 does not exist in month 2'],
		[{ year: 1999, day: 3 }, 'day', 'a day is given without a month'],
		[{ year: 1999, month: 3, hour: 3 }, 'hour', 'an hour'],
		[{ year: 1999, month: 3, day: 1, hour: 24 }, 'hour', 'hour 24 does not exist'],
		['1999', 'date', 'must be an object']
	])('rejects %j, naming the %s', (raw, part, message) => {
		const date = readTimelineJsDate(raw);
		expect('part' in date && date.part).toBe(part);
		expect('part' in date && date.message).toContain(message.replace('an hour', 'hour'));
	});

	it('accepts 29 February in a leap year BCE (astronomical -0004 is 5 BCE)', () => {
		expect(edtfOf({ year: -5, month: 2, day: 29 })).toBe('-0004-02-29');
	});
});

describe('EDTF to TimelineJS dates', () => {
	it.each([
		['-0489', { start: { year: -490 } }],
		['0000', { start: { year: -1 } }],
		['2004-03', { start: { year: 2004, month: 3 } }],
		[
			'1999-03-24/1999-06-10',
			{ start: { year: 1999, month: 3, day: 24 }, end: { year: 1999, month: 6, day: 10 } }
		],
		['1969-07-20T20:17Z', { start: { year: 1969, month: 7, day: 20, hour: 20, minute: 17 } }],
		[
			'1969-07-20T20:17:40Z',
			{ start: { year: 1969, month: 7, day: 20, hour: 20, minute: 17, second: 40 } }
		],
		['2012-05-07/..', { start: { year: 2012, month: 5, day: 7 } }],
		['../2000', { start: { year: 2000 } }],
		['2001-10~', { start: { year: 2001, month: 10 } }]
	])('writes %s as %j', (when, tl) => {
		expect(edtfToTimelineJs(when)).toEqual(tl);
	});
});
