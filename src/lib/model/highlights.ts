/**
 * Highlighting mentions in a passage: the text split at every quote boundary, each piece
 * knowing the events whose quotes cover it. Overlapping and repeated quotes both work.
 */
import type { IndexedDataset, TimelineEvent } from './dataset';
import { formatCount } from './formatCount';
import { BASIS_LABEL } from './labels';

/** A highlight's accessible name lists its events by name up to this many; past it, the first few. */
const NAMED_IN_FULL = 5;
const NAMED_FIRST = 3;

/** A piece of a passage; `E` is what a mention names its event by. */
export interface Segment<E = TimelineEvent> {
	start: number;
	end: number;
	text: string;
	/** The events whose quotes cover this piece, in the mentions' order; empty for plain text. */
	events: E[];
}

/** A quote of a passage, and the event it is a mention of. */
export interface PassageMention<E> {
	event: E;
	quote: string;
}

/** Character range [start, end) of a quote in a passage. */
export interface TextRange {
	start: number;
	end: number;
}

/** Every occurrence of `quote` in `text`, in order; empty when the quote is not verbatim. */
export function findQuoteRanges(text: string, quote: string): TextRange[] {
	const ranges: TextRange[] = [];
	if (!quote) return ranges;
	for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
		ranges.push({ start: at, end: at + quote.length });
	return ranges;
}

/**
 * Each passage of a dataset split into segments by all events' mentions, split when first asked
 * for: a panel that mounts its passages one by one pays for each as it mounts.
 */
export function passageSegments(data: IndexedDataset): (passageId: string) => Segment[] {
	const mentions = new Map<string, PassageMention<TimelineEvent>[]>();
	for (const event of data.events)
		for (const m of event.mentions) {
			const list = mentions.get(m.passage);
			if (list) list.push({ event, quote: m.quote });
			else mentions.set(m.passage, [{ event, quote: m.quote }]);
		}
	const split = new Map<string, Segment[]>();
	return (passageId) => {
		let segments = split.get(passageId);
		if (!segments) {
			const text = data.passages.get(passageId)?.text;
			segments = text === undefined ? [] : buildSegments(text, mentions.get(passageId) ?? []);
			split.set(passageId, segments);
		}
		return segments;
	};
}

/**
 * Splits `text` into plain and highlighted segments for `mentions` of this passage. Mentions that
 * quote the same words (thousands may, in a large dataset) are searched for once and sweep as one
 * group; a piece's events are those of the groups covering it, in the mentions' order.
 */
export function buildSegments<E>(
	text: string,
	mentions: readonly PassageMention<E>[]
): Segment<E>[] {
	// Each group: the places in `mentions` of those quoting its words, ascending.
	const groups = new Map<string, number[]>();
	// Each mention's event, numbered: an event may quote a passage more than once.
	const eventNumbers = new Map<E, number>();
	const eventOf = new Int32Array(mentions.length);
	mentions.forEach((m, k) => {
		const group = groups.get(m.quote);
		if (group) group.push(k);
		else groups.set(m.quote, [k]);
		let e = eventNumbers.get(m.event);
		if (e === undefined) eventNumbers.set(m.event, (e = eventNumbers.size));
		eventOf[k] = e;
	});
	const places = [...groups.values()].map((group) => Int32Array.from(group));
	const starting = new Map<number, number[]>();
	const ending = new Map<number, number[]>();
	const add = (map: Map<number, number[]>, at: number, g: number) => {
		const list = map.get(at);
		if (list) list.push(g);
		else map.set(at, [g]);
	};
	const cuts = new Set([0, text.length]);
	[...groups.keys()].forEach((quote, g) => {
		for (const r of findQuoteRanges(text, quote)) {
			cuts.add(r.start).add(r.end);
			add(starting, r.start, g);
			add(ending, r.end, g);
		}
	});
	const points = [...cuts].sort((a, b) => a - b);

	// The piece an event was last listed for: each is listed once per piece.
	const listedFor = new Int32Array(eventNumbers.size).fill(-1);
	/** The distinct events of the `active` groups' mentions, in the mentions' order. */
	const coveringEvents = (active: number[], piece: number): E[] => {
		let ordered = places[active[0]!]!;
		if (active.length > 1) {
			ordered = new Int32Array(active.reduce((n, g) => n + places[g]!.length, 0));
			let at = 0;
			for (const g of active) {
				ordered.set(places[g]!, at);
				at += places[g]!.length;
			}
			ordered.sort();
		}
		const events: E[] = [];
		for (let i = 0; i < ordered.length; i++) {
			const k = ordered[i]!;
			if (listedFor[eventOf[k]!] === piece) continue;
			listedFor[eventOf[k]!] = piece;
			events.push(mentions[k]!.event);
		}
		return events;
	};

	// One sweep over the cuts: the groups that start at a cut join, those that end there leave. A
	// group's occurrences may overlap one another, so each active group keeps a count.
	const active = new Map<number, number>();
	const segments: Segment<E>[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i]!;
		const end = points[i + 1]!;
		for (const g of ending.get(start) ?? []) {
			const count = active.get(g)! - 1;
			if (count) active.set(g, count);
			else active.delete(g);
		}
		for (const g of starting.get(start) ?? []) active.set(g, (active.get(g) ?? 0) + 1);
		const events = active.size > 0 ? coveringEvents([...active.keys()], i) : [];
		const last = segments[segments.length - 1];
		// Neighbouring pieces covered by the same events are one highlight.
		if (last && sameEvents(last.events, events)) {
			last.end = end;
			last.text = text.slice(last.start, end);
		} else segments.push({ start, end, text: text.slice(start, end), events });
	}
	return segments;
}

function sameEvents<E>(a: readonly E[], b: readonly E[]): boolean {
	return a.length === b.length && a.every((event, i) => event === b[i]);
}

/**
 * The accessible name of a highlight: its words, how many events it links to and which. A quote
 * shared by more than five events names the first three and counts the rest ("and 6,697 more"),
 * so that a screen reader does not read out a list, and the page does not build one, thousands
 * of titles long; the full list is one Enter away in the chooser. The selected event, when the
 * quote is one of its own, is named first.
 */
export function describeHighlight(
	segment: Pick<Segment, 'text'>,
	events: readonly Pick<TimelineEvent, 'id' | 'title' | 'displayDate' | 'basis'>[],
	hidden: boolean,
	selectedId?: string
): string {
	const selected = selectedId === undefined ? -1 : events.findIndex((e) => e.id === selectedId);
	const ordered =
		selected > 0 ? [events[selected]!, ...events.filter((_, i) => i !== selected)] : events;
	const named = ordered.length > NAMED_IN_FULL ? ordered.slice(0, NAMED_FIRST) : ordered;
	const names = named.map(
		(e) => `${e.title} (${e.displayDate}, ${BASIS_LABEL[e.basis].toLowerCase()})`
	);
	const rest = events.length - named.length;
	const more = rest > 0 ? ` and ${formatCount(rest)} more` : '';
	const count = events.length === 1 ? 'event' : `${formatCount(events.length)} events`;
	return `“${segment.text.trim()}”: ${count}: ${names.join('; ')}${more}${hidden ? '; hidden by the filters' : ''}`;
}
