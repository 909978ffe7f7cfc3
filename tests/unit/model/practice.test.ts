import { describe, expect, it } from 'vitest';
import { indexDataset } from '$lib/model/dataset';
import { NO_FILTERS } from '$lib/model/filters';
import {
	classSet,
	eitherOrderReason,
	orderingSet,
	placementSet,
	scopeEvents,
	scoreOrdering,
	summarisePlacements,
	type PracticeScope
} from '$lib/model/practice';
import { validateDataset } from '$lib/model/validate';
import { makeEvents } from '../timeline/helpers';
import { validDataset } from '../fixtures';

/** A dataset of text-linked events: [id, when, themes, actors]. */
function topicDataset(specs: [string, string, string[], string[]][]) {
	const base = validDataset();
	base.themes = [
		{ id: 'kosovo', label: 'Kosovo' },
		{ id: 'energy', label: 'Energy' }
	];
	base.events = specs.map(([id, when, themes, actors]) => ({
		id,
		title: `Event ${id}`,
		when,
		summary: 'In our own words.',
		actors,
		themes,
		stance: 'mixed',
		basis: 'mentioned',
		mentions: [{ passage: 'summary-1', quote: 'the Council came into being' }],
		sources: [{ title: 'A page', url: 'https://example.org/x' }]
	}));
	base.tours = [
		{
			id: 'lesson',
			title: 'Lesson',
			steps: [
				{ event: 'k2', caption: 'The war' },
				{ event: 'e1', caption: 'Then gas' }
			]
		}
	];
	const result = validateDataset(base, { default: 'topic.json' });
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return indexDataset(result.dataset, result.dates);
}

const data = topicDataset([
	['k1', '1998', ['kosovo'], ['nato']],
	['k2', '1999-03-24/1999-06-10', ['kosovo'], ['nato', 'russia']],
	['k3', '2000', ['kosovo'], ['russia']],
	['e1', '2001', ['energy'], ['russia']],
	['e2', '2005-12', ['energy', 'kosovo'], ['russia']]
]);

const ms = (iso: string) => Date.parse(iso);

describe('scopeEvents', () => {
	it.each<[string, PracticeScope, string[]]>([
		['everything', { filters: NO_FILTERS }, ['k1', 'k2', 'k3', 'e1', 'e2']],
		['a theme', { filters: { ...NO_FILTERS, themes: ['energy'] } }, ['e1', 'e2']],
		['an actor', { filters: { ...NO_FILTERS, actors: ['nato'] } }, ['k1', 'k2']],
		[
			'a period overlapping part of an event',
			{ filters: NO_FILTERS, period: { startMs: ms('1999-05-01'), endMs: ms('2001-01-01') } },
			['k2', 'k3']
		],
		['a tour', { filters: NO_FILTERS, tourId: 'lesson' }, ['k2', 'e1']],
		[
			'a theme and a period together',
			{
				filters: { ...NO_FILTERS, themes: ['kosovo'] },
				period: { startMs: ms('2000-01-01'), endMs: ms('2010-01-01') }
			},
			['k3', 'e2']
		]
	])('limits to %s', (_, scope, ids) => {
		expect(scopeEvents(data, scope).map((e) => e.id)).toEqual(ids);
	});

	it('draws ordering and placement sets only from the scope', () => {
		const energy = scopeEvents(data, { filters: { ...NO_FILTERS, themes: ['energy'] } });
		for (let seed = 1; seed <= 10; seed++) {
			const { shown } = orderingSet(energy, { size: 5, difficulty: 'easy', seed });
			expect(shown.map((e) => e.id).sort()).toEqual(['e1', 'e2']);
			expect(
				placementSet(energy, { size: 5, seed })
					.map((e) => e.id)
					.sort()
			).toEqual(['e1', 'e2']);
		}
	});
});

const five = makeEvents([
	['a', '1990', { title: 'A' }],
	['b', '1991', { title: 'B' }],
	['c', '1992', { title: 'C' }],
	['d', '1993', { title: 'D' }],
	['e', '1994', { title: 'E' }]
]);
const byId = (ids: string) => ids.split('').map((id) => five.find((e) => e.id === id)!);

