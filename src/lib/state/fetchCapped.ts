/**
 * Fetching a `?data=` file within the size cap: the body is streamed and counted, never read
 * past DATA_MAX_BYTES. Run in the validator's worker (formats/answerLoad.ts), so the page never
 * receives the file itself; on the main thread only where there are no workers.
 */
import type { Problem } from '$lib/model/problems';
import { formatBytes } from '$lib/model/formatCount';
import { safeHref } from '$lib/model/safeHref';
import { DATA_MAX_BYTES } from './dataLimits';

/**
 * A body read whole (its bytes, unless they went to an `onChunk` as they came), or the count of
 * bytes seen when it passed the cap (then it was cancelled).
 */
export type CappedRead = { ok: true; bytes?: Uint8Array } | { ok: false; readBytes: number };

/**
 * Reads a byte stream whole, counting as it goes (`onBytes` is told the count after each chunk);
 * once more than `maxBytes` arrive it stops, cancels the stream and returns how many bytes it saw.
 * Errors of the stream (an abort) pass on. Given `onChunk`, each chunk goes to it as it comes
 * instead of being kept: a reader that reads as the bytes arrive (formats/streamingLoad.ts).
 *
 * The chunks are joined once the last has come: copying each into one buffer as it arrived (of
 * the declared length, or grown by doubling) had a 39 MB file parsed 100–270 ms later
 * (BENCHMARKS.md, round 13).
 */
export async function readCapped(
	stream: ReadableStream<Uint8Array>,
	maxBytes: number,
	onBytes?: (bytes: number) => void,
	onChunk?: (chunk: Uint8Array) => void
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
		if (onChunk) onChunk(value);
		else chunks.push(value);
		onBytes?.(size);
	}
	if (onChunk) return { ok: true };
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return { ok: true, bytes };
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
 * The problem of a `?data=` address (absolute) that is not http: or https:, else undefined. Such
 * an address is never fetched: `javascript:`, `data:` and `blob:` carry no file from a server.
 */
export function notWebAddress(href: string): Omit<Problem, 'file'> | undefined {
	if (safeHref(href)) return undefined;
	return {
		message:
			'is not a web address (?data= loads only http: and https: addresses), so it was not fetched',
		fix: 'give ?data= an address that starts with https://, or a path on this site such as /data/events.json.'
	};
}

/** Told how a download goes: the bytes arrived, when counted, and the whole, when known. */
export type OnDownload = (progress: { bytes?: number; totalBytes?: number }) => void;

/**
 * The bytes at `url`, or the problem of an address that is not http(s) or of a file over the cap
 * (by its Content-Length, else as it streams in). `onDownload` is told of the request, then of
 * the bytes as they are counted, or once of the whole's length when the body is read at once.
 * A body that streams in goes to `onChunk`, when given, chunk by chunk, and is not returned; one
 * read at once is returned. Network errors, error statuses and aborts through `signal` are thrown.
 */
export async function fetchCapped(
	url: string,
	signal?: AbortSignal,
	onDownload?: OnDownload,
	onChunk?: (chunk: Uint8Array) => void
): Promise<{ ok: true; bytes?: Uint8Array } | { ok: false; problem: Omit<Problem, 'file'> }> {
	const refused = notWebAddress(url);
	if (refused) return { ok: false, problem: refused };
	onDownload?.({});
	const response = await fetch(url, { signal });
	if (!response.ok)
		throw new Error(`the server answered ${response.status} ${response.statusText}`);
	const declared = Number(response.headers.get('content-length'));
	if (declared > DATA_MAX_BYTES) {
		await response.body?.cancel();
		return { ok: false, problem: tooLarge(declared) };
	}
	if (!response.body || readsWhole(response, DATA_MAX_BYTES)) {
		onDownload?.({ totalBytes: declared });
		return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
	}
	const read = await readCapped(
		response.body,
		DATA_MAX_BYTES,
		onDownload && ((bytes) => onDownload({ bytes })),
		onChunk
	);
	return read.ok ? read : { ok: false, problem: tooLarge(read.readBytes) };
}
