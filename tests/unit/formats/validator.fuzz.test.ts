/**
 * Property-based tests over the one validator and the loader: whatever comes in, they answer with
 * a dataset or with problems a person can act on, and a dataset never carries a link that is not
 * http(s) or a date the timeline cannot show.
 */
import { fc, test } from '@fast-check/vitest';
import * as v from 'valibot';
import { describe, expect } from 'vitest';
import { loadDatasetText } from '$lib/formats/load';
import { indexDataset } from '$lib/model/dataset';
import type { DatasetDates } from '$lib/model/dateColumns';
import type { Problem } from '$lib/model/problems';
import { safeHref } from '$lib/model/safeHref';
import { DatasetSchema, type Dataset } from '$lib/model/schema';
import { ProblemList } from '$lib/model/problemList';
import { quickParts, schemaParts, validateDataset, type FileMap } from '$lib/model/validate';
import { validDataset } from '../fixtures';

const RUNS = { numRuns: 1000 };
// Generous for a busy machine; each property takes a few seconds on an idle one.
const TIMEOUT_MS = 120_000;
const FILES: FileMap = {
	default: 'd/dataset.json',
	events: 'd/events.json',
	tours: 'd/tours.json'
};
const FILE_NAMES = new Set(Object.values(FILES));

/** Every URL a dataset could render as a link. */
function urlsOf(ds: Dataset): string[] {
	return [
		...(ds.source?.url === undefined ? [] : [ds.source.url]),
		...ds.events.flatMap((e) => e.sources.map((s) => s.url)),
		...ds.periods.flatMap((p) => p.sources.map((s) => s.url))
	];
}

function expectActionableProblems(problems: Problem[], files: Set<string>): void {
	expect(problems.length).toBeGreaterThan(0);
	expect(problems.length).toBeLessThanOrEqual(51);
	for (const p of problems) {
		expect(files.has(p.file), `file of ${JSON.stringify(p)}`).toBe(true);
		expect(p.message).toMatch(/\S/);
		if (p.record !== undefined) {
			expect(p.record).toMatch(/^source$|^(?:[a-z]+ (?:"(?:[^"\\]|\\.)*"|#\d+)(?: › |$))+$/);
			expect(p.field, `field of ${JSON.stringify(p)}`).toMatch(/\S/);
		}
		for (const text of [p.record, p.field, p.message, p.fix])
			expect(text ?? '').not.toContain('[object ');
	}
}

/** The properties every answer has; `files` are the names problems may give. */
function expectSoundResult(
	result: { ok: true; dataset: Dataset; dates: DatasetDates } | { ok: false; problems: Problem[] },
	files: Set<string>
): void {
	if (!result.ok) {
		expectActionableProblems(result.problems, files);
		return;
	}
	for (const url of urlsOf(result.dataset)) expect(safeHref(url), url).toBeDefined();
	// Every event of a valid dataset has a place on the timeline: none is dropped.
	const indexed = indexDataset(result.dataset, result.dates);
	expect(indexed.events).toHaveLength(result.dataset.events.length);
	for (const e of indexed.events) {
		expect(e.span.startMs).not.toBeNaN();
		expect(e.span.endMs).not.toBeNaN();
	}
}

describe('validateDataset and loadDatasetText on arbitrary input', () => {
	test.prop([fc.jsonValue()], RUNS)(
		'answer any JSON value with problems',
		(value) => {
			expectSoundResult(validateDataset(value, FILES), FILE_NAMES);
			expectSoundResult(
				loadDatasetText(JSON.stringify(value) ?? '', 'x.json'),
				new Set(['x.json'])
			);
		},
		TIMEOUT_MS
	);

	test.prop([fc.string({ unit: 'binary' })], RUNS)(
		'answer any text with problems',
		(text) => {
			for (const t of [text, `{${text}`, `\uFEFF${text}`])
				expectSoundResult(loadDatasetText(t, 'x.json'), new Set(['x.json']));
		},
		TIMEOUT_MS
	);

	test.prop(
		[
			fc.dictionary(
				fc.constantFrom('format', 'version', 'events', '__proto__', 'constructor', 'id'),
				fc.jsonValue({ maxDepth: 3 })
			)
		],
		RUNS
	)(
		'answer objects with dataset-like and prototype keys with problems',
		(value) => {
			const input = { format: 'chronotext-dataset', ...JSON.parse(JSON.stringify(value)) };
			expectSoundResult(validateDataset(input, FILES), FILE_NAMES);
		},
		TIMEOUT_MS
	);
});

/** A path to a value inside the small valid dataset, as keys from the root. */
type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = []): Path[] {
	if (value === null || typeof value !== 'object') return [at];
	const children = Object.entries(value).flatMap(([k, child]) =>
		pathsOf(child, [...at, Array.isArray(value) ? Number(k) : k])
	);
	return [at, ...children];
}

