/**
 * Every importer, fed arbitrary text and broken copies of the fixtures: it never throws, it
 * answers with dataset input or with problems, and every problem names the file and where in it.
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChronotextCsv } from '$lib/formats/chronotextCsv';
import type { ParseResult } from '$lib/formats/format';
import { loadDatasetText } from '$lib/formats/load';
import { htmlToPlainText, plainTextToHtml } from '$lib/formats/plainText';
import { parseTimelineJs } from '$lib/formats/timelineJs';
import { parseTimelineSheet } from '$lib/formats/timelineSheet';
import type { Problem } from '$lib/model/problems';
import { fixture } from './helpers';

const RUNS = { numRuns: 1000 };
/** A thousand runs take seconds on a busy two-core machine. */
const SLOW = { timeout: 120_000 };
const FILE = 'fuzzed.txt';

/**
 * A problem names the file and a place in it (a record or a field), or says why the file as a
 * whole cannot be read (not JSON, with line and column, or no format chronotext reads).
 */
function isPlaced(p: Problem): boolean {
	return (
		p.file === FILE &&
		p.message.length > 0 &&
		Boolean(p.fix) &&
		Boolean(
			p.record ||
			p.field ||
			/^is not valid JSON( at line \d+, column \d+|$)|^is not a format chronotext reads/.test(
				p.message
			)
		)
	);
}

function checkAnswer(result: ParseResult | ReturnType<typeof loadDatasetText>): boolean {
	if (result.ok) return true;
	return result.problems.length > 0 && result.problems.every(isPlaced);
}

const IMPORTERS = [
	['TimelineJS JSON', parseTimelineJs],
	['TimelineJS sheet', parseTimelineSheet],
	['chronotext CSV', parseChronotextCsv],
	['the loader', loadDatasetText]
] as const;

/** Text edits: insert, delete or replace a stretch at a position. */
const textEdit = fc.record({
	at: fc.nat(),
	remove: fc.nat({ max: 12 }),
	insert: fc.oneof(
		fc.string({ maxLength: 8 }),
		fc.constantFrom('"', ',', '\n', '{', '}', '[', ']', ':', '-', '<b>', '&amp;', '\uFEFF', '\r\n')
	)
});
function applyEdits(text: string, edits: { at: number; remove: number; insert: string }[]): string {
	let out = text;
	for (const { at, remove, insert } of edits) {
		const i = at % (out.length + 1);
		out = out.slice(0, i) + insert + out.slice(i + remove);
	}
	return out;
}

/**
 * A value as a spreadsheet cell would hold it. Objects go through JSON: `String` throws on one
 * whose `toString` or `valueOf` key holds a value rather than a function.
 */
const cellText = (v: unknown): string =>
	typeof v === 'object' && v !== null ? (JSON.stringify(v) ?? '') : String(v);

/** Any JSON-ish value, including the shapes a date part might wrongly take. */
const wildValue = fc.oneof(
	fc.anything({ maxDepth: 2 }),
	fc.integer({ min: -100000, max: 100000 }).map(String),
	fc.double(),
	fc.constantFrom(
		'',
		' ',
		'0',
		'-0',
		'1e3',
		'NaN',
		'<script>x</script>',
		'javascript:alert(1)',
		null
	)
);

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	if (typeof value !== 'object' || value === null) return [prefix];
	const entries = Array.isArray(value)
		? value.map((v, i) => [i, v] as const)
		: Object.entries(value);
	return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
	if (path.length === 0) return value;
	if (typeof root !== 'object' || root === null) return root;
	const copy = structuredClone(root) as Record<string | number, unknown>;
	let node = copy;
	for (const key of path.slice(0, -1)) {
		const next = node[key];
		// An earlier mutation removed or replaced this branch: nothing left to change.
		if (typeof next !== 'object' || next === null) return copy;
		node = next as Record<string | number, unknown>;
	}
	const last = path[path.length - 1]!;
	if (value === undefined) delete node[last];
	else node[last] = value;
	return copy;
}

describe.each(IMPORTERS)('%s, fuzzed', (_name, parse) => {
	it(
		'answers arbitrary text with input or placed problems, never throwing',
		{ timeout: 60_000 },
		() => {
			fc.assert(
				fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) =>
					checkAnswer(parse(text, FILE))
				),
				RUNS
			);
		}
	);
});

describe('mutated fixtures', () => {
	const tlJson = JSON.parse(fixture('timelinejs.json'));
	const tlPaths = paths(tlJson);

	it('TimelineJS JSON with fields replaced or removed', SLOW, () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						path: fc.constantFrom(...tlPaths),
						value: fc.option(wildValue, { nil: undefined })
					}),
					{ minLength: 1, maxLength: 4 }
				),
				(mutations) => {
					let doc: unknown = tlJson;
					for (const { path, value } of mutations) doc = setAt(doc, path, value);
					const text = JSON.stringify(doc) ?? '';
					return (
						checkAnswer(parseTimelineJs(text, FILE)) && checkAnswer(loadDatasetText(text, FILE))
					);
				}
			),
			RUNS
		);
	});

	it.each(['timelinejs.json', 'timelinejs-sheet.csv', 'older-sheet.csv', 'chronotext.csv'])(
		'%s with its text edited',
		SLOW,
		(name) => {
			const text = fixture(name);
			fc.assert(
				fc.property(fc.array(textEdit, { minLength: 1, maxLength: 4 }), (edits) =>
					checkAnswer(loadDatasetText(applyEdits(text, edits), FILE))
				),
				RUNS
			);
		}
	);

	it.each(['timelinejs-sheet.csv', 'older-sheet.csv', 'chronotext.csv'])(
		'%s with cells replaced, every problem in a row and column',
		SLOW,
		(name) => {
			const rows = csvParseRows(fixture(name));
			const cells = rows
				.flatMap((row, r) => row.map((_, c) => [r, c] as const))
				.filter(([r]) => r > 0);
			fc.assert(
				fc.property(
					fc.array(
						fc.record({
							cell: fc.constantFrom(...cells),
							value: fc.oneof(fc.string({ maxLength: 20 }), wildValue.map(cellText))
						}),
						{ minLength: 1, maxLength: 4 }
					),
					(mutations) => {
						const copy = rows.map((row) => [...row]);
						for (const { cell, value } of mutations) copy[cell[0]]![cell[1]] = value;
						const result = loadDatasetText(csvFormatRows(copy), FILE);
						if (result.ok) return true;
						return result.problems.every(
							(p) => isPlaced(p) && /^(row \d+|event "[^"]*")$/.test(p.record ?? '') && !!p.field
						);
					}
				),
				RUNS
			);
		}
	);
});

describe('plain text through TimelineJS HTML', () => {
	it('comes back as the same text, line by line', SLOW, () => {
		const line = fc.string({ maxLength: 30 }).map((s) => s.replace(/[\s\u00a0]+/g, ' ').trim());
		fc.assert(
			fc.property(fc.array(line, { maxLength: 4 }), (lines) => {
				const text = lines.filter(Boolean).join('\n');
				return htmlToPlainText(plainTextToHtml(text)) === text;
			}),
			RUNS
		);
	});

	it('never lets a tag through from arbitrary HTML', SLOW, () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
				const out = htmlToPlainText(`${a}<script>${b}</script><b onclick="x">${a}</b>`);
				return !out.includes('<script>') || `${a}${b}`.includes('script');
			}),
			RUNS
		);
	});
});

it('keeps problem lists readable: each problem is placed even for odd file names', () => {
	expect(checkAnswer(loadDatasetText('{', FILE))).toBe(true);
});
