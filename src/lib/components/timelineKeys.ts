/** The timeline's keyboard, shared by every screen that shows a Timeline. */
import { tick } from 'svelte';
import type { TimelineEvent } from '../model/dataset';
import type { ExplorerState } from '../state/explorer.svelte';
import { stepEvent, timelineKeyAction } from '../timeline/navigation';
import type { TimeWindow } from '../timeline/viewport';

/** Moves keyboard focus to an event's button on the timeline, once it has been drawn. */
export async function focusEventButton(id: string): Promise<void> {
	await tick();
	document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus();
}

/** What the key handler reads from its screen, at the time of the key press. */
export interface TimelineKeyContext {
	explorer: ExplorerState;
	/** The events on the timeline, in time order. */
	events: () => readonly TimelineEvent[];
	/** The window "Show all" shows. */
	full: () => TimeWindow;
	/** The span of an event, to zoom around the focused or selected one. */
	spanOf: (id: string) => TimeWindow | undefined;
	/** `T`: show the event in the text; screens without a text leave it out. */
	showInText?: (id: string | undefined) => void;
}

/** Zooms by `factor` around the focused (or else the selected) event when it is in view. */
export function zoomTimeline(context: TimelineKeyContext, factor: number): void {
	const { explorer } = context;
	const id = explorer.focusedId ?? explorer.selectedId;
	explorer.zoomBy(factor, id ? context.spanOf(id) : undefined, context.full());
}

/**
 * A keydown handler for the timeline: arrows, Home and End step through the events (focus
 * follows, the view brings the event in), + and − zoom, Shift+arrows pan, Escape clears the
 * selection and T shows the event in the text.
 */
export function timelineKeyHandler(context: TimelineKeyContext): (event: KeyboardEvent) => void {
	const { explorer } = context;
	return (event) => {
		const action = timelineKeyAction(event.key, event.shiftKey);
		if (!action || (action.kind === 'text' && !context.showInText)) return;
		event.preventDefault();
		if (action.kind === 'zoom') zoomTimeline(context, action.factor);
		else if (action.kind === 'pan') explorer.panBy(action.fraction, context.full());
		else if (action.kind === 'clear') explorer.select(undefined);
		else if (action.kind === 'text')
			context.showInText?.(explorer.focusedId ?? explorer.selectedId);
		else {
			const view = explorer.view ?? context.full();
			const current = explorer.focusedId ?? explorer.selectedId;
			const target = stepEvent(
				context.events(),
				current,
				action.step,
				(view.startMs + view.endMs) / 2
			);
			if (!target) return;
			explorer.focusedId = target.id;
			explorer.bringIntoView(target.span, context.full());
			void focusEventButton(target.id);
		}
	};
}
