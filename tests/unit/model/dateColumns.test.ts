import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnBuffers, spanAt } from '$lib/model/dateColumns';
import { DateColumnsBuilder, dateColumnsOf, titleOrder } from '$lib/model/dateColumnsBuilder';
import { formatEdtf, toSpan } from '$lib/model/edtf';
import { parseEdtf } from '$lib/model/parseEdtf';
import { edtfValue } from './edtfArbitrary';

const records = fc.array(fc.record({ when: edtfValue, title: fc.string({ maxLength: 4 }) }), {
	maxLength: 40
});

function parsedDate(when: string) {
	const parsed = parseEdtf(when);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.value;
}

/** What indexing computed from each record before the columns: a fresh parse. */
function parsedOnThePage(when: string) {
	const parsed = parseEdtf(when);
	if (!parsed.ok) throw new Error(parsed.error);
	return { span: toSpan(parsed.value), displayDate: formatEdtf(parsed.value) };
}

describe('dateColumnsOf', () => {
	it('gives every record the span and display date a parse on the page gives', () => {
		fc.assert(
			fc.property(records, (list) => {
				const columns = dateColumnsOf(list);
				list.forEach(({ when }, i) => {
					const expected = parsedOnThePage(when);
					expect(spanAt(columns, i)).toEqual(expected.span);
					expect(columns.displayDates[columns.dateOf[i]!]).toBe(expected.displayDate);
				});
			}),
			{ numRuns: 300 }
		);
	});

	it('keeps the spans after a structured clone with the buffers transferred', () => {
		fc.assert(
			fc.property(records, (list) => {
				const columns = dateColumnsOf(list);
				const buffers = columnBuffers(columns);
				const copy = structuredClone(columns, { transfer: buffers });
				expect(columns.startMs.length).toBe(0); // handed over, not copied
				list.forEach(({ when }, i) => expect(spanAt(copy, i)).toEqual(parsedOnThePage(when).span));
			}),
			{ numRuns: 100 }
		);
	});

	it('orders records by start, then end, then title, as a permutation', () => {
		fc.assert(
			fc.property(records, (list) => {
				const { order } = dateColumnsOf(list);
				expect([...order].sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
				for (let k = 1; k < order.length; k++) {
					const a = parsedOnThePage(list[order[k - 1]!]!.when).span;
					const b = parsedOnThePage(list[order[k]!]!.when).span;
					const sign =
						Math.sign(a.startMs - b.startMs) ||
						Math.sign(a.endMs - b.endMs) ||
						titleOrder(list[order[k - 1]!]!.title, list[order[k]!]!.title);
					expect(sign).toBeLessThanOrEqual(0);
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('reads each date as written once: records written alike share its display date', () => {
		const repeated = fc
			.tuple(fc.array(edtfValue, { minLength: 1, maxLength: 4 }), records)
			.map(([dates, list]) => list.map((r, i) => ({ ...r, when: dates[i % dates.length]! })));
		fc.assert(
			fc.property(repeated, (list) => {
				const builder = new DateColumnsBuilder();
				let read = 0;
				for (const { when, title } of list) {
					if (builder.repeat(when, title)) continue;
					read++;
					builder.add(when, parsedDate(when), title);
				}
				const columns = builder.columns();
				list.forEach(({ when }, i) =>
					expect(spanAt(columns, i)).toEqual(parsedOnThePage(when).span)
				);
				const distinct = [...new Set(list.map((r) => r.when))];
				expect(read).toBe(distinct.length);
				expect(columns.displayDates).toEqual(distinct.map((w) => parsedOnThePage(w).displayDate));
				list.forEach(({ when }, i) => expect(columns.dateOf[i]).toBe(distinct.indexOf(when)));
			}),
			{ numRuns: 300 }
		);
	});

	it('reads open and unknown ends, BCE and long years', () => {
		const columns = dateColumnsOf(
			['-0043-03-15', '1999/..', '../2001~', '/1990?', 'Y-12000', '2001-09-11T12:46Z'].map(
				(when) => ({ when, title: when })
			)
		);
		expect(spanAt(columns, 1).endMs).toBe(Infinity);
		expect(spanAt(columns, 2)).toMatchObject({ startMs: -Infinity, approximate: true });
		expect(spanAt(columns, 3)).toMatchObject({ startMs: -Infinity, uncertain: true });
		expect(spanAt(columns, 4).precision).toBe('year');
		expect(spanAt(columns, 5).precision).toBe('time');
		expect(columns.displayDates[columns.dateOf[0]!]).toBe('15 March 44 BCE');
		// Open starts first (the one ending earlier first), then the long BCE year.
		expect([...columns.order].slice(0, 3)).toEqual([3, 2, 4]);
	});

	it('refuses a date the validator would have rejected', () => {
		expect(() => dateColumnsOf([{ when: '1999-13', title: 'x' }])).toThrow('1999-13');
	});
});

describe('titleOrder', () => {
	it('orders titles ignoring case, then by code unit, whatever the reader’s language', () => {
		const titles = [
			'b',
			'Zapad exercise',
			'B',
			'Ärger',
			'accord',
			'NATO-Russia',
			'a',
			'NATO agrees'
		];
		expect([...titles].sort(titleOrder)).toEqual([
			'a',
			'accord',
			'B',
			'b',
			'NATO agrees',
			'NATO-Russia',
			'Zapad exercise',
			'Ärger'
		]);
	});

	it('is a strict total order: equal only for the same title, reversed when swapped', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), (a, b) => {
				expect(titleOrder(a, a)).toBe(0);
				expect(titleOrder(a, b) === 0).toBe(a === b);
				expect(titleOrder(a, b) + titleOrder(b, a)).toBe(0);
			}),
			{ numRuns: 500 }
		);
	});
});
