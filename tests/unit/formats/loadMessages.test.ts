import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { loadDatasetText, type LoadResult } from '$lib/formats/load';
import {
	EVENTS_PER_MESSAGE,
	LoadAssembler,
	SLICE_TEXT_MAX,
	type LoadMessage
} from '$lib/formats/loadMessages';
import { postLoad } from '$lib/formats/postLoad';
import { StreamingLoad } from '$lib/formats/streamingLoad';
import { indexDataset, indexDatasetInSlices } from '$lib/model/dataset';
import { datesOf } from '$lib/model/readDates';
import { derivedFields, validDataset } from '../fixtures';
import { manyEvents } from '../manyEvents';

/** The messages a worker posts for `text`, cloned as posting does (buffers transferred). */
function messagesOf(text: string, name: string, perMessage?: number): LoadMessage[] {
	const messages: LoadMessage[] = [];
	postLoad(
		text,
		name,
		(message, transfer) => messages.push(structuredClone(message, { transfer })),
		perMessage
	);
	return messages;
}

/** The messages a worker posts for `text` read as it downloads, in pieces of 64 KB. */
function streamedMessages(text: string, piece = 65_536): LoadMessage[] {
	const messages: LoadMessage[] = [];
	const reading = new StreamingLoad((json) => messages.push({ kind: 'events', json }));
	const bytes = new TextEncoder().encode(text);
	for (let at = 0; at < bytes.length; at += piece) reading.push(bytes.subarray(at, at + piece));
	postLoad(reading.end(), 'many.json', (message) => messages.push(message));
	return messages;
}

/** What the page puts together from `messages`: the one result, at the last. */
function assemble(messages: LoadMessage[]): LoadResult | undefined {
	const assembler = new LoadAssembler();
	const results = messages.map((m) => assembler.add(m));
	expect(results.slice(0, -1).filter(Boolean)).toEqual([]);
	return results.at(-1);
}

