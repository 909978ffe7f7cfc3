/** Keyboard moves in the timeline: which event comes next in time order. */
import type { TimelineEvent } from '../model/dataset';

export type Step = 'next' | 'previous' | 'first' | 'last';

/** What a key does in the timeline. */
export type TimelineAction =
	| { kind: 'step'; step: Step }
	| { kind: 'zoom'; factor: number }
	| { kind: 'pan'; fraction: number }
	| { kind: 'clear' }
	/** Show the event's first quote in the source text. */
	| { kind: 'text' };

const STEP_KEYS: Record<string, Step> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	ArrowLeft: 'previous',
	ArrowUp: 'previous',
	Home: 'first',
	End: 'last'
};

/** The action of a key in the timeline, or undefined when the key is not the timeline's. */
export function timelineKeyAction(key: string, shiftKey: boolean): TimelineAction | undefined {
	if (shiftKey && (key === 'ArrowLeft' || key === 'ArrowRight'))
		return { kind: 'pan', fraction: key === 'ArrowLeft' ? -0.2 : 0.2 };
	if (STEP_KEYS[key]) return { kind: 'step', step: STEP_KEYS[key] };
	if (key === '+' || key === '=') return { kind: 'zoom', factor: 2 };
	if (key === '-' || key === '_') return { kind: 'zoom', factor: 0.5 };
	if (key === 'Escape') return { kind: 'clear' };
	if (key === 't' || key === 'T') return { kind: 'text' };
	return undefined;
}

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
