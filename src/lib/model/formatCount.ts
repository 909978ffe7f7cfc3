/**
 * A count as the app prints it, its thousands grouped ("6,697"). Written out rather than with
 * `toLocaleString` or `Intl.NumberFormat`: the first of those in a page sets up the browser's
 * number formatting, which took 19 ms in Node and about 95 ms with the CPU slowed four times,
 * inside the task that names the built-in text's highlights.
 */
export function formatCount(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
