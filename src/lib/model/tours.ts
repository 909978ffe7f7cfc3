/** Presentation steps: a curated tour, or every text-linked event in time order. */
import type { IndexedDataset, TimelineEvent } from './dataset';
import type { Tour } from './schema';

export interface PresentationStep {
	event: TimelineEvent;
	/** The tour's caption; undefined in the fallback, where the summary stands in. */
	caption?: string;
}

/** The tour id that asks for all text-linked events instead of a curated tour. */
export const ALL_EVENTS = 'all';

export interface Presentation {
	/** The tour's id, or ALL_EVENTS for the fallback. */
	tourId: string;
	title: string;
	steps: PresentationStep[];
}

/**
 * The steps to present: the tour `tourId`, looked for in `extraTours` (a tour the reader made)
 * and then the dataset's (else the dataset's first tour); with `tourId` ALL_EVENTS, a theme, or
 * no tours at all, every event linked to the text (every event, when the dataset has no text) in
 * time order, narrowed to `theme` when given. Steps whose event is not in the dataset are left out.
 */
export function presentationFor(
	data: IndexedDataset,
	options: { tourId?: string; theme?: string; extraTours?: readonly Tour[] } = {}
): Presentation {
	const tours = data.dataset.tours;
	const wantsAll = options.tourId === ALL_EVENTS || !!options.theme;
	const wanted = (t: Tour) => t.id === options.tourId;
	const tour = wantsAll
		? undefined
		: (options.extraTours?.find(wanted) ?? tours.find(wanted) ?? tours[0]);
	if (tour)
		return {
			tourId: tour.id,
			title: tour.title,
			steps: tour.steps
				.map((s) => ({ event: data.byId.get(s.event)!, caption: s.caption }))
				.filter((s) => s.event)
		};
	const theme = data.dataset.themes.find((t) => t.id === options.theme);
	// Without a source text (an imported timeline) no event is linked to it: all of them count.
	const hasText = !!data.dataset.source;
	const events = hasText ? 'events in the text' : 'events';
	return {
		tourId: ALL_EVENTS,
		title: theme ? `${theme.label}: ${events}` : `All ${events}, in time order`,
		steps: data.events
			.filter((e) => (!hasText || e.mentions.length > 0) && (!theme || e.themes.includes(theme.id)))
			.map((event) => ({ event }))
	};
}
