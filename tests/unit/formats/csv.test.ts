import { csvParse } from 'd3-dsv';
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/formats/csv';

describe('parseCsv', () => {
	it('keys each row by the header, short rows filled with empty cells', () => {
		const rows = parseCsv('a,b\n1,"x, y"\n2\n');
		expect(rows.columns).toEqual(['a', 'b']);
		expect([...rows]).toEqual([
			{ a: '1', b: 'x, y' },
			{ a: '2', b: '' }
		]);
	});

	it('keeps a column named __proto__ as a column', () => {
		const [row] = parseCsv('__proto__,a\nx,y\n');
		expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
		expect(Object.keys(row!)).toEqual(['__proto__', 'a']);
	});

	prop.prop([
		fc.array(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ') })))
	])('reads what csvParse reads, for headers without __proto__', (table) => {
		const text = table
			.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(','))
			.join('\n');
		expect(JSON.parse(JSON.stringify(parseCsv(text)))).toEqual(
			JSON.parse(JSON.stringify(csvParse(text)))
		);
	});
});
