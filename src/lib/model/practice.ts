/**
 * Practice exercises drawn from a dataset: ordering sets and placement questions, repeatable
 * from a seed (the same URL gives a whole class the same set), with scoring.
 */
import { UTCDate } from '@date-fns/utc';
import { differenceInCalendarMonths } from 'date-fns';
import type { IndexedDataset, TimelineEvent } from './dataset';
import type { Precision } from './edtf';
import { filterEvents, NO_FILTERS, type EventFilters } from './filters';

export type Difficulty = 'easy' | 'hard';

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/** Events fit for practice: linked to the text, with a finite date. */
export function practiceEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
	return events.filter(
		(e) => e.mentions.length > 0 && Number.isFinite(e.span.startMs) && Number.isFinite(e.span.endMs)
	);
}

/** What a practice set is limited to: the explorer's filters, a period and a tour. */
export interface PracticeScope {
	filters: EventFilters;
	/** Only events that overlap this stretch of time. */
	period?: { startMs: number; endMs: number };
	/** Only the events of this tour of the dataset. */
	tourId?: string;
}

/** The scope of the whole dataset. */
export const WHOLE_DATASET: PracticeScope = { filters: NO_FILTERS };

/**
 * The events fit for practice within `scope`, in time order: passing the filters, overlapping the
 * period (an event of 1999 is in a period from March 1999) and on the tour.
 */
export function scopeEvents(data: IndexedDataset, scope: PracticeScope): TimelineEvent[] {
	const tour = scope.tourId ? data.dataset.tours.find((t) => t.id === scope.tourId) : undefined;
	const onTour = tour && new Set(tour.steps.map((s) => s.event));
	const { period } = scope;
	return practiceEvents(filterEvents(data.events, scope.filters)).filter(
		(e) =>
			(!onTour || onTour.has(e.id)) &&
			(!period || (e.span.startMs < period.endMs && e.span.endMs > period.startMs))
	);
}

/** True when a and b could be told apart in time: their spans do not overlap. */
function distinguishable(a: TimelineEvent, b: TimelineEvent): boolean {
	return a.span.endMs <= b.span.startMs || b.span.endMs <= a.span.startMs;
}

/**
 * A set of `size` events (fewer when the pool is smaller) to put in order, shown shuffled (never
 * already in order). No two overlap in time unless the pool has too few that do not. Easy sets spread over the whole span; hard
 * sets come from a narrow stretch of time.
 */
export function orderingSet(
	events: readonly TimelineEvent[],
	{ size, difficulty, seed }: { size: number; difficulty: Difficulty; seed: number }
): { shown: TimelineEvent[]; answer: TimelineEvent[] } {
	const random = seededRandom(seed);
	const pool = practiceEvents(events);
	let candidates = shuffle(pool, random);
	if (difficulty === 'hard' && pool.length > size) {
		// A stretch around a random event: its nearest neighbours in time.
		const centre = candidates[0]!;
		const mid = (e: TimelineEvent) => (e.span.startMs + e.span.endMs) / 2;
		candidates = [...pool]
			.sort((a, b) => Math.abs(mid(a) - mid(centre)) - Math.abs(mid(b) - mid(centre)))
			.slice(0, Math.max(size * 3, 12));
		candidates = shuffle(candidates, random);
	}
	const picked: TimelineEvent[] = [];
	for (const event of candidates) {
		if (picked.length === size) break;
		if (picked.every((p) => distinguishable(p, event))) picked.push(event);
	}
	// A small pool (a narrow topic) is filled up with overlapping events; scoring accepts either
	// order for those.
	for (const event of candidates) {
		if (picked.length === size) break;
		if (!picked.includes(event)) picked.push(event);
	}
	const answer = [...picked].sort((a, b) => a.span.startMs - b.span.startMs);
	let shown = shuffle(picked, random);
	for (
		let tries = 0;
		shown.length > 1 && shown.every((e, i) => e === answer[i]) && tries < 10;
		tries++
	)
		shown = shuffle(picked, random);
	return { shown, answer };
}

/** How long a date of each precision may be off when it is approximate or uncertain. */
const LEEWAY_MS: Record<Precision, number> = {
	year: 366 * 86_400_000,
	month: 31 * 86_400_000,
	day: 86_400_000,
	time: 3_600_000
};

const quoted = (e: TimelineEvent) => `“${e.title}” (${e.displayDate})`;

/**
 * Why `a` and `b` may be put in either order, or undefined when one clearly came first: their
 * dates overlap (or are the same at the precision known), or one is approximate or uncertain and
 * could, by one unit of its precision, fall on the other side.
 */
export function eitherOrderReason(a: TimelineEvent, b: TimelineEvent): string | undefined {
	if (a.span.startMs === b.span.startMs && a.span.endMs === b.span.endMs)
		return `${quoted(a)} and ${quoted(b)} have the same date as far as it is known`;
	if (!distinguishable(a, b)) return `${quoted(a)} and ${quoted(b)} overlap in time`;
	const vague = [a, b].find((e) => e.span.approximate || e.span.uncertain);
	if (vague) {
		const widen = (e: TimelineEvent) => {
			const leeway = e.span.approximate || e.span.uncertain ? LEEWAY_MS[e.span.precision] : 0;
			return { startMs: e.span.startMs - leeway, endMs: e.span.endMs + leeway };
		};
		const [wa, wb] = [widen(a), widen(b)];
		if (wa.startMs < wb.endMs && wb.startMs < wa.endMs) {
			const other = vague === a ? b : a;
			const kind = vague.span.uncertain ? 'uncertain' : 'approximate';
			return `The date of ${quoted(vague)} is ${kind}, so it may be before or after ${quoted(other)}`;
		}
	}
	return undefined;
}

