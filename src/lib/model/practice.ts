/**
 * Practice exercises drawn from a dataset: ordering sets and placement questions, repeatable
 * from a seed (the same URL gives a whole class the same set), with scoring.
 */
import { UTCDate } from '@date-fns/utc';
import { differenceInCalendarMonths } from 'date-fns';
import type { TimelineEvent } from './dataset';

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

/** True when a and b could be told apart in time: their spans do not overlap. */
function distinguishable(a: TimelineEvent, b: TimelineEvent): boolean {
	return a.span.endMs <= b.span.startMs || b.span.endMs <= a.span.startMs;
}

/**
 * A set of `size` events to put in order, shown shuffled (never already in order). No two
 * overlap in time, so exactly one order is right. Easy sets spread over the whole span; hard
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

/** Per position, whether the answer there is the right event; `allCorrect` when all are. */
export function scoreOrdering(
	answerIds: readonly string[],
	rightOrder: readonly TimelineEvent[]
): { correct: boolean[]; correctCount: number; allCorrect: boolean } {
	const correct = answerIds.map((id, i) => rightOrder[i]?.id === id);
	const correctCount = correct.filter(Boolean).length;
	return { correct, correctCount, allCorrect: correctCount === rightOrder.length };
}

/** The event to place on the axis for a seed. */
export function placementQuestion(
	events: readonly TimelineEvent[],
	seed: number
): TimelineEvent | undefined {
	const pool = practiceEvents(events);
	return pool[Math.floor(seededRandom(seed)() * pool.length)];
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
