/**
 * The explorer's share-able state in the URL: `event`, `from`/`to` (EDTF), `lanes` and the filters
 * that every screen shares. Reading never fails: a bad value is dropped with a notice that says
 * what was wrong.
 */
import type { IndexedDataset } from '../model/dataset';
import { formatInstant, readEdtf, toSpan } from '../model/edtf';
import { NO_FILTERS, type EventFilters } from '../model/filters';
import { BASIS_LABEL, STANCE_LABEL } from '../model/labels';
import { LANE_GROUPINGS, type LaneGrouping } from '../timeline/lanes';
import { DAY_MS, isFiniteWindow, type TimeWindow } from '../timeline/viewport';
import { embedNotice } from './embedUrl';

export interface ExplorerParams {
	event?: string;
	window?: TimeWindow;
	lanes?: LaneGrouping;
	filters: EventFilters;
}

/** URL keys of the filter groups; each holds comma-separated ids. */
const FILTER_KEYS = { actors: 'actor', themes: 'theme', basis: 'basis', stance: 'stance' } as const;

function readList<T extends string>(
	search: URLSearchParams,
	key: string,
	allowed: readonly string[],
	notices: string[]
): T[] {
	const raw = search.get(key);
	if (!raw) return [];
	const values = raw.split(',').filter(Boolean);
	const unknown = values.filter((v) => !allowed.includes(v));
	if (unknown.length > 0)
		notices.push(
			`“${key}=${unknown.join(',')}” ${unknown.length === 1 ? 'is' : 'are'} not in this dataset and ${unknown.length === 1 ? 'was' : 'were'} ignored.`
		);
	return values.filter((v) => allowed.includes(v)) as T[];
}

/**
 * An EDTF date as an instant: `from` (edge `start`) is where it starts, `to` (`end`) where it
 * ends; undefined when it is not one date.
 */
export function edtfInstant(value: string, edge: 'start' | 'end'): number | undefined {
	const parsed = readEdtf(value);
	if (!parsed.ok || parsed.value.kind !== 'date') return undefined;
	const span = toSpan(parsed.value);
	return edge === 'start' || span.precision === 'time' ? span.startMs : span.endMs;
}

/**
 * Reads the filters and search (`actor`, `theme`, `basis`, `stance`, `q`), the same on every
 * screen; values not in the dataset are dropped with a notice added to `notices`.
 */
export function readFilterParams(
	search: URLSearchParams,
	dataset: IndexedDataset,
	notices: string[]
): EventFilters {
	const vocab = dataset.dataset;
	return {
		actors: readList(
			search,
			FILTER_KEYS.actors,
			vocab.actors.map((a) => a.id),
			notices
		),
		themes: readList(
			search,
			FILTER_KEYS.themes,
			vocab.themes.map((t) => t.id),
			notices
		),
		basis: readList(search, FILTER_KEYS.basis, Object.keys(BASIS_LABEL), notices),
		stance: readList(search, FILTER_KEYS.stance, Object.keys(STANCE_LABEL), notices),
		query: search.get('q') ?? NO_FILTERS.query
	};
}

/** Writes the filters and search into a copy of `search`, keeping its other parameters. */
export function writeFilterParams(search: URLSearchParams, filters: EventFilters): URLSearchParams {
	const out = new URLSearchParams(search);
	for (const key of ['q', ...Object.values(FILTER_KEYS)]) out.delete(key);
	for (const [group, key] of Object.entries(FILTER_KEYS)) {
		const values = filters[group as keyof typeof FILTER_KEYS];
		if (values.length > 0) out.set(key, values.join(','));
	}
	if (filters.query.trim()) out.set('q', filters.query);
	return out;
}

/**
 * Reads the window `from`/`to` (EDTF); undefined when absent or bad, and a bad one adds a notice
 * ending with `instead` (what is shown in its place).
 */