const BASE = validDataset();
const PATHS = pathsOf(BASE).filter((p) => p.length > 0);
const URL_PATHS = PATHS.filter((p) => p.at(-1) === 'url');
const WHEN_PATHS = PATHS.filter((p) => p.at(-1) === 'when' || p.at(-1) === 'published');
const LIST_PATHS = PATHS.filter(
	(p) => Array.isArray(get(BASE, p)) && (get(BASE, p) as []).length > 0
);
const OBJECT_PATHS = [[] as Path, ...PATHS.filter((p) => isObject(get(BASE, p)))];

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function get(root: unknown, path: Path): unknown {
	return path.reduce<unknown>(
		(node, key) =>
			node !== null && typeof node === 'object' && Object.hasOwn(node, key)
				? (node as Record<string, unknown>)[key]
				: undefined,
		root
	);
}

/** Sets an own property, even one called "__proto__", as JSON.parse would. */
function put(target: unknown, key: string | number, value: unknown): void {
	if (target === null || typeof target !== 'object') return;
	// An array in JSON has only its elements (an earlier change may have put one where an object
	// was): no "constructor" of its own, which would also break its own splice.
	if (Array.isArray(target) && typeof key !== 'number') return;
	Object.defineProperty(target, key, {
		// A copy: a constant such as {} is one object, and put twice (once inside the other) it
		// would make the dataset circular, which no JSON file can be.
		value: structuredClone(value),
		enumerable: true,
		writable: true,
		configurable: true
	});
}

const HOSTILE_URLS = [
	'javascript:alert(document.domain)',
	' javascript:alert(1)',
	'JaVaScRiPt:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'vbscript:msgbox(1)',
	'//example.org',
	'http:/example.org',
	'https://',
	'https://exa mple.org'
];
const HOSTILE_DATES = ['Y170000002', 'Y-170000002', 'Y250001', '2002/Y999999', 'Y-999999/..', ''];

type Mutation = (ds: Record<string, unknown>) => void;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.constantFrom(...PATHS).map<Mutation>((p) => (ds) => {
		const parent = get(ds, p.slice(0, -1));
		if (Array.isArray(parent)) parent.splice(p.at(-1) as number, 1);
		else if (isObject(parent)) delete parent[p.at(-1) as string];
	}),
	fc.tuple(fc.constantFrom(...PATHS), fc.jsonValue({ maxDepth: 2 })).map<Mutation>(
		([p, value]) =>
			(ds) =>
				put(get(ds, p.slice(0, -1)), p.at(-1)!, value)
	),
	fc
		.tuple(fc.constantFrom(...PATHS), fc.constantFrom(null, 0, -1, 1.5, true, '', ' ', [], {}, 'x'))
		.map<Mutation>(
			([p, value]) =>
				(ds) =>
					put(get(ds, p.slice(0, -1)), p.at(-1)!, value)
		),
	fc.tuple(fc.constantFrom(...URL_PATHS), fc.constantFrom(...HOSTILE_URLS)).map<Mutation>(
		([p, url]) =>
			(ds) =>
				put(get(ds, p.slice(0, -1)), p.at(-1)!, url)
	),
	fc.constant<Mutation>((ds) => put(get(ds, ['source']), 'url', 'javascript:alert(1)')),
	fc.tuple(fc.constantFrom(...WHEN_PATHS), fc.constantFrom(...HOSTILE_DATES)).map<Mutation>(
		([p, when]) =>
			(ds) =>
				put(get(ds, p.slice(0, -1)), p.at(-1)!, when)
	),
	fc
		.tuple(
			fc.constantFrom(...OBJECT_PATHS),
			fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'),
			fc.jsonValue({ maxDepth: 1 })
		)
		.map<Mutation>(
			([p, key, value]) =>
				(ds) =>
					put(get(ds, p), key, value)
		),
	fc.tuple(fc.constantFrom(...LIST_PATHS), fc.nat()).map<Mutation>(([p, i]) => (ds) => {
		// A copy of a list entry: duplicate ids, sources, links and steps.
		const list = get(ds, p);
		if (Array.isArray(list) && list.length > 0) list.push(structuredClone(list[i % list.length]));
	})
);

