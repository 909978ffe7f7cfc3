/**
 * The one validator: the runtime schema, then the checks that need the whole dataset. Shared by
 * the CLI (`npm run validate`), the test suite and the app's loader.
 *
 * Each record is checked on its own, so one run reports every problem: the records that pass the
 * schema still get the dataset-wide checks (dates, quotes, references) while the broken ones are
 * reported. Known ids are read from every record that has a string id, so a record with a bad
 * field does not also make every reference to it look broken.
 */
import * as v from 'valibot';
import type { DatasetDates } from './dateColumns';
import { DateColumnsBuilder } from './dateColumnsBuilder';
import { recordChecks } from './fastSchema';
import type { Edtf } from './edtf';
import { parseEdtf } from './parseEdtf';
import { MAX_PROBLEMS, ProblemList } from './problemList';
import type { Problem } from './problems';
import { nearestMatch } from './nearestQuote';
import { foldTypography } from './quotes';
import {
	DatasetSchema,
	EventSchema,
	PeriodSchema,
	TourSchema,
	URL_MESSAGE,
	VocabularySchema,
	type Dataset,
	type EventRecord,
	type Period,
	type SourceText,
	type Tour
} from './schema';

/** Which file each top-level key came from; `default` names the rest (or the single file). */
export interface FileMap {
	default: string;
	[key: string]: string;
}

/** A valid dataset comes with its events' and periods' dates, parsed once, as columns. */
export type ValidationResult =
	{ ok: true; dataset: Dataset; dates: DatasetDates } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
	/** Problems listed before one closing "and N more" problem; Infinity lists them all. */
	maxProblems?: number;
	/**
	 * Called with the dataset's event records once every record has passed the schema, before
	 * the dataset-wide checks, so that a caller can start handing them on while those run. The
	 * records are those a valid result holds; the checks after may still find problems.
	 */
	onEvents?: (events: readonly EventRecord[]) => void;
	/**
	 * The input is the caller's to give away (freshly parsed, held nowhere else): event and period
	 * records that already have the schema's form are kept rather than copied (fastSchema.ts).
	 */
	ownsInput?: boolean;
	/**
	 * The ids of events checked apart, for the references to them, when the input holds none: the
	 * streaming loader checks each event as the file arrives (model/eventsDigest.ts).
	 */
	eventIds?: ReadonlySet<string>;
}

const RECORD_NOUN: ReadonlyMap<string, string> = new Map([
	['events', 'event'],
	['periods', 'period'],
	['tours', 'tour'],
	['actors', 'actor'],
	['themes', 'theme'],
	['sections', 'section'],
	['passages', 'passage'],
	['steps', 'step']
]);

/** The record lists, checked record by record. */
const LISTS = {
	actors: VocabularySchema.item,
	themes: VocabularySchema.item,
	events: EventSchema,
	periods: PeriodSchema,
	tours: TourSchema
} as const;
type ListKey = keyof typeof LISTS;
const LIST_KEYS = Object.keys(LISTS) as ListKey[];

/** The dataset with its record lists left unchecked; they are checked one record at a time. */
const ShellSchema = v.strictObject({
	...DatasetSchema.entries,
	events: v.array(v.unknown()),
	periods: v.optional(v.array(v.unknown()), []),
	tours: v.optional(v.array(v.unknown()), []),
	actors: v.array(v.unknown()),
	themes: v.array(v.unknown())
});

type PathItem = { key: unknown; value?: unknown };

function fileOf(files: FileMap, key: string | undefined): string {
	// Own properties only: a record key such as "__proto__" must not find Object.prototype.
	return key !== undefined && Object.hasOwn(files, key) && typeof files[key] === 'string'
		? files[key]!
		: files.default;
}

function shorten(text: string, max = 80): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "a, b, c" for a few ids, "a, b, c … (40 in all)" for many. */
function someOf(ids: Iterable<string>, max = 8): string {
	const all = [...ids];
	const shown = all.slice(0, max).join(', ');
	return all.length > max ? `${shown} … (${all.length} in all)` : shown;
}

