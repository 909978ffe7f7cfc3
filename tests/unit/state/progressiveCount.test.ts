import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressiveCount } from '$lib/state/progressiveCount.svelte';

describe('ProgressiveCount', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('renders a long list a step at a time, one task per step, then all of it', () => {
		let length = 45;
		const count = new ProgressiveCount(() => length, 20);
		// A list the screen has switched to gets the first step even before it is counted.
		expect(count.limit('draft-1')).toBe(20);
		count.restart('draft-1');
		expect(count.limit('draft-1')).toBe(20);
		vi.advanceTimersToNextTimer();
		expect(count.limit('draft-1')).toBe(40);
		// The list grew meanwhile: the count follows it.
		length = 70;
		vi.advanceTimersToNextTimer();
		expect(count.limit('draft-1')).toBe(60);
		vi.advanceTimersToNextTimer();
		expect(count.limit('draft-1')).toBe(Infinity);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('shows a short list at once', () => {
		const count = new ProgressiveCount(() => 5, 20);
		count.restart('a');
		expect(count.limit('a')).toBe(Infinity);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('starts over only for another list, and stops once told to show all', () => {
		const count = new ProgressiveCount(() => 300, 20);
		count.restart('a');
		count.showAll();
		expect(vi.getTimerCount()).toBe(0);
		count.restart('a');
		expect(count.limit('a')).toBe(Infinity);
		count.restart('b');
		expect(count.limit('b')).toBe(20);
		expect(count.limit('a')).toBe(20);
		expect(vi.getTimerCount()).toBe(1);
	});
});
