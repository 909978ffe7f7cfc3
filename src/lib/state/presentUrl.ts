/**
 * The presentation screen's state in the URL: `tour` (a tour id, or `all`), `theme` and `step`
 * (from 1). Reading never fails: a bad value is replaced with a notice that names the parameter,
 * the value and what is shown instead.
 */
import type { IndexedDataset } from '../model/dataset';
import { ALL_EVENTS, presentationFor } from '../model/tours';

export interface PresentParams {
	/** A tour of the dataset or ALL_EVENTS; undefined for the default (the first tour). */
	tourId?: string;
	/** A theme of the dataset, narrowing ALL_EVENTS. */
	theme?: string;
	/** The step, from 0. */
	index: number;
}

/** Reads tour, theme and step for `data`; unknown or malformed values become notices. */
export function readPresentParams(
	search: URLSearchParams,
	data: IndexedDataset
): { params: PresentParams; notices: string[] } {
	const rawTour = search.get('tour');
	const rawTheme = search.get('theme');
	const tourOk =
		rawTour === null || rawTour === ALL_EVENTS || data.dataset.tours.some((t) => t.id === rawTour);
	const themeOk = rawTheme === null || data.dataset.themes.some((t) => t.id === rawTheme);
	const params: PresentParams = {
		tourId: tourOk ? (rawTour ?? undefined) : undefined,
		theme: themeOk ? (rawTheme ?? undefined) : undefined,
		index: 0
	};
	const presentation = presentationFor(data, params);
	const instead = `showing “${presentation.title}” instead.`;
	const notices: string[] = [];
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

/** Writes tour, theme and step (from 1) into a copy of `search`, keeping the other parameters. */
export function writePresentParams(
	search: URLSearchParams,
	state: { tourId: string; theme?: string; step: number }
): URLSearchParams {
	const out = new URLSearchParams(search);
	out.set('tour', state.tourId);
	if (state.theme) out.set('theme', state.theme);
	else out.delete('theme');
	out.set('step', String(state.step));
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
