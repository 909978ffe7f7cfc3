/**
 * The events in the order the text mentions them, set against their order in time: where the
 * text jumps back or forward. One entry per mention; an event mentioned twice appears twice.
 */
import type { IndexedDataset, TimelineEvent } from './dataset';

export interface ReadingEntry {
	event: TimelineEvent;
	passageId: string;
	quote: string;
	/** Position in reading order (0-based). */
	readingIndex: number;
	/** Position of the event in time order among the entries (0-based; ties share). */
	timeIndex: number;
	/** Compared with the entry before in reading order: earlier, later or the same time. */
	jump: 'back' | 'forward' | 'same' | 'start';
}

/**
 * Entries in reading order: passage order, then where the quote starts in the passage, then the
 * time order of `events` (which are in time order, as IndexedDataset's are).
 */
export function readingOrder(
	data: IndexedDataset,
	events: readonly TimelineEvent[]
): ReadingEntry[] {
	const placed = events.flatMap((event) =>
		event.mentions.map((m) => {
			const passage = data.passages.get(m.passage);
			return {
				event,
				passageId: m.passage,
				quote: m.quote,
				passageOrder: passage?.order ?? Infinity,
				offset: passage ? passage.text.indexOf(m.quote) : 0
			};
		})
	);
	// A stable sort: mentions at one place stay in the time order of `events`.
	placed.sort((a, b) => a.passageOrder - b.passageOrder || a.offset - b.offset);
	const times = [...new Set(placed.map((p) => p.event.span.startMs))].sort((a, b) => a - b);
	const timeIndex = new Map(times.map((t, i) => [t, i]));
	return placed.map((p, i) => {
		const prev = placed[i - 1];
		const t = p.event.span.startMs;
		const jump: ReadingEntry['jump'] = !prev
			? 'start'
			: t < prev.event.span.startMs
				? 'back'
				: t > prev.event.span.startMs
					? 'forward'
					: 'same';
		return {
			event: p.event,
			passageId: p.passageId,
			quote: p.quote,
			readingIndex: i,
			timeIndex: timeIndex.get(t)!,
			jump
		};
	});
}
