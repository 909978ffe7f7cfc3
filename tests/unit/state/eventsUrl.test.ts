import { describe, expect, it } from 'vitest';
import { describeFilters } from '$lib/model/describeFilters';
import { indexDataset } from '$lib/model/dataset';
import { NO_FILTERS } from '$lib/model/filters';
import { validateDataset } from '$lib/model/validate';
import { explorerSearchFor, readEventsParams, writeEventsParams } from '$lib/state/eventsUrl';
import { writePresentParams } from '$lib/state/presentUrl';
import { validDataset } from '../fixtures';

const result = validateDataset(validDataset(), { default: 'mini.json' });
if (!result.ok) throw new Error('fixture invalid');
const ds = indexDataset(result.dataset, result.dates);

describe('event list URL parameters', () => {
	it('reads the same filters as the explorer, with a notice for unknown values', () => {
		const { filters, notices } = readEventsParams(
			new URLSearchParams('theme=institutions,nope&stance=cooperation&q=council&event=x&lanes=y'),
			ds
		);
		expect(filters).toEqual({
			...NO_FILTERS,
			themes: ['institutions'],
			stance: ['cooperation'],
			query: 'council'
		});
		expect(notices).toEqual(['“theme=nope” is not in this dataset and was ignored.']);
	});

	it('reads a tour of the dataset as its steps in order', () => {
		const { tour, notices } = readEventsParams(new URLSearchParams('tour=story'), ds);
		expect(notices).toEqual([]);
		expect(tour?.title).toBe('Story');
		expect(tour?.events.map((e) => e.id)).toEqual(ds.dataset.tours[0]!.steps.map((s) => s.event));
	});

	it('reads a tour made in the explorer from its link, in its own order', () => {
		const search = writePresentParams(new URLSearchParams(), {
			tourId: 'my-k1',
			step: 1,
			shared: {
				id: 'my-k1',
				title: 'Mine',
				steps: [
					{ event: 'text-written', caption: '' },
					{ event: 'council-founded', caption: '' }
				]
			}
		});
		const { tour } = readEventsParams(search, ds);
		expect(tour?.events.map((e) => e.id)).toEqual(['text-written', 'council-founded']);
	});

	it('lists every event, with a notice, for an unknown tour', () => {
		const { tour, notices } = readEventsParams(new URLSearchParams('tour=nope'), ds);
		expect(tour).toBeUndefined();
		expect(notices).toEqual([
			'“tour=nope” is not a tour in this dataset; listing every event instead.'
		]);
	});

	it('writes the filters and keeps the dataset and other parameters', () => {
		const written = writeEventsParams(new URLSearchParams('data=%2Fd.json&theme=old&q=x'), {
			...NO_FILTERS,
			actors: ['nato', 'russia']
		});
		expect(written.toString()).toBe('data=%2Fd.json&actor=nato%2Crussia');
	});

	it('links an event to the explorer with the same filters and dataset, and nothing else', () => {
		const search = explorerSearchFor(
			new URLSearchParams('data=%2Fd.json&theme=institutions&sort=title'),
			'council-founded',
			{ ...NO_FILTERS, themes: ['institutions'] }
		);
		expect(Object.fromEntries(search)).toEqual({
			data: '/d.json',
			event: 'council-founded',
			theme: 'institutions'
		});
		expect(explorerSearchFor(new URLSearchParams(), 'text-written', NO_FILTERS).toString()).toBe(
			'event=text-written'
		);
	});
});

describe('describeFilters', () => {
	it('names each active group with labels, and the search', () => {
		expect(
			describeFilters(
				{
					actors: ['nato', 'russia'],
					themes: ['institutions'],
					basis: ['later'],
					stance: ['friction'],
					query: ' air war '
				},
				ds.dataset
			)
		).toEqual([
			'Stance: Friction',
			'Basis: Later (after publication)',
			'Actor: NATO or Russia',
			'Theme: Institutions',
			'Search: “air war”'
		]);
	});

	it('is empty when nothing is filtered', () => {
		expect(describeFilters(NO_FILTERS, ds.dataset)).toEqual([]);
	});
});