/** Loads `text` as a worker would and reassembles: the results the assembler gave, in order. */
function roundTrip(text: string, name: string, perMessage: number): LoadResult[] {
	const assembler = new LoadAssembler();
	const done: LoadResult[] = [];
	for (const message of messagesOf(text, name, perMessage)) {
		const out = assembler.add(message);
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
		const done = roundTrip(text, 'many.json', 4);
		expect(done).toHaveLength(1);
		expect(done[0]).toEqual(result);
	});

	/** The events of each slice in `messages`, and the other messages. */
	const slicesOf = (messages: LoadMessage[]) => ({
		slices: messages.flatMap((m) => (m.kind === 'events' ? [m.json] : [])),
		rest: messages.filter((m) => m.kind !== 'events')
	});

	it('give the same result for a file read as it downloaded, its events sent as their text', () => {
		// Laid out with white space, which JSON written again would not have.
		const text = JSON.stringify(manyDated(2 * EVENTS_PER_MESSAGE + 5), null, 1);
		const whole = slicesOf(messagesOf(text, 'many.json'));
		// In pieces, or at once: a browser hands a worker pieces of up to about 2 MB.
		for (const piece of [65_536, Infinity]) {
			const streamed = slicesOf(streamedMessages(text, piece));
			expect(streamed.rest).toEqual(whole.rest);
			expect(streamed.slices.length).toBeGreaterThanOrEqual(piece === Infinity ? 1 : 2);
			for (const json of streamed.slices) expect(json).toMatch(/^\[\{\n +"id"/);
			expect(streamed.slices.flatMap((json) => JSON.parse(json))).toEqual(JSON.parse(text).events);
		}
	});

	it('send no slice of the file text longer than a slice may be, however long its events', () => {
		const data = manyDated(EVENTS_PER_MESSAGE + 5);
		for (const event of data.events) event.summary = `A long summary. ${'x'.repeat(2000)}`;
		const text = JSON.stringify(data);
		const messages = streamedMessages(text);
		const { slices } = slicesOf(messages);
		// More text than one slice may hold came before EVENTS_PER_MESSAGE events: it was cut.
		expect(slices.length).toBeGreaterThan(1);
		for (const json of slices) {
			expect(json).toMatch(/^\[\{"id"/);
			expect(json.length).toBeLessThanOrEqual(SLICE_TEXT_MAX + 2);
		}
		expect(assemble(messages)).toEqual(loadDatasetText(text, 'many.json'));
	});

	it('send as JSON written again the events the check changed, or in too long a text', () => {
		const changed = manyDated(2 * EVENTS_PER_MESSAGE + 5);
		changed.events[3]!.title = ' Spaced ';
		// Years of four digits (see manyDated), in more text than a slice of it may hold.
		const long = JSON.stringify(manyDated(9_000), null, 1);
		expect(long.length).toBeGreaterThan(SLICE_TEXT_MAX);
		for (const [text, piece] of [
			[JSON.stringify(changed, null, 1), 65_536],
			[long, Infinity]
		] as const) {
			const messages = streamedMessages(text, piece);
			const { slices } = slicesOf(messages);
			const written = slices.filter((json) => json.startsWith('[{"'));
			// The first slice holds the changed event, or is the first of the long text.
			expect(slices[0]).toBe(written[0]);
			for (const json of written)
				expect(JSON.parse(json).length).toBeLessThanOrEqual(EVENTS_PER_MESSAGE);
			for (const json of slices) expect(json.length).toBeLessThanOrEqual(SLICE_TEXT_MAX + 2);
			// Only the records read with the changed one are written again; all of the long text
			// but the last record, which the reader takes at the end.
			const rewritten = written.flatMap((json) => JSON.parse(json) as unknown[]).length;
			if (piece === Infinity) expect(rewritten).toBe(9_000 - 1);
			else expect(written.length).toBeLessThan(slices.length);
			const result = loadDatasetText(text, 'many.json');
			expect(result.ok).toBe(true);
			expect(assemble(messages)).toEqual(result);
		}
	});

	it('void the slices sent during the download when the file must be read again whole', () => {
		// A key written with an escape, after the events: the reader gives up at the very end.
		const text = JSON.stringify(manyDated(2 * EVENTS_PER_MESSAGE + 5)).replace(
			/\}$/,
			',"\\u0074ours":[]}'
		);
		const messages = streamedMessages(text);
		// One slice went before it gave up; the rest waits for the end.
		expect(messages.map((m) => m.kind)).toEqual([
			'events',
			'restart',
			'events',
			'events',
			'events',
			'eventDates',
			'dataset'
		]);
		expect(assemble(messages)).toEqual(loadDatasetText(text, 'many.json'));
	});

	it('send the dates of events read ahead before the checks, to index them early', async () => {
		// More events than indexing takes between two pauses.
		const text = JSON.stringify(manyDated(3 * EVENTS_PER_MESSAGE + 5));
		const messages = streamedMessages(text);
		const kinds = messages.map((m) => m.kind);
		expect(kinds.slice(-2)).toEqual(['eventDates', 'dataset']);
		// Read ahead, the events went before their dates, and so did the dates' columns before
		// the checks: a load whose checks then fail sends its dates and then its problems.
		const data = manyDated(2 * EVENTS_PER_MESSAGE + 5);
		data.events[9]!.actors = ['nobody'];
		const failing = streamedMessages(JSON.stringify(data)).map((m) => m.kind);
		expect(failing.slice(-2)).toEqual(['eventDates', 'problems']);

		let pauses = 0;
		const assembler = new LoadAssembler(undefined, async () => {
			pauses++;
		});
		const results = messages.map((m) => assembler.add(m));
		const result = results.at(-1);
		if (!result?.ok || !result.indexedEvents) throw new Error('expected a valid, indexed load');
		const indexed = await indexDatasetInSlices(
			result.dataset,
			result.dates,
			async () => {},
			result.indexedEvents
		);
		expect(pauses).toBeGreaterThan(0);
		// The records themselves, put in order.
		const records = new Set(result.dataset.events);
		expect(indexed.events.every((event) => records.has(event))).toBe(true);
		// As a whole load indexes its own records.
		const loaded = loadDatasetText(text, 'many.json');
		if (!loaded.ok) throw new Error('expected a valid dataset');
		const whole = indexDataset(loaded.dataset, loaded.dates);
		expect(indexed).toEqual(whole);
		expect(derivedFields(indexed)).toEqual(derivedFields(whole));
	});

	it('stop indexing the events early once the checks find problems', async () => {
		const data = manyDated(3 * EVENTS_PER_MESSAGE + 5);
		data.events[9]!.actors = ['nobody'];
		const messages = streamedMessages(JSON.stringify(data));
		const pausing: (() => void)[] = [];
		const assembler = new LoadAssembler(
			undefined,
			() => new Promise<void>((resume) => pausing.push(resume))
		);
		const results = messages.map((m) => assembler.add(m));
		expect(results.at(-1)?.ok).toBe(false);
		// The indexing began with the dates and waits at its first pause: it goes no further.
		expect(pausing).toHaveLength(1);
		pausing[0]!();
		await new Promise((done) => setTimeout(done, 0));
		expect(pausing).toHaveLength(1);
	});

	it('index only the events sent after a restart, when the dates came before it too', async () => {
		const many = (n: number) => JSON.stringify(manyDated(n));
		const before = messagesOf(many(EVENTS_PER_MESSAGE + 3), 'a.json').slice(0, -1);
		expect(before.at(-1)?.kind).toBe('eventDates');
		const after = messagesOf(many(7), 'a.json');
		const assembler = new LoadAssembler(undefined, async () => {});
		const results = [...before, { kind: 'restart' } as const, ...after].map((m) =>
			assembler.add(m)
		);
		const result = results.at(-1);
		if (!result?.ok || !result.indexedEvents) throw new Error('expected a valid, indexed load');
		expect(result).toMatchObject(loadDatasetText(many(7), 'a.json'));
		expect((await result.indexedEvents).events).toHaveLength(7);
	});

	it('index to the same events as the main-thread load', () => {
		const text = JSON.stringify(manyDated(30));
		const here = loadDatasetText(text, 'many.json');
		const [there] = roundTrip(text, 'many.json', 7);
		if (!here.ok || !there?.ok) throw new Error('expected a valid dataset');
		const [a, b] = [
			indexDataset(there.dataset, there.dates),
			indexDataset(here.dataset, datesOf(here.dataset))
		];
		expect(a).toEqual(b);
		expect(derivedFields(a)).toEqual(derivedFields(b));
	});

	it('share the lists events repeat as each slice arrives, which indexing then keeps', () => {
		const text = JSON.stringify(
			manyEvents(9, (i) => ({
				id: `e-${i}`,
				actors: i % 2 ? ['nato', 'russia'] : ['russia'],
				themes: i % 3 ? ['institutions'] : []
			}))
		);
		const [result] = roundTrip(text, 'many.json', 2);
		if (!result?.ok) throw new Error('expected a valid dataset');
		const events = result.dataset.events;
		expect(JSON.stringify(events)).toBe(JSON.stringify(JSON.parse(text).events));
		// e-1 and e-3, e-0 and e-8 arrived in different slices.
		expect(events[1]!.actors).toBe(events[3]!.actors);
		expect(events[0]!.actors).toBe(events[8]!.actors);
		expect(events[0]!.actors).not.toBe(events[1]!.actors);
		expect(events[0]!.themes).toBe(events[3]!.themes);
		expect(events[0]!.mentions).toBe(events[7]!.links);
		const lists = events.flatMap((e) => [e.actors, e.themes, e.mentions, e.links]);
		expect(lists.every(Object.isFrozen)).toBe(true);
		const indexed = indexDataset(result.dataset, result.dates);
		expect(indexed.byId.get('e-8')!.actors).toBe(lists[0]);
	});

	it('send the events as JSON text, which copies between threads as one string', () => {
		const slices = messagesOf(JSON.stringify(manyDated(5)), 'many.json', 2).filter(
			(message) => message.kind === 'events'
		);
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
			const result = loadDatasetText(JSON.stringify(data), 'text.json');
			expect(result.ok ? [] : result.problems).toEqual([]);
			expect(roundTrip(JSON.stringify(data), 'text.json', 5)).toEqual([result]);
		}
	);

	it("carry a dataset without events in two messages, its events' dates (none) and itself", () => {
		const text = JSON.stringify({ ...validDataset(), events: [], tours: [] });
		expect(messagesOf(text, 'empty.json').map((m) => m.kind)).toEqual(['eventDates', 'dataset']);
		expect(roundTrip(text, 'empty.json', 10)).toEqual([loadDatasetText(text, 'empty.json')]);
	});

	it('carry problems in one message', () => {
		const text = '{"format": 1';
		expect(messagesOf(text, 'broken.json')).toHaveLength(1);
		expect(roundTrip(text, 'broken.json', 10)).toEqual([loadDatasetText(text, 'broken.json')]);
	});

	it('send the events before the dataset-wide checks, and drop them when those fail', () => {
		const data = manyDated(9);
		data.events[8]!.id = data.events[0]!.id;
		const text = JSON.stringify(data);
		const expected = loadDatasetText(text, 'twice.json');
		expect(expected.ok).toBe(false);
		const messages = messagesOf(text, 'twice.json', 4);
		expect(messages.map((m) => m.kind)).toEqual(['events', 'events', 'events', 'problems']);
		expect(roundTrip(text, 'twice.json', 4)).toEqual([expected]);
		const assembler = new LoadAssembler();
		for (const message of messagesOf(text, 'twice.json', 4)) assembler.add(message);
		const valid = JSON.stringify(manyDated(3));
		const after = messagesOf(valid, 'next.json', 2).map((m) => assembler.add(m));
		expect(after.at(-1)).toEqual(loadDatasetText(valid, 'next.json'));
	});

	it('send no events for a dataset with a record the schema turns down', () => {
		const data = manyDated(5);
		(data.events[2] as { title: unknown }).title = 7;
		const text = JSON.stringify(data);
		expect(messagesOf(text, 'bad.json', 2).map((m) => m.kind)).toEqual(['problems']);
	});
});
