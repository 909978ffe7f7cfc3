/**
 * The explorer's share-able state in the URL: `event`, `from`/`to` (EDTF) and `lanes`. Reading
 * never fails: a bad value is dropped with a notice that says what was wrong.
 */
import type { IndexedDataset } from '../model/dataset';
import { formatInstant, parseEdtf, toSpan } from '../model/edtf';
import { LANE_GROUPINGS, type LaneGrouping } from '../timeline/lanes';
import type { TimeWindow } from '../timeline/viewport';

export interface ExplorerParams {
	event?: string;
	window?: TimeWindow;
	lanes?: LaneGrouping;
}

/** An EDTF value in the URL as an instant: `from` is where it starts, `to` where it ends. */
function instant(value: string, edge: 'start' | 'end'): number | undefined {
	const parsed = parseEdtf(value);
	if (!parsed.ok || parsed.value.kind !== 'date') return undefined;
	const span = toSpan(parsed.value);
	return edge === 'start' || span.precision === 'time' ? span.startMs : span.endMs;
}

/** Reads the explorer's parameters; unknown or malformed values become notices. */
export function readExplorerParams(
	search: URLSearchParams,
	dataset: IndexedDataset
): { params: ExplorerParams; notices: string[] } {
	const params: ExplorerParams = {};
	const notices: string[] = [];
	const event = search.get('event');
	if (event !== null) {
		if (dataset.byId.has(event)) params.event = event;
		else notices.push(`There is no event “${event}” in this dataset, so none is selected.`);
	}
	const from = search.get('from');
	const to = search.get('to');
	if (from !== null || to !== null) {
		const startMs = from === null ? undefined : instant(from, 'start');
		const endMs = to === null ? undefined : instant(to, 'end');
		if (startMs === undefined || endMs === undefined)
			notices.push(
				`The window “from=${from ?? ''}&to=${to ?? ''}” needs two dates such as from=1999-01-01&to=2003-12-31; showing the whole timeline.`
			);
		else if (endMs <= startMs)
			notices.push(
				`The window ends (${to}) before it starts (${from}); showing the whole timeline.`
			);
		else params.window = { startMs, endMs };
	}
	const lanes = search.get('lanes');
	if (lanes !== null) {
		if ((LANE_GROUPINGS as readonly string[]).includes(lanes)) params.lanes = lanes as LaneGrouping;
		else notices.push(`“lanes=${lanes}” is not a grouping; use actor, theme, stance or none.`);
	}
	return { params, notices };
}

/** Writes the explorer's parameters into a copy of `search`, keeping the others (data, …). */
export function writeExplorerParams(
	search: URLSearchParams,
	state: { event?: string; window?: TimeWindow; lanes: LaneGrouping },
	defaults: { lanes: LaneGrouping }
): URLSearchParams {
	const out = new URLSearchParams(search);
	for (const key of ['event', 'from', 'to', 'lanes']) out.delete(key);
	if (state.event) out.set('event', state.event);
	if (state.window) {
		out.set('from', formatInstant(state.window.startMs));
		// A window ending at midnight is written as the day before, which `to` reads as its end.
		const endDay = formatInstant(state.window.endMs);
		out.set('to', endDay.includes('T') ? endDay : formatInstant(state.window.endMs - 86_400_000));
	}
	if (state.lanes !== defaults.lanes) out.set('lanes', state.lanes);
	return out;
}
