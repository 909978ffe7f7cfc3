import { describe, expect, it } from 'vitest';
import { formatWindowInput } from '$lib/state/explorerUrl';
import { parseWindowInput } from '$lib/state/windowInput';

const utc = Date.UTC;

describe('the From and To fields', () => {
	it.each([
		['1998', '1999-03', utc(1998, 0, 1), utc(1999, 3, 1)],
		['1999-03-24', '1999-06-10', utc(1999, 2, 24), utc(1999, 5, 11)],
		[' 2001 ', '2001', utc(2001, 0, 1), utc(2002, 0, 1)],
		['-0490', '-0479', utc(-490, 0, 1), utc(-478, 0, 1)]
	])('reads %s to %s from the start of one to the end of the other', (from, to, startMs, endMs) => {
		expect(parseWindowInput(from, to)).toEqual({ ok: true, window: { startMs, endMs } });
	});

	it.each([
		['19x8', '2000', 'from', '“From”: “19x8” is not a date'],
		['1998', '1999-13', 'to', '“To”: “1999-13” is not a date'],
		['', '2000', 'from', '“From” is empty'],
		['1998/1999', '2000', 'from', '“From”: “1998/1999” is not a date'],
		['2001', '1999', 'to', '“To” (1999) ends before “From” (2001) starts']
	])('rejects %s to %s, naming the field and the fix', (from, to, field, start) => {
		const result = parseWindowInput(from, to);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.field).toBe(field);
		expect(result.message.startsWith(start)).toBe(true);
		expect(result.message).toMatch(/write/);
	});

	it.each([
		[utc(1998, 0, 1), utc(2002, 0, 1), '1998', '2001'],
		[utc(1999, 2, 1), utc(1999, 7, 1), '1999-03', '1999-07'],
		[utc(1999, 2, 24), utc(1999, 3, 1), '1999-03-24', '1999-03-31'],
		[utc(-490, 0, 1), utc(-400, 0, 1), '-0490', '-0401']
	])('shows a window at the precision of its width', (startMs, endMs, from, to) => {
		expect(formatWindowInput({ startMs, endMs })).toEqual({ from, to });
	});

	it('reads back the window it shows', () => {
		const shown = formatWindowInput({ startMs: utc(1999, 2, 1), endMs: utc(1999, 7, 1) });
		expect(parseWindowInput(shown.from, shown.to)).toEqual({
			ok: true,
			window: { startMs: utc(1999, 2, 1), endMs: utc(1999, 7, 1) }
		});
	});
});
