import { afterEach, describe, expect, it, vi } from 'vitest';
import { withRetries } from '$lib/state/withRetries';

/** A load that fails `failures` times, then resolves with the attempt's number. */
function flaky(failures: number) {
	let calls = 0;
	const load = vi.fn(async () => {
		calls++;
		if (calls <= failures) throw new Error(`failure ${calls}`);
		return calls;
	});
	return load;
}

describe('withRetries', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('resolves at once when the first attempt loads', async () => {
		const load = flaky(0);
		await expect(withRetries(load, [1000])).resolves.toBe(1);
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('tries again after each delay until an attempt loads', async () => {
		vi.useFakeTimers();
		const load = flaky(2);
		const result = withRetries(load, [1000, 5000]);
		await vi.advanceTimersByTimeAsync(999);
		expect(load).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(load).toHaveBeenCalledTimes(2);
		await vi.advanceTimersByTimeAsync(4999);
		expect(load).toHaveBeenCalledTimes(2);
		await vi.advanceTimersByTimeAsync(1);
		await expect(result).resolves.toBe(3);
	});

	it('rejects with the last failure once the delays are used up', async () => {
		vi.useFakeTimers();
		const load = flaky(5);
		const result = withRetries(load, [10, 10]);
		const settled = expect(result).rejects.toThrow('failure 3');
		await vi.advanceTimersByTimeAsync(20);
		await settled;
		expect(load).toHaveBeenCalledTimes(3);
	});

	it('tries again as soon as the browser is back online', async () => {
		vi.useFakeTimers();
		const events = new EventTarget();
		vi.stubGlobal('window', events);
		try {
			const load = flaky(1);
			const result = withRetries(load, [60_000]);
			await vi.advanceTimersByTimeAsync(10);
			expect(load).toHaveBeenCalledTimes(1);
			events.dispatchEvent(new Event('online'));
			await expect(result).resolves.toBe(2);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
