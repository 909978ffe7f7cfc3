import { describe, expect, it } from 'vitest';
import { indexDataset } from '$lib/model/dataset';
import { validateDataset } from '$lib/model/validate';
import {
	isPresenterView,
	presenterViewSearch,
	readPresentParams,
	writePresentParams
} from '$lib/state/presentUrl';
import { validDataset } from '../fixtures';

// One tour "story" (1 step), one theme "institutions"; two text-linked events.
const result = validateDataset(validDataset(), { default: 'mini.json' });
if (!result.ok) throw new Error('fixture invalid');
const ds = indexDataset(result.dataset, result.dates);
const read = (query: string) => readPresentParams(new URLSearchParams(query), ds);

describe('present URL parameters', () => {
	it.each([
		['', { index: 0 }],
		['tour=story&step=1', { tourId: 'story', index: 0 }],
		['tour=all&step=2', { tourId: 'all', index: 1 }],
		['tour=all&theme=institutions&step=1', { tourId: 'all', theme: 'institutions', index: 0 }],
		['theme=institutions', { theme: 'institutions', index: 0 }]
	])('reads %s', (query, params) => {
		expect(read(query)).toEqual({
			params: { tourId: undefined, theme: undefined, ...params },
			notices: []
		});
	});

	it.each([
		[
			'tour=nope',
			{ index: 0 },
			'“tour=nope” is not a tour in this dataset; showing “Story” instead.'
		],
		[
			'tour=all&theme=nope',
			{ tourId: 'all', index: 0 },
			'“theme=nope” is not a theme in this dataset; showing “All events in the text, in time order” instead.'
		],
		[
			'tour=story&step=99',
			{ tourId: 'story', index: 0 },
			'“step=99” is not a step of “Story” (1 to 1); showing step 1 instead.'
		],
		[
			'tour=all&step=abc',
			{ tourId: 'all', index: 0 },
			'“step=abc” is not a step of “All events in the text, in time order” (1 to 2); showing step 1 instead.'
		],
		['tour=all&step=0', { tourId: 'all', index: 0 }, expect.stringContaining('“step=0” is not')],
		['tour=all&step=1.5', { tourId: 'all', index: 0 }, expect.stringContaining('“step=1.5”')],
		['tour=all&step=-1', { tourId: 'all', index: 0 }, expect.stringContaining('“step=-1”')],
		['tour=all&step=', { tourId: 'all', index: 0 }, expect.stringContaining('“step=” is not')]
	])('replaces %s with a notice', (query, params, notice) => {
		expect(read(query)).toEqual({
			params: { tourId: undefined, theme: undefined, ...params },
			notices: [notice]
		});
	});

	it('checks the step against the presentation that is shown instead', () => {
		expect(read('tour=nope&theme=nope&step=2').notices).toEqual([
			'“tour=nope” is not a tour in this dataset; showing “Story” instead.',
			'“theme=nope” is not a theme in this dataset; showing “Story” instead.',
			'“step=2” is not a step of “Story” (1 to 1); showing step 1 instead.'
		]);
	});

	it('writes tour, theme and step and keeps the other parameters', () => {
		const search = new URLSearchParams('data=%2Fx.json&tour=nope&theme=nope&step=99');
		expect(writePresentParams(search, { tourId: 'story', step: 1 }).toString()).toBe(
			'data=%2Fx.json&tour=story&step=1'
		);
		expect(
			writePresentParams(search, { tourId: 'all', theme: 'institutions', step: 2 }).toString()
		).toBe('data=%2Fx.json&tour=all&theme=institutions&step=2');
	});
});

describe('a tour made in the explorer, in the link', () => {
	const mine = {
		id: 'my-k1',
		title: 'Mine',
		steps: [
			{ event: 'text-written', caption: 'Second in time, first here.' },
			{ event: 'council-founded', caption: 'Then this.' }
		]
	};
	const link = (tour: typeof mine, step = 2) =>
		writePresentParams(new URLSearchParams('data=/d.json'), {
			tourId: tour.id,
			step,
			shared: tour
		});

	it('round-trips through the URL with its steps, captions and step', () => {
		const { params, notices } = readPresentParams(link(mine), ds);
		expect(notices).toEqual([]);
		expect(params).toEqual({ tourId: 'my-k1', theme: undefined, index: 1, shared: mine });
	});

	it('leaves out steps whose event is not in the dataset, saying which', () => {
		const withGone = { ...mine, steps: [...mine.steps, { event: 'gone', caption: '' }] };
		const { params, notices } = readPresentParams(link(withGone, 1), ds);
		expect(params.shared?.steps).toEqual(mine.steps);
		expect(notices).toEqual([
			'The tour “Mine” has steps that are not events of this dataset (gone); they are left out.'
		]);
	});

	it('falls back with a notice when the tour data cannot be read', () => {
		const search = link(mine);
		search.set('tourdata', search.get('tourdata')!.slice(0, 20));
		const { params, notices } = readPresentParams(search, ds);
		expect(params.shared).toBeUndefined();
		expect(params.tourId).toBeUndefined();
		expect(notices[0]).toContain('“tourdata” does not hold a tour made in the explorer');
		expect(notices[1]).toBe('“tour=my-k1” is not a tour in this dataset; showing “Story” instead.');
	});

	it('drops the tour data when another tour is written', () => {
		const out = writePresentParams(link(mine), { tourId: 'story', step: 1 });
		expect(out.toString()).toBe('data=%2Fd.json&tour=story&step=1');
	});
});

describe('presenter view parameter', () => {
	it.each([
		['presenter=1', true],
		['', false],
		['presenter=0', false],
		['presenter=yes', false]
	])('%s is the presenter view: %s', (query, expected) => {
		expect(isPresenterView(new URLSearchParams(query))).toBe(expected);
	});

	it('opens the same presentation and step, keeping the dataset', () => {
		const search = new URLSearchParams('data=/d.json&tour=story&step=1');
		expect(presenterViewSearch(search).toString()).toBe(
			'data=%2Fd.json&tour=story&step=1&presenter=1'
		);
		expect(search.has('presenter')).toBe(false);
	});
});
