/**
 * Reading a dataset while it downloads is a shortcut: whatever the file and wherever its bytes
 * are cut, the loader answers exactly as it does with the whole text at once, and it takes the
 * shortcut for the files it is meant for.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { EventsSplitter } from '$lib/formats/eventsSplitter';
import { loadDatasetText, loadStreamed, type LoadResult } from '$lib/formats/load';
import { LoadAssembler, type LoadMessage } from '$lib/formats/loadMessages';
import { postLoad } from '$lib/formats/postLoad';
import { StreamingLoad, type Streamed } from '$lib/formats/streamingLoad';
import { validDataset } from '../fixtures';

const RUNS = { numRuns: 400 };
const TIMEOUT_MS = 120_000;

/**
 * `bytes` fed to a StreamingLoad in pieces cut at `cuts` (taken modulo the length), and the
 * messages a worker posts for them, the slices it hands on while reading included.
 */
function stream(bytes: Uint8Array, cuts: number[]): Streamed & { messages: () => LoadMessage[] } {
	const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
	const messages: LoadMessage[] = [];
	const reading = new StreamingLoad((json) => messages.push({ kind: 'events', json }));
	let from = 0;
	for (const to of [...at, bytes.length]) {
		if (to > from) reading.push(bytes.subarray(from, to));
		from = Math.max(from, to);
	}
	const streamed = reading.end();
	return {
		...streamed,
		messages: () => {
			postLoad(streamed, 'x.json', (message) => messages.push(message));
			return messages;
		}
	};
}

/** What the page puts together from `messages`. */
function assemble(messages: LoadMessage[]): LoadResult | undefined {
	const assembler = new LoadAssembler();
	let result: LoadResult | undefined;
	for (const message of messages) result = assembler.add(message) ?? result;
	return result;
}

/**
 * Expects `streamed` to give what loadDatasetText gives for `text`: from loadStreamed, but for the
 * events it read ahead, which it hands on and does not keep; and on the page.
 */
function expectAnswer(streamed: ReturnType<typeof stream>, text: string): void {
	const expected = loadDatasetText(text.replace(/^\uFEFF/, ''), 'x.json');
	const { readAhead, ...answer } = loadStreamed(streamed, 'x.json');
	if (readAhead !== undefined && expected.ok) {
		expect(readAhead).toBe(expected.dataset.events.length);
		expect(answer).toEqual({ ...expected, dataset: { ...expected.dataset, events: [] } });
	} else expect(answer).toEqual(expected);
	expect(assemble(streamed.messages())).toEqual(expected);
}

const encode = (text: string) => new TextEncoder().encode(text);

/** A dataset with more events, non-ASCII text and every optional field somewhere. */
function dataset(): Record<string, unknown> {
	const ds = validDataset() as Record<string, unknown> & { events: Record<string, unknown>[] };
	const [first, second] = ds.events as [Record<string, unknown>, Record<string, unknown>];
	Object.assign(first, { label: 'Council', basisNote: 'The text says “so”.' });
	for (let i = 0; i < 6; i++)
		ds.events.push({ ...structuredClone(second), id: `copy-${i}`, title: `Copy ${i} — “ö” \\ "` });
	return ds;
}

type Edit = (ds: Record<string, unknown> & { events: Record<string, unknown>[] }) => void;

const FIELDS = ['id', 'title', 'when', 'summary', 'actors', 'stance', 'mentions', 'sources'];
const VALUES = [null, 0, '', ' x ', [], {}, 'javascript:alert(1)', [{}], 'Y-99999999'];

/**
 * Changes to one event that its schema accepts, for the checks of the whole dataset: some keep it
 * valid (a link or a quote that is there), the others break a rule, with another record or alone.
 */
const RULE_EDITS: Record<string, unknown>[] = [
	{ actors: ['nato', 'nobody'] },
	{ themes: ['institutions', 'institutions'] },
	{ actors: ['russia', 'russia'] },
	{ mentions: [{ passage: 'summary-2', quote: 'remain just that' }] },
	{ mentions: [{ passage: 'summary-2', quote: 'the Council came into being' }] },
	{ mentions: [{ passage: 'nowhere', quote: 'Four years after' }] },
	{ basis: 'mentioned', mentions: [] },
	{ basis: 'context', mentions: [] },
	{ links: [{ rel: 'led-to', event: 'council-founded' }] },
	{ links: [{ rel: 'led-to', event: 'no-such-event' }] },
	{
		links: [
			{ rel: 'led-to', event: 'copy-1' },
			{ rel: 'led-to', event: 'copy-1' }
		]
	},
	{
		sources: [
			{ title: 'A', url: 'https://example.org/a' },
			{ title: 'B', url: 'https://example.org/a' }
		]
	}
];

