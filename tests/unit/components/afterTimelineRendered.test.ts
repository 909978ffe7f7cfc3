import { afterEach, describe, expect, it } from 'vitest';
import { afterTimelineRendered } from '$lib/components/afterTimelineRendered';

const MARK = 'timeline:rendered';

describe('afterTimelineRendered', () => {
	afterEach(() => performance.clearMarks(MARK));

	it('resolves once the timeline is drawn, each caller in a task of its own, in call order', async () => {
		const order: string[] = [];
		const first = afterTimelineRendered().then(() => {
			order.push('first');
			// Work that the first caller's continuation queues runs before the second caller's.
			queueMicrotask(() => order.push('first, later'));
		});
		const second = afterTimelineRendered().then(() => order.push('second'));
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(order).toEqual([]);
		performance.mark(MARK);
		await Promise.all([first, second]);
		expect(order).toEqual(['first', 'first, later', 'second']);
	});

	it('resolves at once when the timeline was already drawn, and after the limit when it never is', async () => {
		const started = performance.now();
		await afterTimelineRendered(30);
		expect(performance.now() - started).toBeGreaterThanOrEqual(25);
		performance.mark(MARK);
		let resolved = false;
		void afterTimelineRendered().then(() => (resolved = true));
		await Promise.resolve();
		expect(resolved).toBe(true);
	});
});
