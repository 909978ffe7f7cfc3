import { describe, expect, it } from 'vitest';
import { densityBars, densityBins } from '$lib/timeline/density';
import { makeEvents } from './helpers';

const utc = (y: number) => Date.UTC(y, 0, 1);

describe('densityBins', () => {
	it('counts each event in the bin its start falls in, skipping those outside the span', () => {
		const events = makeEvents([
			['before', '1989'],
			['a', '1990'],
			['b', '1990-06'],
			['c', '1994-12-31'],
			['d', '1997'],
			['open', '../1995'],
			['after', '2000']
		]);
		const bins = densityBins(events, { startMs: utc(1990), endMs: utc(2000) }, 5);
		expect([...bins]).toEqual([2, 0, 1, 1, 0]);
	});
});

/** The bars of a path made by densityBars, as [x, y, width, height]. */
function bars(d: string): number[][] {
	return [...d.matchAll(/M([\d.-]+),([\d.-]+)h([\d.-]+)v([\d.-]+)h([\d.-]+)Z/g)].map((m) => {
		expect(Number(m[5])).toBe(-Number(m[3]));
		return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
	});
}

describe('densityBars', () => {
	it('draws one bar per bin that holds events, standing on the bottom, the highest reaching the top room', () => {
		const d = densityBars([4, 0, 1, 16], 40, 44, 18);
		expect(bars(d)).toEqual([
			[0, 31, 9, 13],
			[20, 37.5, 9, 6.5],
			[30, 18, 9, 26]
		]);
	});

	it('keeps a lone event 2 px high and every bar 1 px wide', () => {
		expect(bars(densityBars([1, 10_000], 2, 44, 18))).toEqual([
			[0, 42, 1, 2],
			[1, 18, 1, 26]
		]);
	});

	it('draws nothing where no bin holds an event', () => {
		expect(densityBars([0, 0, 0], 30, 44, 18)).toBe('');
		expect(densityBars([], 30, 44, 18)).toBe('');
	});
});
