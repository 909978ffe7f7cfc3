import { describe, expect, it } from 'vitest';
import { indexDataset, indexDatasetInSlices } from '$lib/model/dataset';
import { validateDataset } from '$lib/model/validate';
import { yieldToPage } from '$lib/state/yieldToPage';
import { derivedFields } from '../fixtures';
import { manyEvents } from '../manyEvents';

function validated(n: number) {
	const data = manyEvents(n, (i) => ({
		id: `e-${i}`,
		title: `Event ${i % 7}`,
		when: `${1950 + (i % 61)}-0${1 + (i % 9)}`,
		actors: i % 2 ? ['nato'] : [],
		links: i > 0 && i % 5 === 0 ? [{ rel: 'led-to', event: `e-${i - 1}` }] : []
	}));
	const result = validateDataset(data, { default: 'many.json' });
	if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
	return result;
}

describe('indexDatasetInSlices', () => {
	it('indexes as indexDataset does, pausing between slices of events', async () => {
		const { dataset, dates } = validated(10_001);
		let pauses = 0;
		const sliced = await indexDatasetInSlices(dataset, dates, async () => {
			pauses++;
		});
		const again = validated(10_001);
		const whole = indexDataset(again.dataset, again.dates);
		expect(sliced).toEqual(whole);
		expect(derivedFields(sliced)).toEqual(derivedFields(whole));
		// After 5,000 and 10,000 ids, then after 5,000 and 10,000 events put in time order.
		expect(pauses).toBe(4);
	}, 60_000);

	it('stops when a pause throws (a cancelled load)', async () => {
		const { dataset, dates } = validated(6_000);
		await expect(
			indexDatasetInSlices(dataset, dates, () => Promise.reject(new Error('cancelled')))
		).rejects.toThrow('cancelled');
	}, 60_000);

	it('indexes a small dataset without a pause', async () => {
		const { dataset, dates } = validated(3);
		let pauses = 0;
		await indexDatasetInSlices(dataset, dates, async () => {
			pauses++;
		});
		expect(pauses).toBe(0);
	});

	it('lists the actors and themes some event names', () => {
		const { dataset, dates } = validated(10);
		const { used } = indexDataset(dataset, dates);
		expect([...used.actors]).toEqual(['nato']);
		expect([...used.themes]).toEqual([...new Set(dataset.events.flatMap((e) => e.themes))]);
	});
});

describe('yieldToPage', () => {
	it('resolves in a later task', async () => {
		const order: string[] = [];
		setTimeout(() => order.push('task queued before'), 0);
		await yieldToPage();
		order.push('after the yield');
		expect(order).toEqual(['task queued before', 'after the yield']);
	});
});
