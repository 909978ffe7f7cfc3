import { describe, expect, it } from 'vitest';
import { formatCount } from '$lib/model/formatCount';

describe('formatCount', () => {
	it('groups thousands as en-GB does', () => {
		for (const n of [0, 7, 999, 1000, 6697, 12345, 999999, 1000000, 123456789])
			expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
	});
});
