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

/**
 * A pause for work that a load does in slices: a yield to the page, which throws once `signal`
 * is aborted (a cancelled load stops at its next pause).
 */
export function pauseUnless(signal?: AbortSignal): () => Promise<void> {
	return async () => {
		await yieldToPage();
		signal?.throwIfAborted();
	};
}

/**
 * Calls `step` until it returns false, in tasks of about `sliceMs` each: as many steps as fit,
 * then a yield to the page. For work that comes in small pieces of unknown cost, so that a fast
 * machine does it in one task and a slow one never holds up input for long.
 */
export async function inSlices(step: () => boolean, sliceMs = 10): Promise<void> {
	for (;;) {
		const start = performance.now();
		do if (!step()) return;
		while (performance.now() - start < sliceMs);
		await yieldToPage();
	}
}
