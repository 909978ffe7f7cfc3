/**
 * Highlighting mentions in a passage: the text split at every quote boundary, each piece
 * knowing the events whose quotes cover it. Overlapping and repeated quotes both work.
 */
import type { IndexedDataset, TimelineEvent } from './dataset';
import { formatCount } from './formatCount';
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
	const ranges = mentions.flatMap((m) =>
		findQuoteRanges(text, m.quote).map((r) => ({ ...r, eventId: m.eventId }))
	);
	const cuts = new Set([0, text.length]);
	for (const r of ranges) cuts.add(r.start).add(r.end);
	const points = [...cuts].sort((a, b) => a - b);
	// One sweep over the cuts: the ranges that start at a cut join, those that end there leave.
	// A range is known by its place in `ranges`, which is the mentions' order: a numeric sort of
	// the places (thousands for a quote many events share) puts the events in that order.
	const starting = new Map<number, number[]>();
	const ending = new Map<number, number[]>();
	const add = (map: Map<number, number[]>, at: number, k: number) => {
		const list = map.get(at);
		if (list) list.push(k);
		else map.set(at, [k]);
	};
	ranges.forEach((r, k) => {
		add(starting, r.start, k);
		add(ending, r.end, k);
	});
	const active = new Set<number>();
	const segments: Segment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i]!;
		const end = points[i + 1]!;
		for (const k of ending.get(start) ?? []) active.delete(k);
		for (const k of starting.get(start) ?? []) active.add(k);
		const covering = new Set<string>();
		for (const k of Int32Array.from(active).sort()) covering.add(ranges[k]!.eventId);
		const eventIds = [...covering];
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
	const more = rest > 0 ? ` and ${formatCount(rest)} more` : '';
	const count = events.length === 1 ? 'event' : `${formatCount(events.length)} events`;
	return `“${segment.text.trim()}”: ${count}: ${names.join('; ')}${more}${hidden ? '; hidden by the filters' : ''}`;
}
