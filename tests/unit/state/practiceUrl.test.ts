import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PRACTICE,
	MAX_SEED,
	randomSeed,
	readPracticeParams,
	readPracticeScope,
	writePracticeParams,
	writePracticeScope
} from '$lib/state/practiceUrl';
import { indexDataset } from '$lib/model/dataset';
import { NO_FILTERS } from '$lib/model/filters';
import { validateDataset } from '$lib/model/validate';
import { validDataset } from '../fixtures';

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

describe('practice scope in the URL', () => {
	const result = validateDataset(validDataset(), { default: 'mini.json' });
	if (!result.ok) throw new Error('fixture invalid');
	const mini = indexDataset(result.dataset, result.dates);
	const tourId = mini.dataset.tours[0]!.id;
	const scopeOf = (query: string) => readPracticeScope(new URLSearchParams(query), mini);
	const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

	it.each([
		['', { filters: NO_FILTERS }],
		['theme=institutions', { filters: { ...NO_FILTERS, themes: ['institutions'] } }],
		['actor=nato,russia', { filters: { ...NO_FILTERS, actors: ['nato', 'russia'] } }],
		[
			'from=1999&to=2002-05',
			{ filters: NO_FILTERS, period: { startMs: day('1999-01-01'), endMs: day('2002-06-01') } }
		],
		[`tour=${tourId}`, { filters: NO_FILTERS, tourId }]
	])('reads %s', (query, scope) => {
		expect(scopeOf(query)).toEqual({ scope, notices: [] });
	});

	it.each([
		[
			'theme=weather',
			{ filters: NO_FILTERS },
			'“theme=weather” is not in this dataset and was ignored.'
		],
		[
			'actor=nato,mars',
			{ filters: { ...NO_FILTERS, actors: ['nato'] } },
			'“actor=mars” is not in this dataset and was ignored.'
		],
		[
			'from=spring&to=2002',
			{ filters: NO_FILTERS },
			'The window “from=spring&to=2002” needs two dates such as from=1999-01-01&to=2003-12-31; practising the whole timeline.'
		],
		[
			'from=2003&to=2001',
			{ filters: NO_FILTERS },
			'The window ends (2001) before it starts (2003); practising the whole timeline.'
		],
		[
			'tour=nope',
			{ filters: NO_FILTERS },
			'“tour=nope” is not a tour in this dataset; practising without one.'
		]
	])('replaces %s with a notice', (query, scope, notice) => {
		expect(scopeOf(query)).toEqual({ scope, notices: [notice] });
	});

	it('writes the scope in place of the old one, keeping the other parameters, and reads it back', () => {
		for (const query of [
			'data=x.json&seed=4&theme=weather&from=spring&tour=nope',
			`data=x.json&theme=institutions&actor=nato&from=1999-03&to=2002&tour=${tourId}`
		]) {
			const { scope } = scopeOf(query);
			const written = writePracticeScope(new URLSearchParams(query), scope);
			expect(written.get('data')).toBe('x.json');
			expect(scopeOf(written.toString())).toEqual({ scope, notices: [] });
		}
		expect(
			writePracticeScope(new URLSearchParams('seed=4&tour=nope&theme=x'), {
				filters: NO_FILTERS
			}).toString()
		).toBe('seed=4');
	});

	it('keeps a period as the URL wrote it, and writes a new one as its days', () => {
		const typed = 'from=2000&to=2001-06';
		expect(writePracticeScope(new URLSearchParams(typed), scopeOf(typed).scope).toString()).toBe(
			typed
		);
		const other = scopeOf('from=1999&to=2002-05').scope;
		expect(writePracticeScope(new URLSearchParams(typed), other).toString()).toBe(
			'from=1999-01-01&to=2002-05-31'
		);
	});
});