/** Changes to the dataset: some leave it valid (padding, key order), most break it. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
	fc.tuple(fc.nat(), fc.constantFrom(...RULE_EDITS)).map<Edit>(([i, change]) => (ds) => {
		Object.assign(ds.events[i % ds.events.length]!, structuredClone(change));
	}),
	fc
		.tuple(fc.nat(), fc.constantFrom(...FIELDS), fc.constantFrom(...VALUES))
		.map<Edit>(([i, key, value]) => (ds) => {
			ds.events[i % ds.events.length]![key] = structuredClone(value);
		}),
	fc.tuple(fc.nat(), fc.constantFrom(...FIELDS)).map<Edit>(([i, key]) => (ds) => {
		delete ds.events[i % ds.events.length]![key];
	}),
	fc.nat().map<Edit>((i) => (ds) => {
		const event = ds.events[i % ds.events.length]!;
		event.title = ` ${String(event.title)}\n`;
	}),
	fc.nat().map<Edit>((i) => (ds) => {
		ds.events.push(structuredClone(ds.events[i % ds.events.length]!));
	}),
	fc.constant<Edit>((ds) => {
		const entries = Object.entries(ds).reverse();
		for (const key of Object.keys(ds)) delete ds[key];
		Object.assign(ds, Object.fromEntries(entries));
	}),
	fc.constant<Edit>((ds) => {
		ds.format = 'something-else';
	}),
	fc.constant<Edit>((ds) => {
		ds.events = ds.events.map((e) => Object.fromEntries(Object.entries(e).reverse()));
	})
);

/**
 * Changes to the text itself: JSON's own characters put in, taken out or swapped, next to one of
 * its structural characters (where a splitter could lose its way), or anywhere.
 */
const textEdit = fc.tuple(
	fc.nat(),
	fc.boolean(),
	fc.nat({ max: 2 }),
	fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', ' ', 'x', '"events":[]', '\uFEFF')
);

