/**
 * A count as the app prints it, its thousands grouped ("6,697"). Written out rather than with
 * `toLocaleString` or `Intl.NumberFormat`: the first of those in a page sets up the browser's
 * number formatting, which took 19 ms in Node and about 95 ms with the CPU slowed four times,
 * inside the task that names the built-in text's highlights.
 */
export function formatCount(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** "50 MB", "1.5 kB": a byte count for messages. */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${bytes} bytes`;
	const [unit, size] = bytes < 1e6 ? ['kB', 1e3] : ['MB', 1e6];
	return `${Number((bytes / size).toFixed(1))} ${unit}`;
}