export function readWindowParams(
	search: URLSearchParams,
	notices: string[],
	instead = 'showing the whole timeline'
): TimeWindow | undefined {
	const from = search.get('from');
	const to = search.get('to');
	if (from === null && to === null) return undefined;
	const startMs = from === null ? undefined : edtfInstant(from, 'start');
	const endMs = to === null ? undefined : edtfInstant(to, 'end');
	if (startMs === undefined || endMs === undefined)
		notices.push(
			`The window “from=${from ?? ''}&to=${to ?? ''}” needs two dates such as from=1999-01-01&to=2003-12-31; ${instead}.`
		);
	else if (endMs <= startMs)
		notices.push(`The window ends (${to}) before it starts (${from}); ${instead}.`);
	else return { startMs, endMs };
	return undefined;
}

/** Reads the explorer's parameters; unknown or malformed values become notices. */
export function readExplorerParams(
	search: URLSearchParams,
	dataset: IndexedDataset
): { params: ExplorerParams; notices: string[] } {
	const notices: string[] = [];
	const params: ExplorerParams = { filters: readFilterParams(search, dataset, notices) };
	const event = search.get('event');
	if (event !== null) {
		if (dataset.byId.has(event)) params.event = event;
		else notices.push(`There is no event “${event}” in this dataset, so none is selected.`);
	}
	const window = readWindowParams(search, notices);
	if (window) params.window = window;
	const lanes = search.get('lanes');
	if (lanes !== null) {
		if ((LANE_GROUPINGS as readonly string[]).includes(lanes)) params.lanes = lanes as LaneGrouping;
		else notices.push(`“lanes=${lanes}” is not a grouping; use actor, theme, stance or none.`);
	}
	const embed = embedNotice(search);
	if (embed) notices.push(embed);
	return { params, notices };
}

function setWindow(out: URLSearchParams, window: TimeWindow | undefined): void {
	if (!window || !isFiniteWindow(window)) return;
	out.set('from', formatInstant(window.startMs));
	// A window ending at midnight is written as the day before, which `to` reads as its end.
	const endDay = formatInstant(window.endMs);
	out.set('to', endDay.includes('T') ? endDay : formatInstant(window.endMs - DAY_MS));
}

const WINDOW_AND_FILTER_KEYS = ['from', 'to', 'q', ...Object.values(FILTER_KEYS)];

/**
 * Writes the window and the filters into a copy of `search`, in place of any it had; an absent
 * or non-finite window or an empty group writes nothing.
 */
export function writeWindowAndFilterParams(
	search: URLSearchParams,
	state: { window?: TimeWindow; filters?: EventFilters }
): URLSearchParams {
	const out = new URLSearchParams(search);
	for (const key of WINDOW_AND_FILTER_KEYS) out.delete(key);
	setWindow(out, state.window);
	return writeFilterParams(out, state.filters ?? NO_FILTERS);
}

/**
 * Writes the explorer's parameters into a copy of `search`, keeping the others (data, …); a
 * window that is not finite is left out rather than written as "NaN".
 */
export function writeExplorerParams(
	search: URLSearchParams,
	state: { event?: string; window?: TimeWindow; lanes: LaneGrouping; filters?: EventFilters },
	defaults: { lanes: LaneGrouping }
): URLSearchParams {
	const out = new URLSearchParams(search);
	for (const key of ['event', 'lanes', ...WINDOW_AND_FILTER_KEYS]) out.delete(key);
	if (state.event) out.set('event', state.event);
	setWindow(out, state.window);
	if (state.lanes !== defaults.lanes) out.set('lanes', state.lanes);
	return writeFilterParams(out, state.filters ?? NO_FILTERS);
}

/**
 * A window's ends as the "From" and "To" fields show them: years over a wide window, months
 * over a middling one, days over a narrow one (the precision the toolbar's range uses).
 */
export function formatWindowInput(w: TimeWindow): { from: string; to: string } {
	const spanMs = w.endMs - w.startMs;
	const parts = spanMs > 3 * 365 * DAY_MS ? 1 : spanMs > 60 * DAY_MS ? 2 : 3;
	const cut = (ms: number) => {
		const [, year, month, day] = /^(-?\d+)-(\d\d)-(\d\d)/.exec(formatInstant(ms))!;
		return [year, month, day].slice(0, parts).join('-');
	};
	// The last minute of the window: `to` names the unit the window ends in.
	return { from: cut(w.startMs), to: cut(w.endMs - 60_000) };
}
