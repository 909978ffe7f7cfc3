/**
 * A validated dataset prepared for the screens: every date parsed once (by the validator, or by
 * readDates.ts), events sorted in time order, passages and events indexed by id. Built once per
 * dataset, never per frame.
 *
 * An indexed event or period is its record itself, given its span and display date as
 * properties that are not enumerable: the page holds one object per event, not a record and a
 * copy of it, and a record still spreads, serialises and clones exactly as it was loaded.
 * Records with the same date share one span and one display date, and events with the same
 * actors, themes, or no mentions or links, share one frozen list of them (sharedLists.ts): a
 * large dataset repeats these far more often than it varies them.
 */
import { spanAt, type DateColumns, type DatasetDates } from './dateColumns';
import type { Span } from './edtf';
import { ListSharer } from './sharedLists';
import type { Dataset, EventRecord, LinkRel, Passage, Period } from './schema';

export interface TimelineEvent extends EventRecord {
	span: Span;
	/** "24 March 1999", "c. 2001": never more precise than the record. */
	displayDate: string;
}

export interface TimelinePeriod extends Period {
	span: Span;
	displayDate: string;
}

export interface IndexedPassage extends Passage {
	sectionId: string;
	heading: string;
	/** "Summary, paragraph 3". */
	label: string;
	/** Position in reading order (0-based). */
	order: number;
}

export interface IndexedDataset {
	dataset: Dataset;
	/** Sorted by start, then end, then title. */
	events: TimelineEvent[];
	byId: Map<string, TimelineEvent>;
	/** For each event, the events that link to it: `{ event: <from id>, rel }`. */
	linksTo: Map<string, { event: string; rel: LinkRel }[]>;
	periods: TimelinePeriod[];
	passages: Map<string, IndexedPassage>;
	/** The finite time covered by events and periods. */
	extent: { startMs: number; endMs: number };
	/** The actor and theme ids some event names. */
	used: { actors: Set<string>; themes: Set<string> };
}

/** A dataset's events indexed: the part of indexing that can begin before the rest is known. */
export type IndexedEvents = Pick<IndexedDataset, 'events' | 'byId' | 'linksTo' | 'used'>;

/** Compares spans by start, then end: the time order of the whole app. */
export function compareSpans(a: Span, b: Span): number {
	return a.startMs - b.startMs || a.endMs - b.endMs;
}

/** Events indexed between two pauses of a sliced indexing: a few milliseconds of work. */
const SLICE = 5000;

/** One descriptor, refilled for each property defined: a hidden, writable field. */
const hidden: PropertyDescriptor = {
	value: undefined,
	enumerable: false,
	writable: true,
	configurable: true
};

/** Gives `record` the field `key` without making it one of the fields it serialises. */
function setHidden(record: object, key: string, value: unknown): void {
	hidden.value = value;
	Object.defineProperty(record, key, hidden);
	hidden.value = undefined;
}

/**
 * `records` in the time order of their date columns, each given its span and display date (shared
 * by the records of one date); yields after every SLICE records.
 */
function* inTimeOrder<R, T extends R>(
	records: readonly R[],
	columns: DateColumns
): Generator<void, T[]> {
	const out = new Array<T>(records.length);
	const { order: indexes, displayDates, dateOf } = columns;
	const byDate = new Array<{ span: Span; displayDate: string }>(displayDates.length);
	for (let order = 0; order < indexes.length; order++) {
		const i = indexes[order]!;
		const record = records[i]!;
		const d = dateOf[i]!;
		const date = (byDate[d] ??= { span: spanAt(columns, i), displayDate: displayDates[d]! });
		setHidden(record, 'span', date.span);
		setHidden(record, 'displayDate', date.displayDate);
		out[order] = record as T;
		if ((order + 1) % SLICE === 0) yield;
	}
	return out;
}

/**
 * The part of the events' indexing that needs no dates, done record by record (`add`) in list
 * order: a loader does it as each slice of events arrives, while the file still downloads.
 */
export class EventIndex {
	readonly records: EventRecord[] = [];
	readonly byId = new Map<string, TimelineEvent>();
	readonly used = { actors: new Set<string>(), themes: new Set<string>() };
	#lists = new ListSharer();

	add(record: EventRecord): void {
		this.#lists.share(record);
		this.records.push(record);
		this.byId.set(record.id, record as TimelineEvent);
		for (const actor of record.actors) this.used.actors.add(actor);
		for (const theme of record.themes) this.used.themes.add(theme);
	}
}

