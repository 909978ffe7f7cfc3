/**
 * The practice screen's state in the URL: the settings `mode`, `size`, `level` and `seed`, and
 * the scope: the explorer's filters (`actor`, `theme`, `basis`, `stance`, `q`), a period
 * (`from`/`to`, EDTF) and a `tour`. Reading never fails: a missing value takes its default, a bad
 * one is replaced with a notice that names the parameter, the value and what is used instead.
 */
import type { IndexedDataset } from '../model/dataset';
import type { Difficulty, PracticeScope } from '../model/practice';
import { readFilterParams, readWindowParams, writeWindowAndFilterParams } from './explorerUrl';

export type PracticeMode = 'order' | 'place';

export interface PracticeSettings {
	mode: PracticeMode;
	/** Events in an ordering set, or questions in a placement set: one of PRACTICE_SIZES. */
	size: number;
	level: Difficulty;
	/** Picks the set: the same seed gives the same set everywhere. */
	seed: number;
}

/** The set sizes offered, smallest first. */
export const PRACTICE_SIZES: readonly number[] = [4, 5, 6, 8];

/** The settings used when the URL has none. */
export const DEFAULT_PRACTICE: Omit<PracticeSettings, 'seed'> = {
	mode: 'order',
	size: 5,
	level: 'easy'
};

/** The largest seed: the generator reads seeds as unsigned 32-bit integers. */
export const MAX_SEED = 4_294_967_295;

const MODES: readonly PracticeMode[] = ['order', 'place'];
const LEVELS: readonly Difficulty[] = ['easy', 'hard'];
const KEYS = ['mode', 'size', 'level', 'seed'] as const;

/** A fresh seed for a new set, five digits so that it is easy to read out to a class. */
export function randomSeed(random: () => number = Math.random): number {
	return Math.floor(random() * 90_000) + 10_000;
}

function choose<T extends string | number>(
	search: URLSearchParams,
	key: string,
	allowed: readonly T[],
	fallback: T,
	what: string,
	notices: string[]
): T {
	const raw = search.get(key);
	if (raw === null) return fallback;
	const value = allowed.find((a) => String(a) === raw);
	if (value !== undefined) return value;
	const options = allowed.map(String);
	notices.push(
		`“${key}=${raw}” is not ${what} (${options.slice(0, -1).join(', ')} or ${options.at(-1)}); using ${fallback} instead.`
	);
	return fallback;
}

/**
 * Reads the practice settings. A missing or bad `seed` becomes `fallbackSeed` (the caller's
 * random seed, so that reading stays pure); every bad value adds a notice.
 */
export function readPracticeParams(
	search: URLSearchParams,
	fallbackSeed: number
): { settings: PracticeSettings; notices: string[] } {
	const notices: string[] = [];
	const mode = choose(search, 'mode', MODES, DEFAULT_PRACTICE.mode, 'an exercise', notices);
	const size = choose(search, 'size', PRACTICE_SIZES, DEFAULT_PRACTICE.size, 'a set size', notices);
	const level = choose(search, 'level', LEVELS, DEFAULT_PRACTICE.level, 'a difficulty', notices);
	let seed = fallbackSeed;
	const rawSeed = search.get('seed');
	if (rawSeed !== null) {
		const n = /^\d{1,10}$/.test(rawSeed) ? Number(rawSeed) : NaN;
		if (n >= 1 && n <= MAX_SEED) seed = n;
		else
			notices.push(
				`“seed=${rawSeed}” is not a set number (a whole number from 1 to ${MAX_SEED}); using set #${fallbackSeed} instead.`
			);
	}
	return { settings: { mode, size, level, seed }, notices };
}

/** Writes the practice settings into a copy of `search`, keeping the other parameters (data, …). */
export function writePracticeParams(
	search: URLSearchParams,
	settings: PracticeSettings
): URLSearchParams {
	const out = new URLSearchParams(search);
	for (const key of KEYS) out.set(key, String(settings[key]));
	return out;
}

/** Reads the scope of the set for `data`; ids not in the dataset and bad periods add notices. */
export function readPracticeScope(
	search: URLSearchParams,
	data: IndexedDataset
): { scope: PracticeScope; notices: string[] } {
	const notices: string[] = [];
	const scope: PracticeScope = { filters: readFilterParams(search, data, notices) };
	const period = readWindowParams(search, notices, 'practising the whole timeline');
	if (period) scope.period = period;
	const tour = search.get('tour');
	if (tour !== null) {
		if (data.dataset.tours.some((t) => t.id === tour)) scope.tourId = tour;
		else notices.push(`“tour=${tour}” is not a tour in this dataset; practising without one.`);
	}
	return { scope, notices };
}

/** Writes the scope into a copy of `search`, in place of any it had, keeping the others. */
export function writePracticeScope(search: URLSearchParams, scope: PracticeScope): URLSearchParams {
	const out = writeWindowAndFilterParams(search, { window: scope.period, filters: scope.filters });
	// A period the URL already names stays as it was written (from=2000&to=2001-06, as a teacher
	// typed it) rather than becoming the days it covers.
	const written = readWindowParams(search, []);
	if (
		scope.period &&
		written?.startMs === scope.period.startMs &&
		written.endMs === scope.period.endMs
	) {
		out.set('from', search.get('from')!);
		out.set('to', search.get('to')!);
	}
	if (scope.tourId) out.set('tour', scope.tourId);
	else out.delete('tour');
	return out;
}
