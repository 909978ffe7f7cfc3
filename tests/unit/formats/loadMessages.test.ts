import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { loadDatasetText, type LoadResult } from '$lib/formats/load';
import { LoadAssembler, loadMessages } from '$lib/formats/loadMessages';
import { indexDataset } from '$lib/model/dataset';
import { derivedFields, validDataset } from '../fixtures';
import { manyEvents } from '../manyEvents';

/** Posts the messages as a worker would (structured clone, buffers transferred) and reassembles. */
function roundTrip(result: LoadResult, perMessage: number): LoadResult[] {
	const assembler = new LoadAssembler();
	const done: LoadResult[] = [];
	for (const { message, transfer } of loadMessages(result, perMessage)) {
		const out = assembler.add(structuredClone(message, { transfer }));
		if (out) done.push(out);
	}
	return done;
}

function manyDated(n: number) {
	return manyEvents(n, (i) => ({
		id: `e-${i}`,
		title: `Event ${n - i}`,
		when:
			i % 3 === 0 ? `-${String(100 + i).padStart(4, '0')}` : `${1900 + (i % 97)}-0${1 + (i % 9)}/..`
	}));
}

describe('loadMessages and LoadAssembler', () => {
	it('rebuild a valid result whole, its dates handed over, complete only with the last slice', () => {
		const text = JSON.stringify(manyDated(25));
		const result = loadDatasetText(text, 'many.json');
		expect(result.ok ? [] : result.problems).toEqual([]);
		const done = roundTrip(loadDatasetText(text, 'many.json'), 4);
		expect(done).toHaveLength(1);
		expect(done[0]).toEqual(result);
	});

	it('index to the same events as the main-thread load', () => {
		const text = JSON.stringify(manyDated(30));
		const here = loadDatasetText(text, 'many.json');
		const [there] = roundTrip(loadDatasetText(text, 'many.json'), 7);
		if (!here.ok || !there?.ok) throw new Error('expected a valid dataset');
		const [a, b] = [indexDataset(there.dataset, there.dates), indexDataset(here.dataset)];
		expect(a).toEqual(b);
		expect(derivedFields(a)).toEqual(derivedFields(b));
	});

	it('send the events as JSON text, which copies between threads as one string', () => {
		const slices = loadMessages(loadDatasetText(JSON.stringify(manyDated(5)), 'many.json'), 2)
			.map(({ message }) => message)
			.filter((message) => message.kind === 'events');
		expect(slices).toHaveLength(3);
		for (const slice of slices) expect(slice).toEqual({ kind: 'events', json: expect.any(String) });
	});

	const someText = fc
		.string({ unit: 'binary', minLength: 1, maxLength: 12 })
		.filter((s) => s.trim() !== '');
	test.prop([fc.array(fc.tuple(someText, someText, fc.option(someText)), { maxLength: 12 })])(
		'give back every event as validated, whatever its text',
		(texts) => {
			const data = manyEvents(texts.length, (i) => ({
				id: `e-${i}`,
				title: texts[i]![0],
				summary: texts[i]![1],
				...(texts[i]![2] === null ? {} : { dateNote: texts[i]![2] }),
				links: i > 0 ? [{ rel: 'led-to', event: `e-${i - 1}`, contested: i % 2 === 0 }] : []
			}));
			const load = () => loadDatasetText(JSON.stringify(data), 'text.json');
			const result = load();
			expect(result.ok ? [] : result.problems).toEqual([]);
			expect(roundTrip(load(), 5)).toEqual([result]);
		}
	);

	it('carry a dataset without events in one message', () => {
		const data = { ...validDataset(), events: [], tours: [] };
		const load = () => loadDatasetText(JSON.stringify(data), 'empty.json');
		expect(loadMessages(load())).toHaveLength(1);
		expect(roundTrip(load(), 10)).toEqual([load()]);
	});

	it('carry problems in one message', () => {
		const load = () => loadDatasetText('{"format": 1', 'broken.json');
		expect(roundTrip(load(), 10)).toEqual([load()]);
	});
});
