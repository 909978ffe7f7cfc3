/**
 * Fetching a `?data=` file within the size cap: the body is streamed and counted, never read
 * past DATA_MAX_BYTES. Loaded on demand, with the validator.
 */
import type { Problem } from '$lib/model/problems';
import { DATA_MAX_BYTES } from './dataLimits';

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

/** The problem of a file over the cap; `bytes` is what it declared or what arrived. */
function tooLarge(bytes: number): Omit<Problem, 'file'> {
	return {
		message: `is larger than ${formatBytes(DATA_MAX_BYTES)} (at least ${formatBytes(bytes)}), the most a ?data= address may load`,
		fix: 'split the dataset into smaller files, or remove what it does not need.'
	};
}

/**
 * Whether the body can be read whole at once (by the browser, with no script per chunk): a
 * same-origin response that declares its length, within the cap, and is not compressed, so the
 * length is that of the body. Otherwise it is counted as it streams in.
 */
export function readsWhole(response: Response, maxBytes: number): boolean {
	const declared = response.headers.get('content-length');
	const encoding = response.headers.get('content-encoding');
	return (
		response.type === 'basic' &&
		declared !== null &&
		Number(declared) <= maxBytes &&
		(encoding === null || encoding === 'identity')
	);
}

/**
 * The problem of a `?data=` address that is not http: or https: once read against `base` (the
 * page's address, so a path on the site passes), else undefined. Such an address is never
 * fetched: `javascript:`, `data:` and `blob:` carry no file from a server.
 */
export function notWebAddress(url: string, base: string): Omit<Problem, 'file'> | undefined {
	let protocol: string;
	try {
		protocol = new URL(url, base).protocol;
	} catch {
		protocol = '';
	}
	if (protocol === 'http:' || protocol === 'https:') return undefined;
	return {
		message:
			'is not a web address (?data= loads only http: and https: addresses), so it was not fetched',
		fix: 'give ?data= an address that starts with https://, or a path on this site such as /data/events.json.'
	};
}

/**
 * The bytes at `url`, or the problem of an address that is not http(s) or of a file over the cap (by its Content-Length, else as it
 * streams in). Network errors, error statuses and aborts through `signal` are thrown.
 */
export async function fetchCapped(
	url: string,
	signal: AbortSignal
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; problem: Omit<Problem, 'file'> }> {
	const refused = notWebAddress(url, location.href);
	if (refused) return { ok: false, problem: refused };
	const response = await fetch(url, { signal });
	if (!response.ok)
		throw new Error(`the server answered ${response.status} ${response.statusText}`);
	const declared = Number(response.headers.get('content-length'));
	if (declared > DATA_MAX_BYTES) {
		await response.body?.cancel();
		return { ok: false, problem: tooLarge(declared) };
	}
	if (!response.body || readsWhole(response, DATA_MAX_BYTES))
		return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
	const read = await readCapped(response.body, DATA_MAX_BYTES);
	return read.ok ? read : { ok: false, problem: tooLarge(read.readBytes) };
}