/** Names the record a schema issue is in (`event "kosovo"`) and the field path below it. */
function locate(path: readonly PathItem[]): { record?: string; field?: string } {
	const records: string[] = [];
	let fieldStart = 0;
	for (let i = 0; i < path.length; i++) {
		const { key, value } = path[i]!;
		const parent = i > 0 ? path[i - 1]!.key : undefined;
		const noun = typeof parent === 'string' ? RECORD_NOUN.get(parent) : undefined;
		if (typeof key === 'number' && noun) {
			const rid =
				value !== null && typeof value === 'object' && Object.hasOwn(value, 'id')
					? (value as { id?: unknown }).id
					: undefined;
			const label =
				typeof rid === 'string' && rid
					? `${noun} ${JSON.stringify(shorten(rid))}`
					: `${noun} #${key + 1}`;
			records.push(label);
			fieldStart = i + 1;
		}
	}
	const field = path
		.slice(fieldStart)
		.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${fieldName(String(p.key))}`))
		.join('')
		.replace(/^\./, '');
	return { record: records.join(' › ') || undefined, field: field || undefined };
}

/** A field's name as a problem shows it: quoted when it is blank or has spaces or symbols. */
function fieldName(key: string): string {
	return /^[\p{L}\p{N}_$-]+$/u.test(key) ? shorten(key) : JSON.stringify(shorten(key));
}

/** Turns one valibot issue into a problem; `prefix` is the path of the record it was found in. */
function schemaProblem(issue: v.BaseIssue<unknown>, prefix: PathItem[], files: FileMap): Problem {
	const path = [...prefix, ...(issue.path ?? []).map((p) => ({ key: p.key, value: p.value }))];
	const { record, field } = locate(path);
	const top = typeof path[0]?.key === 'string' ? path[0].key : undefined;
	const last = JSON.stringify(shorten(String(path[path.length - 1]?.key)));
	let message = issue.message;
	let fix: string | undefined;
	if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input === undefined) {
		message = `required field is missing`;
		fix = `add ${last}.`;
	} else if (issue.type === 'strict_object') {
		message = `unknown field ${last}`;
		fix = 'remove it or check its spelling against the dataset format in the README.';
	} else if (issue.type === 'picklist') {
		message = `${shorten(JSON.stringify(issue.input))} is not allowed`;
		fix = `use one of ${issue.expected
			?.replace(/^\(|\)$/g, '')
			.split(' | ')
			.join(', ')}.`;
	} else if (issue.type === 'regex' && /kebab/.test(issue.message)) {
		message = `${shorten(JSON.stringify(issue.input))} ${issue.message}`;
		fix = 'write ids like "nato-russia-council".';
	} else if (issue.message === URL_MESSAGE) {
		message = `${shorten(JSON.stringify(issue.input))} is not a web address; only http: and https: addresses can be links`;
		fix = 'write the full address of a public web page, starting with https:// or http://.';
	} else if (issue.message.startsWith('Invalid type')) {
		message = `expected ${issue.expected} but found ${issue.received}`;
	}
	return { file: fileOf(files, top), record, field: field ?? top, message, fix };
}

/** A record that passed the schema, with its index in its list. */
interface Checked<T> {
	index: number;
	record: T;
}

/** What passed the schema: the shell, the source and every record that is valid on its own. */
interface Parts {
	shell?: v.InferOutput<typeof ShellSchema>;
	/** Absent when the dataset has no source text, or when it is broken (see sourceBroken). */
	source?: SourceText;
	sourceBroken?: boolean;
	events: Checked<EventRecord>[];
	periods: Checked<Period>[];
	tours: Checked<Tour>[];
	actors: Checked<{ id: string; label: string }>[];
	themes: Checked<{ id: string; label: string }>[];
	/** Every string id in each raw list, with its index, whether or not the record is valid. */
	ids: Record<ListKey, { id: string; index: number; title?: string }[]>;
}

function rawList(input: unknown, key: ListKey): unknown[] {
	if (input === null || typeof input !== 'object' || !Object.hasOwn(input, key)) return [];
	const list = (input as Record<string, unknown>)[key];
	return Array.isArray(list) ? list : [];
}

function idsOf(list: unknown[]): { id: string; index: number; title?: string }[] {
	const out: { id: string; index: number; title?: string }[] = [];
	list.forEach((item, index) => {
		if (item === null || typeof item !== 'object' || !Object.hasOwn(item, 'id')) return;
		const { id, title } = item as { id?: unknown; title?: unknown };
		if (typeof id === 'string')
			out.push({ id, index, title: typeof title === 'string' ? title : undefined });
	});
	return out;
}

function emptyParts(): Parts {
	return {
		events: [],
		periods: [],
		tours: [],
		actors: [],
		themes: [],
		ids: { actors: [], themes: [], events: [], periods: [], tours: [] }
	};
}

/**
 * Checks the input against the schema record by record, adding a problem for each issue; gives
 * the shell, the source and the records that pass.
 */
export function schemaParts(input: unknown, files: FileMap, problems: ProblemList): Parts {
	const parts = emptyParts();
	const shell = v.safeParse(ShellSchema, input);
	if (shell.success) {
		parts.shell = shell.output;
		parts.source = shell.output.source;
	} else {
		let sourceBroken = false;
		for (const issue of shell.issues) {
			if (issue.path?.[0]?.key === 'source') sourceBroken = true;
			problems.add(() => schemaProblem(issue, [], files));
		}
		parts.sourceBroken = sourceBroken;
		if (!sourceBroken && input !== null && typeof input === 'object') {
			const source = v.safeParse(
				DatasetSchema.entries.source,
				(input as { source?: unknown }).source
			);
			if (source.success) parts.source = source.output;
		}
	}
	for (const key of LIST_KEYS) {
		const list = rawList(input, key);
		parts.ids[key] = idsOf(list);
		const schema: v.GenericSchema = LISTS[key];
		list.forEach((item, index) => {
			const result = v.safeParse(schema, item);
			if (result.success) {
				(parts[key] as Checked<unknown>[]).push({ index, record: result.output });
				return;
			}
			const prefix: PathItem[] = [
				{ key, value: list },
				{ key: index, value: item }
			];
			for (const issue of result.issues) problems.add(() => schemaProblem(issue, prefix, files));
		});
	}
	return parts;
}

/**
 * What schemaParts gives for input in which every record passes the schema, found quickly (see
 * fastSchema.ts); `undefined` as soon as anything does not pass, and schemaParts then says what.
 */
export function quickParts(input: unknown, ownsInput = false): Parts | undefined {
	const shell = v.safeParse(ShellSchema, input);
	if (!shell.success) return undefined;
	const checks = recordChecks(ownsInput);
	const quick: Partial<Record<ListKey, (value: unknown) => unknown>> = {
		events: checks.event,
		periods: checks.period
	};
	const parts = emptyParts();
	parts.shell = shell.output;
	parts.source = shell.output.source;
	for (const key of LIST_KEYS) {
		const list = rawList(input, key);
		parts.ids[key] = idsOf(list);
		const check =
			quick[key] ??
			((item: unknown) => {
				const result = v.safeParse(LISTS[key] as v.GenericSchema, item);
				return result.success ? result.output : undefined;
			});
		const checked = parts[key] as Checked<unknown>[];
		for (let index = 0; index < list.length; index++) {
			const record = check(list[index]);
			if (record === undefined) return undefined;
			checked.push({ index, record });
		}
	}
	return parts;
}

/** Ids used twice in one list; `label(i)` names entry i (`event #3`), only for a problem. */
function duplicateProblems(
	ids: readonly { id: string; title?: string }[],
	label: (i: number) => string,
	noun: string,
	file: string,
	problems: ProblemList
): void {
	const first = new Map<string, number>();
	ids.forEach(({ id, title }, i) => {
		const earlier = first.get(id);
		if (earlier === undefined) {
			first.set(id, i);
			return;
		}
		problems.add({
			file,
			record: `${noun} "${shorten(id)}"`,
			field: 'id',
			message: `${label(i)} has the same id as ${label(earlier)}; the id "${shorten(id)}" is used by more than one ${noun}`,
			fix: `rename ${label(i)}${title ? ` ("${shorten(title)}")` : ''} so each ${noun} has its own id.`
		});
	});
}

function allDuplicateProblems(parts: Parts, files: FileMap, problems: ProblemList): void {
	for (const key of LIST_KEYS) {
		const noun = RECORD_NOUN.get(key)!;
		const ids = parts.ids[key];
		duplicateProblems(
			ids,
			(i) => `${noun} #${ids[i]!.index + 1}`,
			noun,
			fileOf(files, key),
			problems
		);
	}
	if (!parts.source) return;
	const file = fileOf(files, 'source');
	const sections = parts.source.sections;
	duplicateProblems(
		sections.map((s) => ({ id: s.id, title: s.heading })),
		(i) => `section #${i + 1}`,
		'section',
		file,
		problems
	);
	const passages = sections.flatMap((s, i) =>
		s.passages.map((p, j) => ({ id: p.id, label: `passage #${j + 1} of section #${i + 1}` }))
	);
	duplicateProblems(passages, (i) => passages[i]!.label, 'passage', file, problems);
}

/**
 * Repeated entries inside one record: they say nothing new and break keyed lists. `key` tells
 * entries apart; `text` and `at` (the file and record) are worked out only for a problem.
 */
function repeatProblems<T>(
	items: readonly T[],
	key: (item: T) => string,
	text: (item: T) => string,
	field: string,
	at: () => { file: string; record: string },
	problems: ProblemList
): void {
	if (items.length < 2) return;
	const first = new Map<string, number>();
	items.forEach((item, i) => {
		const earlier = first.get(key(item));
		if (earlier === undefined) first.set(key(item), i);
		else
			problems.add({
				...at(),
				field: `${field}[${i}]`,
				message: `repeats ${field}[${earlier}] (${text(item)})`,
				fix: `remove ${field}[${i}]; each entry is listed once.`
			});
	});
}

/**
 * Whether two of `items` share a key; without a Map or a list of keys for the few entries a record
 * usually holds, as it runs for every record of a large dataset.
 */
function hasRepeat<T>(items: readonly T[], key: (item: T) => string): boolean {
	if (items.length < 2) return false;
	if (items.length > 16) return new Set(items.map(key)).size < items.length;
	for (let i = 1; i < items.length; i++) {
		const k = key(items[i]!);
		for (let j = 0; j < i; j++) if (key(items[j]!) === k) return true;
	}
	return false;
}

const itself = (key: string) => key;
const quoted = (key: string) => `"${shorten(key)}"`;
const url = ({ url }: { url: string }) => url;
const address = ({ url }: { url: string }) => `the same address "${shorten(url)}"`;
const linkKey = (l: EventRecord['links'][number]) => `${l.rel} ${l.event}`;

/** Whether one of an event's lists repeats an entry (see recordRepeatProblems). */
function hasRepeats(event: EventRecord): boolean {
	return (
		hasRepeat(event.actors, itself) ||
		hasRepeat(event.themes, itself) ||
		hasRepeat(event.sources, url) ||
		hasRepeat(event.links, linkKey)
	);
}

/** Whether a mentioned or implied event has no mention (see mentionProblems). */
function lacksMention(event: EventRecord): boolean {
	return event.mentions.length === 0 && (event.basis === 'mentioned' || event.basis === 'implied');
}

/**
 * Whether an event that passed the schema breaks a rule that needs no other record: an entry
 * repeated, no mention for a mentioned or implied event, a link to itself. The checks below
 * report each.
 */
export function breaksOwnRules(event: EventRecord): boolean {
	return (
		hasRepeats(event) || lacksMention(event) || event.links.some((link) => link.event === event.id)
	);
}

function recordRepeatProblems(parts: Parts, files: FileMap, problems: ProblemList): void {
	const eventsFile = fileOf(files, 'events');
	for (const { record: event } of parts.events) {
		if (!hasRepeats(event)) continue;
		const at = () => ({ file: eventsFile, record: `event "${event.id}"` });
		repeatProblems(event.actors, itself, quoted, 'actors', at, problems);
		repeatProblems(event.themes, itself, quoted, 'themes', at, problems);
		repeatProblems(event.sources, url, address, 'sources', at, problems);
		repeatProblems(
			event.links,
			linkKey,
			(l) => `the same link, ${l.rel} "${shorten(l.event)}"`,
			'links',
			at,
			problems
		);
	}
	const periodsFile = fileOf(files, 'periods');
	for (const { record: period } of parts.periods)
		if (hasRepeat(period.sources, url))
			repeatProblems(
				period.sources,
				url,
				address,
				'sources',
				() => ({ file: periodsFile, record: `period "${period.id}"` }),
				problems
			);
}

/** The parsed date, or the problem with it. */
function checkDate(when: string, file: string, record: string): Edtf | Problem {
	const parsed = parseEdtf(when);
	if (parsed.ok) return parsed.value;
	return {
		file,
		record,
		field: 'when',
		message: parsed.error.replace(/\. Use .*$/, ''),
		fix: 'write an EDTF date: 2002-05-28, 2004-03, 2006, 1999-03-24/1999-06-10, 2001-10~ or 2005?.'
	};
}

/** Reports every invalid date; returns the columns of the events' and periods' dates. */
function dateProblems(
	parts: Parts,
	files: FileMap,
	problems: ProblemList
): { events: DateColumnsBuilder; periods: DateColumnsBuilder } {
	if (parts.source) {
		const published = checkDate(parts.source.published, fileOf(files, 'source'), 'source');
		if (!('kind' in published)) problems.add({ ...published, field: 'published' });
	}
	const check = (
		list: Checked<{ id: string; when: string; title: string }>[],
		key: string,
		noun: string
	) => {
		const dates = new DateColumnsBuilder();
		for (const { record } of list) {
			if (dates.repeat(record.when, record.title)) continue;
			const date = checkDate(record.when, fileOf(files, key), `${noun} "${record.id}"`);
			if ('kind' in date) dates.add(record.when, date, record.title);
			else problems.add(date);
		}
		return dates;
	};
	return {
		events: check(parts.events, 'events', 'event'),
		periods: check(parts.periods, 'periods', 'period')
	};
}

function quoteFix(passages: Map<string, string>, text: string, quote: string): string {
	for (const [id, t] of passages)
		if (t.includes(quote)) return `the quote is in passage "${id}": set "passage" to "${id}".`;
	const near = nearestMatch(text, quote);
	if (near && foldTypography(near) === foldTypography(quote))
		return `the text differs only in quotes, dashes, case or spacing; copy it exactly: "${near}".`;
	if (near)
		return `the nearest words in the passage are "${near}"; copy the quote exactly from the text.`;
	return 'copy the quote character for character from the passage.';
}

function mentionProblems(parts: Parts, files: FileMap, problems: ProblemList): void {
	// A broken source text cannot check quotes; its own problems are reported.
	if (parts.sourceBroken) return;
	const passages = new Map<string, string>();
	for (const section of parts.source?.sections ?? [])
		for (const passage of section.passages) passages.set(passage.id, passage.text);
	const file = fileOf(files, 'events');
	for (const { record: event } of parts.events) {
		const record = `event "${event.id}"`;
		if (lacksMention(event))
			problems.add({
				file,
				record,
				field: 'mentions',
				message: `a ${event.basis} event needs at least one mention`,
				fix: 'add { "passage": "<passage id>", "quote": "<exact words>" } for the words that mention or imply it.'
			});
		event.mentions.forEach((mention, i) => {
			const field = `mentions[${i}]`;
			const text = passages.get(mention.passage);
			if (text === undefined) {
				problems.add(() => ({
					file,
					record,
					field: `${field}.passage`,
					message: `there is no passage "${shorten(mention.passage)}"`,
					fix:
						passages.size > 0
							? `use one of ${someOf(passages.keys())}.`
							: 'this dataset has no source text: add "source" with the passage, or remove the mention.'
				}));
				return;
			}
			if (text.includes(mention.quote)) return;
			problems.add(() => ({
				file,
				record,
				field: `${field}.quote`,
				message: `the quote "${mention.quote}" is not found verbatim in passage "${mention.passage}"`,
				fix: quoteFix(passages, text, mention.quote)
			}));
		});
	}
}

function referenceProblems(
	parts: Parts,
	files: FileMap,
	problems: ProblemList,
	eventIds: ReadonlySet<string> = new Set(parts.ids.events.map((e) => e.id))
): void {
	const vocabularies = [
		['actors', 'actor', new Set(parts.ids.actors.map((a) => a.id))],
		['themes', 'theme', new Set(parts.ids.themes.map((t) => t.id))]
	] as const;
	const eventsFile = fileOf(files, 'events');
	for (const { record: event } of parts.events) {
		const record = `event "${event.id}"`;
		for (const [field, noun, known] of vocabularies)
			event[field].forEach((id, i) => {
				if (!known.has(id))
					problems.add(() => ({
						file: eventsFile,
						record,
						field: `${field}[${i}]`,
						message: `there is no ${noun} "${shorten(id)}"`,
						fix: `add it to "${field}" in ${fileOf(files, field)}${known.size ? ` or use one of ${someOf(known)}` : ''}.`
					}));
			});
		event.links.forEach((link, i) => {
			if (link.event === event.id)
				problems.add({
					file: eventsFile,
					record,
					field: `links[${i}].event`,
					message: 'an event cannot link to itself',
					fix: 'link to another event or remove the link.'
				});
			else if (!eventIds.has(link.event))
				problems.add({
					file: eventsFile,
					record,
					field: `links[${i}].event`,
					message: `there is no event "${shorten(link.event)}"`,
					fix: 'use the id of an event in this dataset, or remove the link.'
				});
		});
	}
	const toursFile = fileOf(files, 'tours');
	for (const { record: tour } of parts.tours)
		tour.steps.forEach((step, i) => {
			if (!eventIds.has(step.event))
				problems.add({
					file: toursFile,
					record: `tour "${tour.id}"`,
					field: `steps[${i}].event`,
					message: `there is no event "${shorten(step.event)}"`,
					fix: 'use the id of an event in this dataset.'
				});
		});
}

/**
 * Validates parsed input; on success returns the dataset with defaults filled in. On failure it
 * lists every problem it can find in one run, up to `maxProblems` (50 unless told) followed by
 * one problem that says how many more there are.
 */
export function validateDataset(
	input: unknown,
	files: FileMap,
	options: ValidateOptions = {}
): ValidationResult {
	const problems = new ProblemList(options.maxProblems ?? MAX_PROBLEMS);
	const parts = quickParts(input, options.ownsInput) ?? schemaParts(input, files, problems);
	const records = <T>(list: Checked<T>[]) => list.map((c) => c.record);
	const events = records(parts.events);
	if (problems.size === 0 && parts.shell) options.onEvents?.(events);
	allDuplicateProblems(parts, files, problems);
	recordRepeatProblems(parts, files, problems);
	const dates = dateProblems(parts, files, problems);
	mentionProblems(parts, files, problems);
	referenceProblems(parts, files, problems, options.eventIds);
	if (problems.size > 0 || !parts.shell)
		return { ok: false, problems: problems.toArray(files.default) };
	return {
		ok: true,
		dates: {
			events: dates.events.columns(),
			periods: dates.periods.columns()
		},
		dataset: {
			...parts.shell,
			events,
			periods: records(parts.periods),
			tours: records(parts.tours),
			actors: records(parts.actors),
			themes: records(parts.themes)
		}
	};
}