function applyTextEdit(
	text: string,
	[at, nearStructure, drop, put]: [number, boolean, number, string]
): string {
	const places = nearStructure
		? [...text.matchAll(/[{}[\],:"]/g)].flatMap((m) => [m.index, m.index + 1])
		: [];
	const i = places.length ? places[at % places.length]! : at % (text.length + 1);
	return text.slice(0, i) + put + text.slice(i + drop);
}

const indent = fc.constantFrom<string | number | undefined>(undefined, 1, '\t');

describe('StreamingLoad with loadStreamed', () => {
	test.prop(
		[fc.array(edit, { maxLength: 3 }), indent, fc.boolean(), fc.array(fc.nat(), { maxLength: 12 })],
		RUNS
	)(
		'answers as loadDatasetText does, however the bytes are cut',
		(edits, space, bom, cuts) => {
			const ds = dataset() as Parameters<Edit>[0];
			for (const change of edits) change(ds);
			const text = (bom ? '\uFEFF' : '') + JSON.stringify(ds, null, space);
			expectAnswer(stream(encode(text), cuts), text);
		},
		TIMEOUT_MS
	);

	test.prop(
		[
			fc.array(textEdit, { minLength: 1, maxLength: 3 }),
			indent,
			fc.array(fc.nat(), { maxLength: 12 })
		],
		RUNS
	)(
		'answers as loadDatasetText does for text that is not quite JSON',
		(edits, space, cuts) => {
			let text = JSON.stringify(dataset(), null, space);
			for (const e of edits) text = applyTextEdit(text, e);
			expectAnswer(stream(encode(text), cuts), text);
		},
		TIMEOUT_MS
	);

	test.prop(
		[
			// Mostly right, so that one wrong place (the ends included) is what is tested.
			fc.array(
				fc.oneof(
					{ arbitrary: fc.constantFrom(',', ' ,\n'), weight: 12 },
					{ arbitrary: fc.constantFrom('', ',,', ' '), weight: 1 }
				),
				{ minLength: 7, maxLength: 7 }
			),
			fc.constantFrom('', ' ', ',', '\n'),
			fc.constantFrom('', ' ', ',', '\n'),
			fc.array(fc.nat(), { maxLength: 12 })
		],
		RUNS
	)(
		'answers as loadDatasetText does whatever separates the events',
		(separators, lead, trail, cuts) => {
			const { events, ...rest } = dataset() as { events: unknown[] };
			const records = events.map((e, i) => (i ? separators[i - 1] : '') + JSON.stringify(e));
			const text = JSON.stringify({ ...rest, events: [] }).replace(
				'"events":[]',
				`"events":[${lead}${records.join('')}${trail}]`
			);
			expectAnswer(stream(encode(text), cuts), text);
		},
		TIMEOUT_MS
	);

	test.prop([indent, fc.boolean(), fc.array(fc.nat(), { maxLength: 40 })], RUNS)(
		'reads the events of a valid dataset ahead, cut anywhere, even inside a character',
		(space, bom, cuts) => {
			const text = (bom ? '\uFEFF' : '') + JSON.stringify(dataset(), null, space);
			const streamed = stream(encode(text), cuts);
			const { events } = JSON.parse(text.replace(/^\uFEFF/, '')) as { events: object[] };
			expect(loadStreamed(streamed, 'x.json').readAhead).toBe(events.length);
			expectAnswer(streamed, text);
			expect(streamed.text()).toBe(text.replace(/^\uFEFF/, ''));
		}
	);
});

describe('EventsSplitter', () => {
	/** What the splitter gives for `pieces` and then the end, each piece's text checked. */
	const read = (pieces: string[]) => {
		const splitter = new EventsSplitter();
		const split = [...pieces.map((piece) => splitter.push(piece)), splitter.push('', true)];
		for (const { records, text } of split)
			expect(records.length ? JSON.parse(`[${text}]`) : text).toEqual(
				records.length ? records : ''
			);
		return {
			records: split.flatMap((s) => s.records),
			shell: splitter.shell(),
			failed: splitter.failed
		};
	};
	/** `text` in one piece, or (`byCharacter`) one character at a time. */
	const split = (text: string, byCharacter = false) => read(byCharacter ? [...text] : [text]);
	/** `text` in two pieces, cut at each place in turn. */
	const cutOnce = (text: string) =>
		[...text].map((_, at) => read([text.slice(0, at), text.slice(at)]));
	const both = (text: string) => [split(text), split(text, true), ...cutOnce(text)];

	it('gives the records and the document without them', () => {
		const text =
			'{"a": {"events": [1]}, "events" : [ {"id": "}"} ,{"id": [{}]},\n{ "id" :3}\n], "z": "\\""}';
		for (const { records, shell } of both(text)) {
			expect(records).toEqual([{ id: '}' }, { id: [{}] }, { id: 3 }]);
			expect(JSON.parse(shell!)).toEqual({ ...JSON.parse(text), events: [] });
		}
	});

	it("follows character by character only the head, each piece's first record and the end", () => {
		const records = Array.from({ length: 2000 }, (_, i) => ({
			id: `e-${i}`,
			title: `“${i}”`,
			n: [i]
		}));
		const text = JSON.stringify({ format: 'x', events: records, after: true }, null, 1);
		const splitter = new EventsSplitter();
		const read: unknown[] = [];
		for (let at = 0; at < text.length; at += 10_000)
			read.push(...splitter.push(text.slice(at, at + 10_000)).records);
		read.push(...splitter.push('', true).records);
		expect(read).toEqual(records);
		expect(splitter.followed).toBeLessThan(text.length / 10);
	});

	it('reads past what only looks like a boundary', () => {
		const text = '{"events": [{"id": "},{\\"id\\": 1", "x": [{"a": 1},{"id": 2}]}, {"id": 3}]}';
		for (const { records } of both(text)) expect(records).toEqual(JSON.parse(text).events);
	});

	it('gives up on what it cannot follow exactly', () => {
		for (const text of [
			'{"events": [], "events": [{}]}',
			'{"ev\\u0065nts": [{}], "events": []}',
			'{"events": [{"id": 1},]}',
			'{"events": [{"id": 1} {"id": 2},{"id": 3}]}',
			'{"events": [,{"id": 1},{"id": 2}]}',
			'{"events": [{"id": 1},,{"id": 2},{"id": 3}]}',
			'{"events": [{}, 1]}',
			'{"events": ["x"]}',
			'{"events": [{"id": 1}, {"id": nope}, {"id": 3}]}'
		])
			for (const { failed } of both(text)) expect(failed, text).toBe(true);
	});

	it('has no shell for a document without a top-level events array', () => {
		for (const text of [
			'{"events": {}}',
			'[{"events": []}]',
			'{"source": {"events": []}}',
			'{"events": [{"id": 1},{"id": 2}'
		])
			for (const { shell } of both(text)) expect(shell, text).toBeUndefined();
	});
});
