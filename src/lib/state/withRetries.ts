/**
 * Loading again what failed to load: code fetched after the first render (the elements over the
 * timeline's canvas, the column beside it) fails when the connection drops between the page and
 * that fetch, before the offline cache holds it. Browsers fetch a failed `import()` again when
 * asked again, so a short outage costs a wait, not the page.
 */

/** How long to wait before each new attempt, in ms: two more attempts after the first. */
export const RETRY_DELAYS_MS: readonly number[] = [1000, 5000];

/**
 * Resolves with what `load` resolves with, calling it again after each failure, once per delay in
 * `delaysMs`: after that delay, or as soon as the browser says it is back online. Rejects with the
 * last failure once the delays are used up.
 */
export async function withRetries<T>(
	load: () => Promise<T>,
	delaysMs: readonly number[] = RETRY_DELAYS_MS
): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await load();
		} catch (error) {
			const delayMs = delaysMs[attempt];
			if (delayMs === undefined) throw error;
			await delayOrOnline(delayMs);
		}
	}
}

function delayOrOnline(ms: number): Promise<void> {
	return new Promise((done) => {
		const online = typeof window === 'undefined' ? undefined : window;
		const finish = () => {
			clearTimeout(timer);
			online?.removeEventListener('online', finish);
			done();
		};
		const timer = setTimeout(finish, ms);
		online?.addEventListener('online', finish);
	});
}
