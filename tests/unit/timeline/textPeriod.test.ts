import { describe, expect, it } from 'vitest';
import { publicationSpan, textPeriodWindow } from '$lib/timeline/textPeriod';
import { makeEvents } from './helpers';

const full = { startMs: Date.UTC(1980, 0, 1), endMs: Date.UTC(2030, 0, 1) };

describe('textPeriodWindow', () => {
	it('runs from the earliest mentioned or implied event to the publication, with a margin', () => {
		const events = makeEvents([
			['context-early', '1985', { basis: 'context' }],
			['implied', '1990-01-01', { basis: 'implied' }],
			['mentioned', '1995', { basis: 'mentioned' }],
			['later', '2010', { basis: 'later' }]
		]);
		const published = publicationSpan('1999-12')!;
		const w = textPeriodWindow(events, published, full);
		const span = Date.UTC(2000, 0, 1) - Date.UTC(1990, 0, 1);
		expect(w.startMs).toBe(Date.UTC(1990, 0, 1) - span * 0.05);
		expect(w.endMs).toBe(Date.UTC(2000, 0, 1) + span * 0.05);
	});

	it('starts from an event of known start: one open at its start is passed over', () => {
		const events = makeEvents([
			['open', '../1992', { basis: 'mentioned' }],
			['context', '1986', { basis: 'context' }],
			['implied', '1988-06', { basis: 'implied' }],
			['mentioned', '1987', { basis: 'mentioned' }]
		]);
		const w = textPeriodWindow(events, publicationSpan('1999')!, full);
		const span = Date.UTC(2000, 0, 1) - Date.UTC(1987, 0, 1);
		expect(w.startMs).toBe(Date.UTC(1987, 0, 1) - span * 0.05);
	});

	it('stays inside the whole span', () => {
		const events = makeEvents([['a', '1980-01-01']]);
		const w = textPeriodWindow(events, publicationSpan('2029')!, full);
		expect(w).toEqual(full);
	});

	it('shows everything when the text names no event or has no date', () => {
		const events = makeEvents([['a', '1990', { basis: 'context' }]]);
		expect(textPeriodWindow(events, publicationSpan('2000'), full)).toBe(full);
		expect(textPeriodWindow(makeEvents([['b', '1990']]), undefined, full)).toBe(full);
	});
});

describe('publicationSpan', () => {
	it('covers the whole month of a month date', () => {
		expect(publicationSpan('2006-11')).toMatchObject({
			startMs: Date.UTC(2006, 10, 1),
			endMs: Date.UTC(2006, 11, 1)
		});
	});

	it('is undefined for a missing or invalid date', () => {
		expect(publicationSpan(undefined)).toBeUndefined();
		expect(publicationSpan('soon')).toBeUndefined();
	});
});
