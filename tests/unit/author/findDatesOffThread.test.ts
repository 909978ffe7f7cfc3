import { describe, expect, it } from 'vitest';
import { findDatesOffThread } from '$lib/author/findDatesOffThread';

describe('findDatesOffThread (on the main thread, where there are no workers)', () => {
	it('finds the dates and reports progress', async () => {
		const seen: number[] = [];
		const suggestions = await findDatesOffThread('In 1999 it began. Two years later it ended.', {
			onProgress: (f) => seen.push(f)
		});
		expect(suggestions.map((s) => [s.words, s.edtf])).toEqual([
			['1999', '1999'],
			['Two years later', '2001']
		]);
		expect(seen.at(-1)).toBe(1);
	});

	it('does no work once cancelled', async () => {
		const controller = new AbortController();
		controller.abort(new Error('cancelled'));
		await expect(findDatesOffThread('In 1999.', { signal: controller.signal })).rejects.toThrow(
			'cancelled'
		);
	});
});
