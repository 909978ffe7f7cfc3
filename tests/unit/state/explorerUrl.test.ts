import { describe, expect, it } from 'vitest';
import { indexDataset } from '$lib/model/dataset';
import { validateDataset } from '$lib/model/validate';
import { NO_FILTERS } from '$lib/model/filters';
import { readExplorerParams, writeExplorerParams } from '$lib/state/explorerUrl';
import { validDataset } from '../fixtures';

const result = validateDataset(validDataset(), { default: 'mini.json' });
if (!result.ok) throw new Error('fixture invalid');
const ds = indexDataset(result.dataset, result.dates);
const read = (query: string) => readExplorerParams(new URLSearchParams(query), ds);

describe('explorer URL parameters', () => {
	it('reads the event, window and lanes', () => {
		expect(read('event=council-founded&from=1999-03-24&to=2003&lanes=theme')).toEqual({
			params: {
				event: 'council-founded',
				window: { startMs: Date.UTC(1999, 2, 24), endMs: Date.UTC(2004, 0, 1) },
				lanes: 'theme',
				filters: NO_FILTERS
			},
			notices: []
		});
	});

	it('drops bad values with a notice instead of failing', () => {
		const { params, notices } = read('event=nope&from=yesterday&to=2003&lanes=colour');
		expect(params).toEqual({ filters: NO_FILTERS });
		expect(notices).toEqual([
			'There is no event “nope” in this dataset, so none is selected.',
			expect.stringContaining('needs two dates'),
			'“lanes=colour” is not a grouping; use actor, theme, stance or none.'
		]);
	});

	it('reads and writes filters, ignoring unknown values with a notice', () => {
		const { params, notices } = read('actor=nato,otan&stance=friction&basis=later&q=air%20war');
		expect(params.filters).toEqual({
			actors: ['nato'],
			themes: [],
			basis: ['later'],
			stance: ['friction'],
			query: 'air war'
		});
		expect(notices).toEqual(['“actor=otan” is not in this dataset and was ignored.']);
		const written = writeExplorerParams(
			new URLSearchParams(),
			{ lanes: 'actor', filters: params.filters },
			{ lanes: 'actor' }
		);
		expect(written.toString()).toBe('actor=nato&basis=later&stance=friction&q=air+war');
	});

	it('rejects a window that ends before it starts', () => {
		expect(read('from=2005&to=2001').notices[0]).toContain('ends (2001) before it starts (2005)');
	});

	it('round-trips a window to the minute and keeps other parameters', () => {
		const window = { startMs: Date.UTC(1999, 2, 24, 6, 30), endMs: Date.UTC(1999, 2, 30) };
		const written = writeExplorerParams(
			new URLSearchParams('data=x.json'),
			{ event: 'text-written', window, lanes: 'actor' },
			{ lanes: 'actor' }
		);
		expect(written.toString()).toBe(
			'data=x.json&event=text-written&from=1999-03-24T06%3A30Z&to=1999-03-29'
		);
		expect(read(written.toString()).params.window).toEqual(window);
	});

	it('never writes a window that is not finite', () => {
		const out = writeExplorerParams(
			new URLSearchParams('data=x.json'),
			{ event: 'council-founded', window: { startMs: NaN, endMs: Infinity }, lanes: 'stance' },
			{ lanes: 'stance' }
		);
		expect(out.toString()).toBe('data=x.json&event=council-founded');
	});
});
