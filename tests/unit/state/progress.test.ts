import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, parseProgress } from '$lib/state/progress.svelte';

describe('parseProgress', () => {
	it('reads stored progress', () => {
		const stored = {
			orderingAttempts: 3,
			orderingSolved: 2,
			placements: 4,
			placementErrorMonths: 17
		};
		expect(parseProgress(JSON.stringify(stored))).toEqual(stored);
	});

	it('ignores keys it does not know', () => {
		expect(
			parseProgress(
				'{"orderingAttempts":1,"orderingSolved":1,"placements":0,"placementErrorMonths":0,"x":1}'
			)
		).toEqual({ orderingAttempts: 1, orderingSolved: 1, placements: 0, placementErrorMonths: 0 });
	});

	it.each([
		['nothing stored', null],
		['empty text', ''],
		['text that is not JSON', '{orderingAttempts: 1'],
		['null', 'null'],
		['an array', '[1,2,3,4]'],
		['a number', '42'],
		[
			'counts as strings',
			'{"orderingAttempts":"3","orderingSolved":"1","placements":"2","placementErrorMonths":"7"}'
		],
		['a missing count', '{"orderingAttempts":1,"orderingSolved":1,"placements":2}'],
		[
			'an infinite count',
			'{"orderingAttempts":1e999,"orderingSolved":0,"placements":0,"placementErrorMonths":0}'
		],
		[
			'a negative count',
			'{"orderingAttempts":1,"orderingSolved":0,"placements":1,"placementErrorMonths":-3}'
		],
		[
			'a fractional count',
			'{"orderingAttempts":1.5,"orderingSolved":0,"placements":0,"placementErrorMonths":0}'
		],
		[
			'a count beyond safe integers',
			'{"orderingAttempts":1e300,"orderingSolved":0,"placements":0,"placementErrorMonths":0}'
		],
		[
			'a null count',
			'{"orderingAttempts":null,"orderingSolved":0,"placements":0,"placementErrorMonths":0}'
		],
		[
			'more solved than checked',
			'{"orderingAttempts":1,"orderingSolved":5,"placements":0,"placementErrorMonths":0}'
		]
	])('starts afresh from %s', (_, stored) => {
		expect(parseProgress(stored)).toEqual(EMPTY_PROGRESS);
	});
});
