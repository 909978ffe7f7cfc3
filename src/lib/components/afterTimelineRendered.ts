/**
 * Resolves once the timeline has been drawn (its `timeline:rendered` mark, see Timeline.svelte),
 * or after `limitMs` whatever happens: for code the first render need not wait for.
 */
export function afterTimelineRendered(limitMs = 3000): Promise<void> {
	const MARK = 'timeline:rendered';
	if (typeof PerformanceObserver !== 'function' || performance.getEntriesByName(MARK).length > 0)
		return Promise.resolve();
	return new Promise((resolve) => {
		const done = () => {
			observer.disconnect();
			clearTimeout(timer);
			resolve();
		};
		const observer = new PerformanceObserver((list) => {
			if (list.getEntriesByName(MARK).length > 0) done();
		});
		observer.observe({ type: 'mark' });
		const timer = setTimeout(done, limitMs);
	});
}