describe('validateDataset and loadDatasetText on broken copies of a valid dataset', () => {
	test.prop([fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean()], RUNS)(
		'answer with a sound dataset or with problems naming file, record and field',
		(mutations, bom) => {
			const ds = validDataset() as Record<string, unknown>;
			for (const mutate of mutations) mutate(ds);
			const result = validateDataset(ds, FILES);
			expectSoundResult(result, FILE_NAMES);
			// A dataset that passes is exactly what the schema makes of it.
			if (result.ok) expect(result.dataset).toEqual(v.parse(DatasetSchema, ds));
			const text = (bom ? '\uFEFF' : '') + JSON.stringify(ds);
			const loaded = loadDatasetText(text, 'x.json');
			expectSoundResult(loaded, new Set(['x.json']));
			expect(loaded.ok).toBe(result.ok);
		},
		TIMEOUT_MS
	);
});

/** The small valid dataset with every optional field of events, links and periods filled in. */
function richDataset(): Record<string, unknown> {
	const ds = validDataset();
	Object.assign(ds.events[0]!, { label: 'Council', basisNote: 'The text says so.' });
	(ds.events[0]!.links as Record<string, unknown>[])[0] = {
		rel: 'led-to',
		event: 'text-written',
		note: 'Our reading.',
		sources: [{ title: 'A page', url: 'https://example.org/link' }],
		contested: false
	};
	ds.periods[0]!.note = 'Still going.';
	return ds;
}

const RICH = richDataset();
const RICH_PATHS = pathsOf(RICH).filter((p) => p.length > 0);

/** The fields the schema trims. */
const TRIMMED = new Set(['title', 'label', 'summary', 'basisNote', 'quote', 'note', 'dateNote']);

/** Changes the schema's output may not show: padding to trim, keys in another order. */
const quiet: fc.Arbitrary<Mutation> = fc.oneof(
	fc
		.tuple(
			fc.constantFrom(...RICH_PATHS.filter((p) => TRIMMED.has(String(p.at(-1))))),
			fc.constantFrom(' ', '\n', '\t ', '\u00a0')
		)
		.map<Mutation>(([p, pad]) => (ds) => {
			const value = get(ds, p);
			if (typeof value === 'string') put(get(ds, p.slice(0, -1)), p.at(-1)!, pad + value + pad);
		}),
	fc
		.constantFrom(...RICH_PATHS.filter((p) => isObject(get(RICH, p))))
		.map<Mutation>((p) => (ds) => {
			const parent = get(ds, p.slice(0, -1));
			const value = get(ds, p);
			if (isObject(value))
				put(parent, p.at(-1)!, Object.fromEntries(Object.entries(value).reverse()));
		})
);

