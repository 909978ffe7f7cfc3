import { describe, expect, it } from 'vitest';
import { readPresentMessage } from '$lib/state/presentChannel';

describe('readPresentMessage', () => {
	it('reads a step and a hello for this dataset', () => {
		const step = { kind: 'step', datasetId: 'd', tourId: 'all', theme: 'odd', index: 2 };
		expect(readPresentMessage(step, 'd')).toEqual(step);
		expect(
			readPresentMessage({ kind: 'step', datasetId: 'd', tourId: 't', index: 0 }, 'd')
		).toEqual({ kind: 'step', datasetId: 'd', tourId: 't', index: 0 });
		expect(readPresentMessage({ kind: 'hello', datasetId: 'd' }, 'd')).toEqual({
			kind: 'hello',
			datasetId: 'd'
		});
	});

	it('ignores messages about another dataset', () => {
		expect(readPresentMessage({ kind: 'hello', datasetId: 'other' }, 'd')).toBeUndefined();
		expect(
			readPresentMessage({ kind: 'step', datasetId: 'other', tourId: 't', index: 0 }, 'd')
		).toBeUndefined();
	});

	it.each([
		['not an object', 'step'],
		['null', null],
		['an unknown kind', { kind: 'jump', datasetId: 'd' }],
		['a negative step', { kind: 'step', datasetId: 'd', tourId: 't', index: -1 }],
		['a fractional step', { kind: 'step', datasetId: 'd', tourId: 't', index: 1.5 }],
		['a step without a tour', { kind: 'step', datasetId: 'd', index: 1 }]
	])('ignores %s', (_what, data) => {
		expect(readPresentMessage(data, 'd')).toBeUndefined();
	});
});
