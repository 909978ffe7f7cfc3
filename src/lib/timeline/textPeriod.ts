/** The text's own period: the window a reader of the text starts from, and its publication. */
import type { TimelineEvent } from '../model/dataset';
import { readEdtf, toSpan } from '../model/edtf';
import { clampWindow, type TimeWindow } from './viewport';

/** When the source text was published, as a span (its whole month or year); undefined if unknown. */
export function publicationSpan(published: string | undefined): TimeWindow | undefined {
	if (!published) return undefined;
	const parsed = readEdtf(published);
	if (!parsed.ok) return undefined;
	const span = toSpan(parsed.value);
	return Number.isFinite(span.startMs) && Number.isFinite(span.endMs) ? span : undefined;
}

/**
 * The window from the earliest event the text mentions or implies to the end of its publication
 * date, with a margin of 5% each side, inside `full`. `full` when the text names no event or has
 * no publication date. `events` are in time order: the earliest is the first with a known start.
 */
export function textPeriodWindow(
	events: readonly TimelineEvent[],
	published: TimeWindow | undefined,
	full: TimeWindow
): TimeWindow {
	if (!published) return full;
	const startMs =
		events.find(
			(e) => (e.basis === 'mentioned' || e.basis === 'implied') && Number.isFinite(e.span.startMs)
		)?.span.startMs ?? Infinity;
	if (!(startMs < published.endMs)) return full;
	const margin = (published.endMs - startMs) * 0.05;
	return clampWindow({ startMs: startMs - margin, endMs: published.endMs + margin }, full);
}
