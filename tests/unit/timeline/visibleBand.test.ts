import { describe, expect, it } from 'vitest';
import { BAND_STEP_PX, visibleBand } from '$lib/timeline/viewport';

describe('visibleBand', () => {
	it('is the whole scene while the position is unknown', () => {
		expect(visibleBand(undefined, 880)).toEqual({ topPx: 0, heightPx: 880 });
	});

	it('covers the rows in sight and a step more each side, on whole steps', () => {
		// The stage starts 309 px below the viewport's top, in a viewport 720 px tall: 411 px in sight.
		const band = visibleBand({ scrollTopPx: -309, viewportPx: 720 }, 880);
		expect(band.topPx).toBe(0);
		expect(band.topPx + band.heightPx).toBeGreaterThanOrEqual(411 + BAND_STEP_PX);
		expect((band.topPx + band.heightPx) % BAND_STEP_PX).toBe(0);
		expect(band.heightPx).toBeLessThan(880);
	});

	it('follows a scroll, changing only once per step', () => {
		const at = (scrollTopPx: number) => visibleBand({ scrollTopPx, viewportPx: 400 }, 5000);
		for (let scrollTopPx = 0; scrollTopPx < 4000; scrollTopPx += 37) {
			const band = at(scrollTopPx);
			expect(band.topPx).toBeLessThanOrEqual(Math.max(0, scrollTopPx - BAND_STEP_PX));
			expect(band.topPx + band.heightPx).toBeGreaterThanOrEqual(scrollTopPx + 400 + BAND_STEP_PX);
		}
		// In a viewport of three steps both ends move together: 896 and 1023 px fall in one step
		// (of 128 px), 1024 px in the next.
		const inSteps = (scrollTopPx: number) => visibleBand({ scrollTopPx, viewportPx: 384 }, 5000);
		expect(inSteps(896)).toEqual(inSteps(1023));
		expect(inSteps(896)).not.toEqual(inSteps(1024));
	});

	it('is cut to the scene, and empty when the scene is out of sight', () => {
		expect(visibleBand({ scrollTopPx: 700, viewportPx: 720 }, 880)).toEqual({
			topPx: 512,
			heightPx: 368
		});
		expect(visibleBand({ scrollTopPx: 2000, viewportPx: 720 }, 880).heightPx).toBe(0);
		expect(visibleBand({ scrollTopPx: -2000, viewportPx: 720 }, 880).heightPx).toBe(0);
	});
});
