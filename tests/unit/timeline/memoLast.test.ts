import { describe, expect, it, vi } from 'vitest';
import { memoLast } from '$lib/timeline/memoLast';

describe('memoLast', () => {
	it('calls through once for repeated calls with the same arguments', () => {
		const options = { widthPx: 800 };
		const fn = vi.fn((w: { startMs: number }, o: { widthPx: number }) => ({ w, o }));
		const memo = memoLast(fn);
		const w = { startMs: 0 };
		const first = memo(w, options);
		expect(memo(w, options)).toBe(first);
		expect(memo(w, options)).toBe(first);
		expect(fn).toHaveBeenCalledTimes(1);
	});

	it('calls again when any argument is another object, even an equal one', () => {
		const fn = vi.fn((a: object, b: object) => [a, b]);
		const memo = memoLast(fn);
		const a = {};
		const b = {};
		memo(a, b);
		memo(a, {});
		memo({}, b);
		expect(fn).toHaveBeenCalledTimes(3);
	});

	it('remembers only the last call', () => {
		const fn = vi.fn((n: number) => n * 2);
		const memo = memoLast(fn);
		expect([memo(1), memo(2), memo(1), memo(1)]).toEqual([2, 4, 2, 2]);
		expect(fn).toHaveBeenCalledTimes(3);
	});
});
