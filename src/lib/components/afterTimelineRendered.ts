/**
 * Resolves once the timeline has been drawn (its `timeline:rendered` mark, see Timeline.svelte),
 * or after `limitMs` whatever happens: for code the first render need not wait for.
 *
 * Each caller's promise resolves in a task of its own, in the order of the calls: what follows
 * the first render (the column beside it, the overview's chart, the legend, the filters, the
 * export menu: imports, and the links Vite's preloader adds for them) then runs as several short
 * tasks, between which the page answers input, rather than one long one.
 */
export function afterTimelineRendered(limitMs = 3000): Promise<void> {
	const MARK = 'timeline:rendered';
	if (typeof PerformanceObserver !== 'function' || performance.getEntriesByName(MARK).length > 0)
		return Promise.resolve();
	return new Promise((resolve) => {
		const done = () => {
			observer.disconnect();
			clearTimeout(timer);
			setTimeout(resolve);
		};
		const observer = new PerformanceObserver((list) => {
			if (list.getEntriesByName(MARK).length > 0) done();
		});
		observer.observe({ type: 'mark' });
		const timer = setTimeout(done, limitMs);
	});
}
