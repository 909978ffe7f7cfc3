import fc from 'fast-check';
import { parseEdtf } from '$lib/model/parseEdtf';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A year as EDTF writes it: four digits with a sign for BCE, or a `Y`-prefixed long year. */
const year = fc.oneof(
	fc.integer({ min: -9999, max: 9999 }).map((y) => (y < 0 ? `-${pad(-y, 4)}` : pad(y, 4))),
	fc.integer({ min: 10000, max: 250000 }).chain((y) => fc.constantFrom(`Y${y}`, `Y-${y}`))
);

/** An EDTF date at every precision chronotext reads, with or without a qualifier. */
const date = fc
	.tuple(
		year,
		fc.constantFrom('year', 'month', 'day', 'time', 'time-seconds'),
		fc.integer({ min: 1, max: 12 }),
		fc.integer({ min: 1, max: 28 }),
		fc.integer({ min: 0, max: 23 }),
		fc.integer({ min: 0, max: 59 }),
		fc.constantFrom('', '?', '~', '%')
	)
	.map(([y, precision, month, day, hour, minute, qualifier]) => {
		let text = y;
		// Long years are written to the year only.
		if (precision !== 'year' && !y.startsWith('Y')) {
			text += `-${pad(month, 2)}`;
			if (precision !== 'month') text += `-${pad(day, 2)}`;
			if (precision.startsWith('time')) text += `T${pad(hour, 2)}:${pad(minute, 2)}`;
			if (precision === 'time-seconds') text += `:${pad(minute, 2)}`;
			if (precision.startsWith('time')) text += 'Z';
		}
		return text + qualifier;
	});

/** A valid EDTF value: a date, or an interval with dates, open (`..`) or unknown (empty) ends. */
export const edtfValue: fc.Arbitrary<string> = fc
	.oneof(
		date,
		fc
			.tuple(fc.oneof(date, fc.constantFrom('..', '')), fc.oneof(date, fc.constantFrom('..', '')))
			.map(([a, b]) => `${a}/${b}`)
	)
	.filter((text) => parseEdtf(text).ok);