describe('the quick check of events and periods', () => {
	const label = fc
		.tuple(fc.integer({ min: 22, max: 27 }), fc.constantFrom('', ' '))
		.map<Mutation>(([n, pad]) => (ds) => {
			put(get(ds, ['events', 0]), 'label', `${pad}${'x'.repeat(n)}${pad}`);
		});

	/** `own` is `ds` but for `links: []` at the end of events that have none. */
	const expectLinksAddedAtMost = (ds: Record<string, unknown>, own: Record<string, unknown>) => {
		const eventsOf = (x: Record<string, unknown>) => (Array.isArray(x.events) ? x.events : []);
		expect(JSON.stringify({ ...own, events: [] })).toBe(JSON.stringify({ ...ds, events: [] }));
		const was = eventsOf(ds);
		eventsOf(own).forEach((event: unknown, i) => {
			const before = was[i] as unknown;
			const added =
				before !== null &&
				typeof before === 'object' &&
				!Object.hasOwn(before, 'links') &&
				JSON.stringify(event) === JSON.stringify({ ...before, links: [] });
			if (!added) expect(JSON.stringify(event)).toBe(JSON.stringify(before));
		});
		expect(eventsOf(own)).toHaveLength(was.length);
	};

	test.prop([fc.array(fc.oneof(mutation, quiet, label), { maxLength: 4 })], RUNS)(
		'gives exactly what the schema gives when it answers',
		(mutations) => {
			const ds = richDataset();
			for (const mutate of mutations) mutate(ds);
			const before = JSON.stringify(ds);
			const quick = quickParts(ds);
			expect(JSON.stringify(ds)).toBe(before);
			// Keeping what has the schema's form gives the same, and changes nothing it was given
			// but for the links it adds at the end of an event that leaves them out.
			const own = structuredClone(ds);
			const kept = quickParts(own, true);
			expectLinksAddedAtMost(ds, own);
			const problems = new ProblemList(Infinity);
			const full = schemaParts(ds, FILES, problems);
			expect(kept === undefined).toBe(quick === undefined);
			if (quick === undefined) return;
			expect(problems.toArray(FILES.default)).toEqual([]);
			expect(quick).toStrictEqual(full);
			// The shell's events are the input's, which the validator replaces with the records.
			const records = (parts: typeof full) => ({ ...parts, shell: { ...parts.shell, events: [] } });
			expect(records(kept!)).toStrictEqual(records(full));
			// The same fields in the same order, so the dataset is saved and shown the same.
			expect(JSON.stringify(quick)).toBe(JSON.stringify(full));
			expect(JSON.stringify(records(kept!))).toBe(JSON.stringify(records(full)));
		},
		TIMEOUT_MS
	);

	test('keeps, when told the input is its own, the records that already have their form', () => {
		const ds = richDataset() as { events: Record<string, unknown>[] };
		const canonical = quickParts(ds)!.events.map((c) => c.record);
		const input = { ...ds, events: structuredClone(canonical) };
		(input.events[1] as { title: string }).title =
			` ${(input.events[1] as { title: string }).title} `;
		const kept = quickParts(input, true)!.events.map((c) => c.record);
		expect(kept[0]).toBe(input.events[0]);
		// A record with a padded title is copied, trimmed; the input keeps its padding.
		expect(kept[1]).not.toBe(input.events[1]);
		expect(kept[1]).toStrictEqual(canonical[1]);
		expect((input.events[1] as { title: string }).title).toMatch(/^ .* $/);
		// Without being told, every record is a copy.
		expect(quickParts(input)!.events[0]!.record).not.toBe(input.events[0]);
		// A record without links is kept and given them at its end, where the schema puts them;
		// one with fields after where they would be is copied.
		const noLinks = { ...(canonical[0] as Record<string, unknown>) };
		delete noLinks.links;
		const reordered = { links: [], ...noLinks };
		const own = { ...ds, events: [{ ...noLinks }, reordered] };
		const [first, second] = quickParts(own, true)!.events.map((c) => c.record);
		const expected = JSON.stringify({ ...noLinks, links: [] });
		expect(first).toBe(own.events[0]);
		expect(JSON.stringify(first)).toBe(expected);
		expect(second).not.toBe(reordered);
		expect(JSON.stringify(second)).toBe(expected);
	});

	test.prop([fc.array(quiet, { maxLength: 4 })], RUNS)(
		'answers for valid datasets, padded or reordered',
		(mutations) => {
			const ds = richDataset();
			for (const mutate of mutations) mutate(ds);
			expect(quickParts(ds)).toBeDefined();
		},
		TIMEOUT_MS
	);
});
