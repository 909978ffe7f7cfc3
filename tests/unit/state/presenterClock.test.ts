import { describe, expect, it } from 'vitest';
import { formatElapsed, formatTimeOfDay } from '$lib/state/presenterClock';

describe('formatElapsed', () => {
	it.each([
		[0, '0:00'],
		[999, '0:00'],
		[61_000, '1:01'],
		[59 * 60_000 + 59_000, '59:59'],
		[3_600_000 + 5 * 60_000 + 7_000, '1:05:07'],
		[-5_000, '0:00']
	])('%i ms reads %s', (ms, text) => {
		expect(formatElapsed(ms)).toBe(text);
	});
});

describe('formatTimeOfDay', () => {
	it('pads hours and minutes (TZ=UTC in tests)', () => {
		expect(formatTimeOfDay(new Date(Date.UTC(2026, 0, 5, 9, 4, 59)))).toBe('09:04');
		expect(formatTimeOfDay(new Date(Date.UTC(2026, 0, 5, 23, 59)))).toBe('23:59');
	});
});
