import { describe, expect, it } from 'vitest';
import { describeLoad } from '$lib/state/loadStatus';

describe('describeLoad', () => {
	it('says a load has begun before it says how far it has got', () => {
		expect(describeLoad(undefined)).toEqual({ stage: 'Loading dataset…' });
	});

	it('gives the bytes downloaded so far, or the length of a body read at once', () => {
		expect(describeLoad({ stage: 'downloading' })).toEqual({ stage: 'Downloading the dataset…' });
		expect(describeLoad({ stage: 'downloading', bytes: 12_345_678 })).toEqual({
			stage: 'Downloading the dataset…',
			detail: '12.3 MB so far'
		});
		expect(describeLoad({ stage: 'downloading', totalBytes: 39_278_589 })).toEqual({
			stage: 'Downloading the dataset…',
			detail: '39.3 MB'
		});
	});

	it('names the checks, then the events being prepared', () => {
		expect(describeLoad({ stage: 'checking' })).toEqual({ stage: 'Checking the dataset…' });
		expect(describeLoad({ stage: 'indexing', events: 100_000 })).toEqual({
			stage: 'Preparing 100,000 events…'
		});
		expect(describeLoad({ stage: 'indexing', events: 1 })).toEqual({
			stage: 'Preparing 1 event…'
		});
	});

	it('keeps the announced stage the same while the bytes move on', () => {
		const stages = [undefined, 1e6, 2e6, 3e6].map(
			(bytes) => describeLoad({ stage: 'downloading', bytes }).stage
		);
		expect(new Set(stages).size).toBe(1);
	});
});
