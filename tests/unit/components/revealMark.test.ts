import { describe, expect, it } from 'vitest';
import { scrollDelta } from '$lib/components/revealMark';

describe('scrollDelta', () => {
	// A band from 8 px to 372 px: a 390 × 844 screen above a sheet 464 px tall.
	it.each([
		['inside the band', 100, 124, 0],
		['touching both edges', 8, 372, 0],
		['below the band: its foot to the band foot', 651, 675, 303],
		['above the band: its top to the band top', -200, -176, -208],
		['across the band top', 0, 30, -8],
		['taller than the band, below it: its top to the band top', 500, 1000, 492],
		['taller than the band, across it: its top to the band top', 100, 600, 92]
	])('%s', (_, top, bottom, delta) => {
		expect(scrollDelta(top, bottom, 8, 372)).toBe(delta);
	});
});
