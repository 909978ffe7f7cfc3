/** Lets the page handle input and paint before long work goes on. */

interface Scheduler {
	yield?: () => Promise<void>;
}

/**
 * Resolves in a later task: through `scheduler.yield()` where the browser has it (the work goes
 * on ahead of other queued tasks), else a zero-delay timer.
 */
export function yieldToPage(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((done) => setTimeout(done, 0));
}
