import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PRACTICE,
	MAX_SEED,
	randomSeed,
	readPracticeParams,
	writePracticeParams
} from '$lib/state/practiceUrl';

const FALLBACK = 12345;
const read = (query: string) => readPracticeParams(new URLSearchParams(query), FALLBACK);

describe('practice URL parameters', () => {
	it('takes the defaults and the fallback seed when the URL has none', () => {
		expect(read('')).toEqual({ settings: { ...DEFAULT_PRACTICE, seed: FALLBACK }, notices: [] });
	});

	it.each([
		['mode=place&size=8&level=hard&seed=7', { mode: 'place', size: 8, level: 'hard', seed: 7 }],
		['mode=order&size=4&level=easy&seed=1', { mode: 'order', size: 4, level: 'easy', seed: 1 }],
		['size=6', { mode: 'order', size: 6, level: 'easy', seed: FALLBACK }],
		[`seed=${MAX_SEED}`, { mode: 'order', size: 5, level: 'easy', seed: MAX_SEED }],
		['seed=007', { mode: 'order', size: 5, level: 'easy', seed: 7 }]
	])('reads %s', (query, settings) => {
		expect(read(query)).toEqual({ settings, notices: [] });
	});

	it.each([
		[
			'mode=draw',
			{ mode: 'order' },
			'“mode=draw” is not an exercise (order or place); using order instead.'
		],
		[
			'mode=',
			{ mode: 'order' },
			'“mode=” is not an exercise (order or place); using order instead.'
		],
		['size=1000', { size: 5 }, '“size=1000” is not a set size (4, 5, 6 or 8); using 5 instead.'],
		['size=5.0', { size: 5 }, '“size=5.0” is not a set size (4, 5, 6 or 8); using 5 instead.'],
		['size=3', { size: 5 }, '“size=3” is not a set size (4, 5, 6 or 8); using 5 instead.'],
		[
			'level=expert',
			{ level: 'easy' },
			'“level=expert” is not a difficulty (easy or hard); using easy instead.'
		],
		[
			'seed=abc',
			{ seed: FALLBACK },
			`“seed=abc” is not a set number (a whole number from 1 to ${MAX_SEED}); using set #${FALLBACK} instead.`
		],
		['seed=0', { seed: FALLBACK }, expect.stringContaining('“seed=0” is not a set number')],
		['seed=-4', { seed: FALLBACK }, expect.stringContaining('“seed=-4” is not a set number')],
		['seed=1.5', { seed: FALLBACK }, expect.stringContaining('“seed=1.5” is not a set number')],
		['seed=1e3', { seed: FALLBACK }, expect.stringContaining('“seed=1e3” is not a set number')],
		[`seed=${MAX_SEED + 1}`, { seed: FALLBACK }, expect.stringContaining('is not a set number')],
		[
			'seed=99999999999999999999',
			{ seed: FALLBACK },
			expect.stringContaining('is not a set number')
		]
	])('replaces %s with a notice', (query, fallback, notice) => {
		expect(read(query)).toEqual({
			settings: { ...DEFAULT_PRACTICE, seed: FALLBACK, ...fallback },
			notices: [notice]
		});
	});

	it('gives one notice per bad value', () => {
		expect(read('seed=abc&size=1000&level=x&mode=y').notices).toHaveLength(4);
	});

	it('writes every setting and keeps the other parameters', () => {
		const written = writePracticeParams(new URLSearchParams('data=%2Fx.json&seed=abc'), {
			mode: 'place',
			size: 6,
			level: 'hard',
			seed: 42
		});
		expect(written.toString()).toBe('data=%2Fx.json&seed=42&mode=place&size=6&level=hard');
	});

	it('reads back what it writes, with no notice', () => {
		for (const query of ['', 'seed=abc&size=1000', 'mode=place&seed=9&size=8&level=hard']) {
			const { settings } = read(query);
			const again = readPracticeParams(
				writePracticeParams(new URLSearchParams(query), settings),
				1
			);
			expect(again).toEqual({ settings, notices: [] });
		}
	});

	it('draws five-digit seeds', () => {
		expect(randomSeed(() => 0)).toBe(10_000);
		expect(randomSeed(() => 0.999999)).toBe(99_999);
	});
});
