import { describe, expect, it } from 'vitest';
import { inSlices, pauseUnless } from '$lib/state/yieldToPage';

/** Runs `inSlices` over `count` steps; says how many ran before a task queued first did. */
async function run(count: number, sliceMs: number) {
	let steps = 0;
	let stepsBeforeOtherTask: number | undefined;
	setTimeout(() => (stepsBeforeOtherTask = steps), 0);
	await inSlices(() => {
		if (steps === count) return false;
		steps++;
		return true;
	}, sliceMs);
	return { steps, stepsBeforeOtherTask };
}

describe('inSlices', () => {
	it('takes every step, in one task while they fit in the slice', async () => {
		expect(await run(5, 60_000)).toEqual({ steps: 5, stepsBeforeOtherTask: undefined });
	});

	it('lets other tasks run between slices that are used up', async () => {
		const { steps, stepsBeforeOtherTask } = await run(5, 0);
		expect(steps).toBe(5);
		expect(stepsBeforeOtherTask).toBe(1);
	});

	it('stops at once when the first step says there is nothing to do', async () => {
		expect(await run(0, 0)).toEqual({ steps: 0, stepsBeforeOtherTask: undefined });
	});
});

describe('pauseUnless', () => {
	it('yields to a task queued first, then throws once its signal is aborted', async () => {
		const controller = new AbortController();
		const pause = pauseUnless(controller.signal);
		let other = false;
		setTimeout(() => (other = true), 0);
		await pause();
		expect(other).toBe(true);
		controller.abort(new Error('cancelled'));
		await expect(pause()).rejects.toThrow('cancelled');
		await expect(pauseUnless()()).resolves.toBeUndefined();
	});
});