describe('scoreOrdering', () => {
	it.each<[string, string, number, number, string[]]>([
		['all in order', 'abcde', 10, 1, []],
		['one adjacent swap', 'abdce', 9, 0.8, ['D (1993) → C (1992)']],
		['the first and last swapped', 'ebcda', 3, -0.4, expect.any(Array) as unknown as string[]],
		['all reversed', 'edcba', 0, -1, expect.any(Array) as unknown as string[]]
	])('%s: %s has %i of 10 pairs in order', (_, order, inOrder, tau, swapped) => {
		const score = scoreOrdering(byId(order));
		expect(score.total).toBe(10);
		expect(score.inOrder).toBe(inOrder);
		expect(score.tau).toBeCloseTo(tau);
		expect(score.allCorrect).toBe(inOrder === 10);
		expect(
			score.pairs
				.filter((p) => p.verdict === 'swapped')
				.map(
					(p) =>
						`${p.first.title} (${p.first.displayDate}) → ${p.second.title} (${p.second.displayDate})`
				)
		).toEqual(swapped);
	});

	it('names the events of the swapped pair as misplaced, and only those', () => {
		expect([...scoreOrdering(byId('abdce')).misplaced].sort()).toEqual(['c', 'd']);
	});

	it('accepts either order for overlapping or uncertain dates, and counts the pair as in order', () => {
		const events = makeEvents([
			['war', '1999-03-24/1999-06-10', { title: 'War' }],
			['talks', '1999-05', { title: 'Talks' }],
			['later', '2004', { title: 'Later' }]
		]);
		const [war, talks, later] = events;
		for (const answer of [
			[talks!, war!, later!],
			[war!, talks!, later!]
		]) {
			const score = scoreOrdering(answer);
			expect(score.inOrder).toBe(3);
			expect(score.allCorrect).toBe(true);
			expect(score.pairs.filter((p) => p.verdict === 'either')).toHaveLength(1);
		}
	});
});

describe('eitherOrderReason', () => {
	const pair = (a: string, b: string) => {
		const [x, y] = makeEvents([
			['x', a, { title: 'X' }],
			['y', b, { title: 'Y' }]
		]);
		return eitherOrderReason(x!, y!) ?? eitherOrderReason(y!, x!);
	};
	it.each<[string, string, string | undefined]>([
		['1999', '2001', undefined],
		['1999-03', '1999-04', undefined],
		['1999', '1999', 'have the same date as far as it is known'],
		['1999', '1999-05-01', 'overlap in time'],
		['1999-03-24/1999-06-10', '1999-06-01/1999-07-01', 'overlap in time'],
		['2001~', '2002', 'The date of “X” (c. 2001) is approximate, so it may be before or after “Y”'],
		['2001?', '2002-06', 'The date of “X” (2001?) is uncertain'],
		['2001~', '2004', undefined],
		['1999-03~', '1999-04', 'is approximate'],
		['1999-03~', '1999-06', undefined]
	])('%s and %s: %s', (a, b, words) => {
		const reason = pair(a, b);
		if (words === undefined) expect(reason).toBeUndefined();
		else expect(reason).toContain(words);
	});
});

describe('summarisePlacements', () => {
	it.each<[number[], { rightOn: number; averageMonths: number }]>([
		[[], { rightOn: 0, averageMonths: 0 }],
		[[0, 0, 0], { rightOn: 3, averageMonths: 0 }],
		[[0, 2, 7], { rightOn: 1, averageMonths: 3 }],
		[[12, 13], { rightOn: 0, averageMonths: 13 }]
	])('sums up %j', (errors, summary) => {
		expect(summarisePlacements(errors)).toEqual(summary);
	});
});

describe('classSet', () => {
	const pool = scopeEvents(data, { filters: NO_FILTERS });
	it.each<['order' | 'place', number]>([
		['order', 1],
		['order', 8],
		['place', 1],
		['place', 8]
	])('a %s set for seed %i matches the set on screen and its key', (mode, seed) => {
		const settings = { mode, size: 4, difficulty: 'easy' as const, seed };
		const set = classSet(pool, settings);
		const ids = (events: { id: string }[]) => events.map((e) => e.id);
		if (mode === 'order') {
			const onScreen = orderingSet(pool, settings);
			expect(ids(set.questions)).toEqual(ids(onScreen.shown));
			expect(ids(set.key)).toEqual(ids(onScreen.answer));
			expect(scoreOrdering(set.key).allCorrect).toBe(true);
		} else {
			expect(ids(set.questions)).toEqual(ids(placementSet(pool, settings)));
			expect(ids(set.key)).toEqual(ids(set.questions));
		}
		expect(set.questions).toHaveLength(4);
	});
});
