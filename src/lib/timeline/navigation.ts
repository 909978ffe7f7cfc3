/** Keyboard moves in the timeline: which event comes next in time order. */
import type { TimelineEvent } from '../model/dataset';

export type Step = 'next' | 'previous' | 'first' | 'last';

/**
 * The event a step leads to from `currentId` among time-ordered `events`; from nothing, next
 * and previous start at the event nearest the window's centre `anchorMs`.
 */
export function stepEvent(
	events: readonly TimelineEvent[],
	currentId: string | undefined,
	step: Step,
	anchorMs: number
): TimelineEvent | undefined {
	if (events.length === 0) return undefined;
	if (step === 'first') return events[0];
	if (step === 'last') return events[events.length - 1];
	const index = currentId ? events.findIndex((e) => e.id === currentId) : -1;
	if (index === -1) {
		const after = events.findIndex((e) => e.span.startMs >= anchorMs);
		return events[after === -1 ? events.length - 1 : after];
	}
	return events[Math.min(events.length - 1, Math.max(0, index + (step === 'next' ? 1 : -1)))];
}
