/**
 * Highlighting mentions in a passage: the text split at every quote boundary, each piece
 * knowing the events whose quotes cover it. Overlapping and repeated quotes both work.
 */
import type { IndexedDataset, TimelineEvent } from './dataset';
import { BASIS_LABEL } from './labels';
import { findQuoteRanges } from './quotes';

/** A highlight's accessible name lists its events by name up to this many; past it, the first few. */
const NAMED_IN_FULL = 5;
const NAMED_FIRST = 3;

export interface Segment {
	start: number;
	end: number;
	text: string;
	/** Ids of the events whose quotes cover this piece, in the order given; empty for plain text. */
	eventIds: string[];
}

/** Every passage of a dataset split into segments by all events' mentions. */
export function passageSegments(data: IndexedDataset): Map<string, Segment[]> {
	const mentions = new Map<string, { eventId: string; quote: string }[]>();
	for (const event of data.events)
		for (const m of event.mentions) {
			const list = mentions.get(m.passage) ?? [];
			list.push({ eventId: event.id, quote: m.quote });
			mentions.set(m.passage, list);
		}
	const out = new Map<string, Segment[]>();
	for (const [id, passage] of data.passages)
		out.set(id, buildSegments(passage.text, mentions.get(id) ?? []));
	return out;
}

/** Splits `text` into plain and highlighted segments for `mentions` of this passage. */
export function buildSegments(
	text: string,
	mentions: readonly { eventId: string; quote: string }[]
): Segment[] {
	const ranges = mentions.flatMap((m, order) =>
		findQuoteRanges(text, m.quote).map((r) => ({ ...r, order, eventId: m.eventId }))
	);
	const cuts = new Set([0, text.length]);
	for (const r of ranges) cuts.add(r.start).add(r.end);
	const points = [...cuts].sort((a, b) => a - b);
	// One sweep over the cuts: the ranges that start at a cut join, those that end there leave.
	type Range = (typeof ranges)[number];
	const starting = new Map<number, Range[]>();
	const ending = new Map<number, Range[]>();
	const add = (map: Map<number, Range[]>, at: number, r: Range) => {
		const list = map.get(at);
		if (list) list.push(r);
		else map.set(at, [r]);
	};
	for (const r of ranges) {
		add(starting, r.start, r);
		add(ending, r.end, r);
	}
	const active = new Set<Range>();
	const segments: Segment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i]!;
		const end = points[i + 1]!;
		for (const r of ending.get(start) ?? []) active.delete(r);
		for (const r of starting.get(start) ?? []) active.add(r);
		const eventIds = [
			...new Set([...active].sort((a, b) => a.order - b.order).map((r) => r.eventId))
		];
		const last = segments[segments.length - 1];
		// Neighbouring pieces covered by the same events are one highlight.
		if (last && sameIds(last.eventIds, eventIds)) {
			last.end = end;
			last.text = text.slice(last.start, end);
		} else segments.push({ start, end, text: text.slice(start, end), eventIds });
	}
	return segments;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((id, i) => id === b[i]);
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
	const more = rest > 0 ? ` and ${rest.toLocaleString('en-GB')} more` : '';
	const count = events.length === 1 ? 'event' : `${events.length.toLocaleString('en-GB')} events`;
	return `“${segment.text.trim()}”: ${count}: ${names.join('; ')}${more}${hidden ? '; hidden by the filters' : ''}`;
}
