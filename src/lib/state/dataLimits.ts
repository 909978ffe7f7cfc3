/** Limits on a dataset loaded with `?data=`, and the capped reading of its body. */

/** How long a `?data=` file may take to arrive before the load is given up. */
export const DATA_TIMEOUT_MS = 30_000;

/** The largest `?data=` file accepted, in bytes (50 MB). */
export const DATA_MAX_BYTES = 50_000_000;

/** A body read whole, or the count of bytes seen when it passed the cap (then it was cancelled). */
export type CappedRead = { ok: true; bytes: Uint8Array } | { ok: false; readBytes: number };

/**
 * Reads a byte stream whole, counting as it goes; once more than `maxBytes` arrive it stops,
 * cancels the stream and returns how many bytes it saw. Errors of the stream (an abort) pass on.
 */
export async function readCapped(
	stream: ReadableStream<Uint8Array>,
	maxBytes: number
): Promise<CappedRead> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel();
			return { ok: false, readBytes: size };
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return { ok: true, bytes };
}

/** "50 MB", "1.5 kB": a byte count for messages. */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${bytes} bytes`;
	const [unit, size] = bytes < 1e6 ? ['kB', 1e3] : ['MB', 1e6];
	return `${Number((bytes / size).toFixed(1))} ${unit}`;
}
