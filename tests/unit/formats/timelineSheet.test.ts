import { describe, expect, it } from 'vitest';
import {
	parseOlderSheetDate,
	parseSheetTime,
	parseTimelineSheet,
	SHEET_COLUMNS
} from '$lib/formats/timelineSheet';
import { formatProblem } from '$lib/model/problems';
import { fixture, loadOk, problemsOf } from './helpers';

const HEADER = SHEET_COLUMNS.join(',');
/** A sheet row from the named cells; the rest stay empty. */
function row(cells: Partial<Record<(typeof SHEET_COLUMNS)[number], string>>): string {
	return SHEET_COLUMNS.map((c) => {
		const v = cells[c] ?? '';
		return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
	}).join(',');
}
const SOURCE = { Media: 'https://example.org/page', 'Media Credit': 'Example' };

describe('TimelineJS sheet (CSV) import', () => {
	it('reads every template column of the sheet', () => {
		const text = fixture('timelinejs-sheet.csv');
		expect(text.split('\n')[0]).toBe(HEADER);
		const dataset = loadOk(text, 'sheet.csv');
		expect(dataset.title).toBe('Wars and races');
		expect(dataset.description).toBe('A sheet with every column, & a title row.');
		expect(dataset.periods.map((p) => [p.id, p.when, p.note])).toEqual([
			['classical-greece-0509', '-0509/-0322', 'From the end of tyranny in Athens to Alexander.']
		]);
		expect(
			dataset.events.map((e) => [e.id, e.when, e.themes, e.dateNote, e.sources[0]?.title])
		).toEqual([
			[
				'battle-of-marathon-0489',
				'-0489',
				['ancient-wars'],
				'TimelineJS display date: Summer, 490 BCE',
				'Wikipedia'
			],
			['sputnik-1-launched-1957-10', '1957-10', ['space'], undefined, 'NASA History'],
			[
				'apollo-11-on-the-moon-1969-07-20',
				'1969-07-20T20:17Z/1969-07-21T17:54Z',
				['space'],
				'TimelineJS display date: 20–21 July 1969',
				'NASA'
			],
			['berlin-wall-opens-1989-11-09', '1989-11-09', [], undefined, 'Example']
		]);
		expect(dataset.events[0]?.summary).toBe('The Athenians defeat the Persians at Marathon.');
		expect(dataset.events[2]?.summary).toBe('Eagle lands; Columbia waits.\nBoth come home.');
	});

	it('reads the older sheet with Start Date, End Date and Tag', () => {
		const dataset = loadOk(
			fixture('older-sheet.csv'),
			'https://example.org/sheets/older-sheet.csv?x=1'
		);
		expect(dataset.title).toBe('older-sheet');
		expect(dataset.events.map((e) => [e.when, e.themes])).toEqual([
			['-0489', ['ancient-wars']],
			['1969-07-20T20:17Z/1969-07-21', ['space']],
			['1989-11', []]
		]);
	});

	it('names the row as a spreadsheet numbers it (header is row 1) and the column', () => {
		const text = [
			HEADER,
			row({ Year: '1999', Month: '13', Headline: 'Bad month', Text: 'x', ...SOURCE }),
			row({ Year: '1999', Time: 'noon', Headline: 'Bad time', Text: 'x', ...SOURCE }),
			row({ Year: '1999', Headline: 'Strange type', Type: 'chapter', Text: 'x', ...SOURCE }),
			row({ Year: '1999', Headline: 'No source', Text: 'x' }),
			row({}),
			row({
				Year: '1999',
				'End Year': '1998',
				'End Day': '3',
				Headline: 'End day',
				Text: 'x',
				...SOURCE
			}),
			row({ Year: '1999', Headline: 'Era', Type: 'era', ...SOURCE }),
			row({ Headline: 'No year', Text: 'x', ...SOURCE })
		].join('\n');
		expect(problemsOf(text, 'sheet.csv')).toEqual([
			'sheet.csv › row 3 › Time: "noon" is not a time. Fix: write the time as 14:30, 14:30:15 or 2:30 PM.',
			'sheet.csv › row 4 › Type: "chapter" is not a slide type. Fix: leave Type empty for an event, or write title or era.',
			'sheet.csv › row 2 › Month: month 13 does not exist. Fix: use 1–12.',
			'sheet.csv › row 7 › End Day: a day is given without a month. Fix: add the month, or leave the day out.',
			'sheet.csv › row 8 › End Year: an era needs an end date. Fix: give the era an end date (at least a year).',
			'sheet.csv › row 9 › Year: the start date is missing. Fix: give the event a start date (at least a year).'
		]);
	});

	it('names a missing required column in row 1', () => {
		const result = parseTimelineSheet('Start Time,Headline\n1999,x', 'a.csv');
		expect(!result.ok && result.problems.map(formatProblem)).toEqual([
			`a.csv › row 1 › Year: the column "Year" is missing. Fix: name the columns in row 1 as in the TimelineJS template: ${SHEET_COLUMNS.join(', ')}.`
		]);
	});

	it.each([
		['14:30', { hour: 14, minute: 30 }],
		['14:30:15', { hour: 14, minute: 30, second: 15 }],
		['2:30 PM', { hour: 14, minute: 30 }],
		['12:05 a.m.', { hour: 0, minute: 5 }],
		['1430', { hour: 14, minute: 30 }],
		['9', { hour: 9 }]
	])('reads the time %s', (text, parts) => {
		expect(parseSheetTime(text)).toEqual(parts);
	});

	it.each([
		['1999', { year: '1999' }],
		['-490', { year: '-490' }],
		['1999-03-24', { year: '1999', month: '03', day: '24' }],
		['3/24/1999', { year: '1999', month: '3', day: '24' }],
		['3/1999', { year: '1999', month: '3' }],
		['1999-03-24 14:30', { year: '1999', month: '03', day: '24', hour: 14, minute: 30 }]
	])('reads the older sheet date %s', (text, date) => {
		expect(parseOlderSheetDate(text)).toEqual(date);
	});
});
