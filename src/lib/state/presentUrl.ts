/**
 * The presentation screen's state in the URL: `tour` (a tour id, or `all`), `theme`, `step`
 * (from 1) and, for a tour the reader made, `tourdata` (its title and steps, from
 * encodeSharedTour), so that the link shows the same tour on any machine. Reading never fails: a
 * bad value is replaced with a notice that names the parameter, the value and what is shown
 * instead.
 */
import type { IndexedDataset } from '../model/dataset';
import { decodeSharedTour, encodeSharedTour, MY_TOUR_PREFIX, type MyTour } from '../model/myTours';
import { ALL_EVENTS, presentationFor } from '../model/tours';

export interface PresentParams {
	/** A tour of the dataset or ALL_EVENTS; undefined for the default (the first tour). */
	tourId?: string;
	/** A theme of the dataset, narrowing ALL_EVENTS. */
	theme?: string;
	/** The step, from 0. */
	index: number;
	/** The tour the reader made that the link carries, with the steps this dataset has. */
	shared?: MyTour;
}

/**
 * The tour in `tourdata` under the id in `tour`, with only the steps whose event is in `data`;
 * undefined when there is none or it cannot be read (with a notice).
 */
export function readSharedTour(
	search: URLSearchParams,
	data: IndexedDataset,
	notices: string[]
): MyTour | undefined {
	const raw = search.get('tourdata');
	const id = search.get('tour');
	if (raw === null) return undefined;
	const decoded = id?.startsWith(MY_TOUR_PREFIX) ? decodeSharedTour(raw) : undefined;
	if (!decoded) {
		notices.push(
			'“tourdata” does not hold a tour made in the explorer (the link may be cut short); it is left out.'
		);
		return undefined;
	}
	const missing = decoded.steps.filter((s) => !data.byId.has(s.event)).map((s) => s.event);
	if (missing.length > 0)
		notices.push(
			`The tour “${decoded.title}” has steps that are not events of this dataset (${missing.join(', ')}); they are left out.`
		);
	const steps = decoded.steps.filter((s) => data.byId.has(s.event));
	return steps.length > 0 ? { id: id!, title: decoded.title, steps } : undefined;
}

/** Reads tour, theme and step for `data`; unknown or malformed values become notices. */
export function readPresentParams(
	search: URLSearchParams,
	data: IndexedDataset
): { params: PresentParams; notices: string[] } {
	const notices: string[] = [];
	const shared = readSharedTour(search, data, notices);
	const rawTour = search.get('tour');
	const rawTheme = search.get('theme');
	const tourOk =
		rawTour === null ||
		rawTour === ALL_EVENTS ||
		rawTour === shared?.id ||
		data.dataset.tours.some((t) => t.id === rawTour);
	const themeOk = rawTheme === null || data.dataset.themes.some((t) => t.id === rawTheme);
	const params: PresentParams = {
		tourId: tourOk ? (rawTour ?? undefined) : undefined,
		theme: themeOk ? (rawTheme ?? undefined) : undefined,
		index: 0
	};
	if (shared) params.shared = shared;
	const presentation = presentationFor(data, { ...params, extraTours: shared && [shared] });
	const instead = `showing “${presentation.title}” instead.`;
	if (!tourOk) notices.push(`“tour=${rawTour}” is not a tour in this dataset; ${instead}`);
	if (!themeOk) notices.push(`“theme=${rawTheme}” is not a theme in this dataset; ${instead}`);

	const rawStep = search.get('step');
	if (rawStep !== null) {
		const count = presentation.steps.length;
		const step = /^\d{1,9}$/.test(rawStep) ? Number(rawStep) : NaN;
		if (step >= 1 && step <= count) params.index = step - 1;
		else
			notices.push(
				count === 0
					? `“step=${rawStep}” is not a step: “${presentation.title}” has none.`
					: `“step=${rawStep}” is not a step of “${presentation.title}” (1 to ${count}); showing step 1 instead.`
			);
	}
	return { params, notices };
}

/**
 * Writes tour, theme and step (from 1) into a copy of `search`, keeping the other parameters;
 * `shared`, a tour the reader made, goes into `tourdata` (dropped for any other tour).
 */
export function writePresentParams(
	search: URLSearchParams,
	state: { tourId: string; theme?: string; step: number; shared?: MyTour }
): URLSearchParams {
	const out = new URLSearchParams(search);
	out.set('tour', state.tourId);
	if (state.theme) out.set('theme', state.theme);
	else out.delete('theme');
	out.set('step', String(state.step));
	if (state.shared && state.shared.id === state.tourId)
		out.set('tourdata', encodeSharedTour(state.shared));
	else out.delete('tourdata');
	return out;
}

/** Whether `search` asks for the presenter view (`presenter=1`): notes, next step and a clock. */
export function isPresenterView(search: URLSearchParams): boolean {
	return search.get('presenter') === '1';
}

/** A copy of `search` that opens the presenter view of the same presentation and step. */
export function presenterViewSearch(search: URLSearchParams): URLSearchParams {
	const out = new URLSearchParams(search);
	out.set('presenter', '1');
	return out;
}

/**
 * The query of the presentation of `tour` (a tour the reader made) from its first step, with
 * the tour itself in the link and the dataset of `current`.
 */
export function myTourSearch(tour: MyTour, current: URLSearchParams): URLSearchParams {
	const data = current.get('data');
	return writePresentParams(new URLSearchParams(data === null ? undefined : { data }), {
		tourId: tour.id,
		step: 1,
		shared: tour
	});
}
