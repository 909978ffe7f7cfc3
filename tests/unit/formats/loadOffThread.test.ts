import { describe, expect, it } from 'vitest';
import { loadDatasetBytes } from '$lib/formats/loadOffThread';
import { validDataset } from '../fixtures';

const encode = (text: string) => new TextEncoder().encode(text);

describe('loadDatasetBytes (on the main thread, where there are no workers)', () => {
	it('validates UTF-8 bytes and drops a byte-order mark', async () => {
		const result = await loadDatasetBytes(
			encode(`\uFEFF${JSON.stringify(validDataset())}`),
			'a.json'
		);
		expect(result.ok && result.dataset.events.length).toBe(2);
	});

	it('returns the problems of an invalid file, labelled with its name', async () => {
		const result = await loadDatasetBytes(encode('{"format": 1'), 'broken.json');
		expect(!result.ok && result.problems.map((p) => p.file)).toEqual(['broken.json']);
	});

	it('does no work once cancelled', async () => {
		const controller = new AbortController();
		controller.abort(new Error('cancelled'));
		await expect(loadDatasetBytes(encode('{}'), 'a.json', controller.signal)).rejects.toThrow(
			'cancelled'
		);
	});
});
