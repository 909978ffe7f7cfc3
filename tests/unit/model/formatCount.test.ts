import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount } from '$lib/model/formatCount';
import { DATA_MAX_BYTES } from '$lib/state/dataLimits';

describe('formatCount', () => {
	it('groups thousands as en-GB does', () => {
		for (const n of [0, 7, 999, 1000, 6697, 12345, 999999, 1000000, 123456789])
			expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
	});
});

describe('formatBytes', () => {
	it.each([
		[999, '999 bytes'],
		[1500, '1.5 kB'],
		[DATA_MAX_BYTES, '50 MB'],
		[123_456_789, '123.5 MB']
	])('writes %d as %s', (bytes, text) => {
		expect(formatBytes(bytes)).toBe(text);
	});
});