/** One pair of an answer, in the order the answer gives them. */
export interface OrderedPair {
	first: TimelineEvent;
	second: TimelineEvent;
	/** `either` when both orders are right (see `reason`); else whether `first` did come first. */
	verdict: 'in-order' | 'swapped' | 'either';
	reason?: string;
}

export interface OrderingScore {
	/** Every pair of the answer (n·(n−1)/2), in answer order. */
	pairs: OrderedPair[];
	/** Pairs in the right order, counting those where either order is right. */
	inOrder: number;
	total: number;
	/** Kendall's tau over the pairs with one right order: 1 all in order, −1 all reversed. */
	tau: number;
	allCorrect: boolean;
	/** Ids of events in at least one swapped pair. */
	misplaced: Set<string>;
}

/**
 * Scores an answer (earliest first) with partial credit: each pair of events in the right order
 * counts, so one adjacent swap of five costs one pair of ten. Pairs whose order cannot be told
 * (see eitherOrderReason) count as in order either way.
 */
export function scoreOrdering(answer: readonly TimelineEvent[]): OrderingScore {
	const pairs: OrderedPair[] = [];
	for (let i = 0; i < answer.length; i++)
		for (let j = i + 1; j < answer.length; j++) {
			const first = answer[i]!;
			const second = answer[j]!;
			const reason = eitherOrderReason(first, second);
			if (reason) pairs.push({ first, second, verdict: 'either', reason });
			else
				pairs.push({
					first,
					second,
					verdict: first.span.startMs < second.span.startMs ? 'in-order' : 'swapped'
				});
		}
	const swapped = pairs.filter((p) => p.verdict === 'swapped');
	const decided = pairs.filter((p) => p.verdict !== 'either').length;
	const total = pairs.length;
	return {
		pairs,
		inOrder: total - swapped.length,
		total,
		tau: decided === 0 ? 1 : (decided - 2 * swapped.length) / decided,
		allCorrect: swapped.length === 0,
		misplaced: new Set(swapped.flatMap((p) => [p.first.id, p.second.id]))
	};
}

/** `size` different events to place on the axis (fewer when there are fewer), for a seed. */
export function placementSet(
	events: readonly TimelineEvent[],
	{ size, seed }: { size: number; seed: number }
): TimelineEvent[] {
	return shuffle(practiceEvents(events), seededRandom(seed)).slice(0, size);
}

/** A placement set's result from each question's error in months: how many right on, and the mean. */
export function summarisePlacements(errorsMonths: readonly number[]): {
	rightOn: number;
	averageMonths: number;
} {
	const n = errorsMonths.length;
	return {
		rightOn: errorsMonths.filter((m) => m === 0).length,
		averageMonths: n === 0 ? 0 : Math.round(errorsMonths.reduce((a, b) => a + b, 0) / n)
	};
}

/**
 * How far a guess (an instant) is from an event's span, in whole months; 0 inside the span.
 * Months are calendar months between the guess and the nearest end of the span.
 */
export function placementErrorMonths(event: TimelineEvent, guessMs: number): number {
	const { startMs, endMs } = event.span;
	if (guessMs >= startMs && guessMs < endMs) return 0;
	const edge = guessMs < startMs ? startMs : endMs - 1;
	// UTCDate: calendar months in UTC, whatever the viewer's time zone.
	return Math.abs(differenceInCalendarMonths(new UTCDate(guessMs), new UTCDate(edge)));
}

/** "exactly right", "2 months early", "3 years and 1 month late". */
export function describePlacement(event: TimelineEvent, guessMs: number): string {
	const months = placementErrorMonths(event, guessMs);
	if (months === 0) return 'Right on: your date falls within the event’s dates';
	const years = Math.floor(months / 12);
	const rest = months % 12;
	const parts = [
		years ? `${years} year${years === 1 ? '' : 's'}` : '',
		rest ? `${rest} month${rest === 1 ? '' : 's'}` : ''
	].filter(Boolean);
	return `${parts.join(' and ')} ${guessMs < event.span.startMs ? 'too early' : 'too late'}`;
}

/** A printable set for a class: the questions, and the answer key in the same numbering. */
export interface ClassSet {
	mode: 'order' | 'place';
	/** The events as printed: to be numbered in time order, or each to be dated. */
	questions: TimelineEvent[];
	/** For `order`, the events in time order; for `place`, each question's event in turn. */
	key: TimelineEvent[];
}

/**
 * The class set for the same mode, pool and settings as the set on screen: the ordering set's
 * events as shown with its right order, or the placement set's questions with their dates.
 */
export function classSet(
	pool: readonly TimelineEvent[],
	settings: { mode: 'order' | 'place'; size: number; difficulty: Difficulty; seed: number }
): ClassSet {
	if (settings.mode === 'order') {
		const { shown, answer } = orderingSet(pool, settings);
		return { mode: 'order', questions: shown, key: answer };
	}
	const questions = placementSet(pool, settings);
	return { mode: 'place', questions, key: questions };
}