/** `records` indexed (EventIndex), as a generator like `indexing`. */
function* indexOf(records: readonly EventRecord[]): Generator<void, EventIndex> {
	const index = new EventIndex();
	for (let i = 0; i < records.length; i++) {
		index.add(records[i]!);
		if ((i + 1) % SLICE === 0) yield;
	}
	return index;
}

/** The events' part of indexing (see IndexedEvents), as a generator like `indexing`. */
function* eventIndexing(index: EventIndex, columns: DateColumns): Generator<void, IndexedEvents> {
	const events = yield* inTimeOrder<EventRecord, TimelineEvent>(index.records, columns);
	// Links to an event are listed in the time order of the events that make them.
	const linksTo = new Map<string, { event: string; rel: LinkRel }[]>();
	for (const event of events)
		for (const link of event.links) {
			const list = linksTo.get(link.event) ?? [];
			list.push({ event: event.id, rel: link.rel });
			linksTo.set(link.event, list);
		}
	return { events, byId: index.byId, linksTo, used: index.used };
}

/**
 * The indexing, as a generator that yields where a sliced run may pause; `indexed`: the events'
 * part, when it was done before.
 */
function* indexing(
	dataset: Dataset,
	dates: DatasetDates,
	indexed?: IndexedEvents
): Generator<void, IndexedDataset> {
	const eventIndex =
		indexed ?? (yield* eventIndexing(yield* indexOf(dataset.events), dates.events));
	const periods = yield* inTimeOrder<Period, TimelinePeriod>(dataset.periods, dates.periods);
	const passages = new Map<string, IndexedPassage>();
	for (const section of dataset.source?.sections ?? [])
		section.passages.forEach((passage, i) =>
			passages.set(passage.id, {
				...passage,
				sectionId: section.id,
				heading: section.heading,
				label:
					section.passages.length > 1 ? `${section.heading}, paragraph ${i + 1}` : section.heading,
				order: passages.size
			})
		);
	let startMs = Infinity;
	let endMs = -Infinity;
	// Read from the columns: a large dataset's spans are many objects to visit, its columns not.
	for (const columns of [dates.events, dates.periods])
		columns.startMs.forEach((start, i) => {
			const end = columns.endMs[i]!;
			if (Number.isFinite(start)) startMs = Math.min(startMs, start);
			if (Number.isFinite(end)) endMs = Math.max(endMs, end);
			else if (Number.isFinite(start)) endMs = Math.max(endMs, start);
		});
	if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) {
		startMs = Date.UTC(2000, 0, 1);
		endMs = Date.UTC(2001, 0, 1);
	}
	return { dataset, ...eventIndex, periods, passages, extent: { startMs, endMs } };
}

/**
 * Indexes a validated dataset, giving its event and period records their derived fields (see
 * above). `dates` are its dates as the validator parsed them (a loader in a Web Worker hands them
 * over), or as `datesOf` (readDates.ts) parses them.
 */
export function indexDataset(dataset: Dataset, dates: DatasetDates): IndexedDataset {
	const run = indexing(dataset, dates);
	for (;;) {
		const step = run.next();
		if (step.done) return step.value;
	}
}

/** Runs `run` to its end, awaiting `pause` wherever it yields. */
async function inSlicesOf<T>(run: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
	for (;;) {
		const step = run.next();
		if (step.done) return step.value;
		await pause();
	}
}

/**
 * The events' part of indexing (see IndexedEvents), for indexDatasetInSlices to finish once the
 * rest of the dataset is known: a loader starts it as soon as it has the events (their `index`)
 * and their dates. Awaits `pause` every few thousand events.
 */
export function indexEventsInSlices(
	index: EventIndex,
	columns: DateColumns,
	pause: () => Promise<void>
): Promise<IndexedEvents> {
	return inSlicesOf(eventIndexing(index, columns), pause);
}

/**
 * Indexes like indexDataset, awaiting `pause` every few thousand events so that a large dataset
 * never holds the main thread for long. `indexed`: the events' part, begun before
 * (indexEventsInSlices on the same events and dates).
 */
export async function indexDatasetInSlices(
	dataset: Dataset,
	dates: DatasetDates,
	pause: () => Promise<void>,
	indexed?: Promise<IndexedEvents>
): Promise<IndexedDataset> {
	return inSlicesOf(indexing(dataset, dates, await indexed), pause);
}
