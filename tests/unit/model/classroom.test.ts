import { describe, expect, it } from 'vitest';
import { indexDataset } from '$lib/model/dataset';
import {
	describePlacement,
	orderingSet,
	placementErrorMonths,
	placementSet,
	seededRandom
} from '$lib/model/practice';
import { presentationFor } from '$lib/model/tours';
import { validateDataset } from '$lib/model/validate';
import { loadDatasetPath } from '$lib/server/datasetFolder';
import { makeEvents } from '../timeline/helpers';
import { validDataset } from '../fixtures';

const shipped = loadDatasetPath('data/nato-russia-2006');
if (!shipped.ok) throw new Error('shipped dataset invalid');
const nato = indexDataset(shipped.dataset, shipped.dates);

describe('seededRandom', () => {
	it('repeats for the same seed and differs for another', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		const c = seededRandom(43);
		const xs = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(xs);
		expect(c()).not.toBe(xs[0]);
	});
});

describe('orderingSet', () => {
	it.each([1, 2, 3, 99, 12345])(
		'gives the same set for seed %i twice, with no two events overlapping in time',
		(seed) => {
			const first = orderingSet(nato.events, { size: 6, difficulty: 'easy', seed });
			const again = orderingSet(nato.events, { size: 6, difficulty: 'easy', seed });
			expect(again.shown.map((e) => e.id)).toEqual(first.shown.map((e) => e.id));
			expect(first.shown).toHaveLength(6);
			for (let i = 1; i < first.answer.length; i++)
				expect(first.answer[i]!.span.startMs).toBeGreaterThanOrEqual(
					first.answer[i - 1]!.span.endMs
				);
			expect(first.shown.map((e) => e.id)).not.toEqual(first.answer.map((e) => e.id));
		}
	);

	it('draws hard sets from a narrower stretch of time than easy ones', () => {
		const spread = (difficulty: 'easy' | 'hard') => {
			let total = 0;
			for (let seed = 1; seed <= 20; seed++) {
				const { answer } = orderingSet(nato.events, { size: 5, difficulty, seed });
				total += answer[answer.length - 1]!.span.startMs - answer[0]!.span.startMs;
			}
			return total;
		};
		expect(spread('hard')).toBeLessThan(spread('easy') / 2);
	});

	it('only uses events linked to the text', () => {
		const { shown } = orderingSet(nato.events, { size: 8, difficulty: 'easy', seed: 7 });
		expect(shown.every((e) => e.mentions.length > 0)).toBe(true);
	});
});

describe('placement', () => {
	const [kosovo] = makeEvents([['k', '1999-03-24/1999-06-10']]);
	it.each([
		[Date.UTC(1999, 4, 1), 0, 'Right on: your date falls within the event’s dates'],
		[Date.UTC(1999, 0, 15), 2, '2 months too early'],
		[Date.UTC(2002, 6, 1), 37, '3 years and 1 month too late']
	])('scores a guess at %s as %i months off', (guess, months, words) => {
		expect(placementErrorMonths(kosovo!, guess)).toBe(months);
		expect(describePlacement(kosovo!, guess)).toBe(words);
	});

	it('picks the same questions for the same seed', () => {
		const ids = (seed: number) => placementSet(nato.events, { size: 5, seed }).map((e) => e.id);
		expect(ids(5)).toEqual(ids(5));
		expect(new Set(ids(5)).size).toBe(5);
	});
});

describe('presentationFor', () => {
	it('uses the curated tour of the shipped dataset', () => {
		const p = presentationFor(nato);
		expect(p.tourId).toBe('marriage-of-convenience');
		expect(p.steps.length).toBeGreaterThanOrEqual(12);
		expect(p.steps.length).toBeLessThanOrEqual(20);
		expect(p.steps.every((s) => s.caption)).toBe(true);
	});

	it('falls back to text-linked events in time order, optionally by theme', () => {
		const result = validateDataset({ ...validDataset(), tours: [] }, { default: 'mini.json' });
		if (!result.ok) throw new Error('fixture invalid');
		const mini = indexDataset(result.dataset, result.dates);
		expect(presentationFor(mini).steps.map((s) => s.event.id)).toEqual([
			'council-founded',
			'text-written'
		]);
		expect(presentationFor(mini, { theme: 'institutions' }).steps.map((s) => s.event.id)).toEqual([
			'council-founded'
		]);
	});

	it('can present the whole dataset by theme even when it has a tour', () => {
		const p = presentationFor(nato, { theme: 'missile-defense' });
		expect(p.tourId).toBe('all');
		expect(p.steps.every((s) => s.event.themes.includes('missile-defense'))).toBe(true);
	});
});
