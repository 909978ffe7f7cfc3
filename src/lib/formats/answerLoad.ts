/**
 * What the validator's worker does with a LoadRequest: it fetches the file when given an address,
 * while the loader's code (postLoad.ts, the bulk of the worker) loads alongside, then posts the
 * loader's result as the messages of loadMessages.ts. A file that streams in is read as it
 * arrives (streamingLoad.ts), from the first chunk after the loader's code is there, and its
 * events are posted as they are read.
 */
import { fetchCapped, type OnDownload } from '../state/fetchCapped';
import type { LoadProgress, LoadRequest, PostLoadMessage } from './loadMessages';
import type { StreamingLoad } from './streamingLoad';

/** The least time between two counts of a download's bytes: the page need not see each chunk. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Answers a request with its messages: the bytes given, or those fetched from the address
 * (within the size cap; an address that is not http(s) or a file over the cap gets its problem,
 * one that cannot be fetched an `unfetched` message). Progress messages come first: the download
 * (its bytes at most every PROGRESS_INTERVAL_MS), then that the checks begin.
 * `signal` stops the fetch.
 */
export async function answerLoadRequest(
	request: LoadRequest,
	post: PostLoadMessage,
	signal?: AbortSignal
): Promise<void> {
	const loader = import('./postLoad');
	// Awaited below unless the fetch fails first; its own failure is then of no use.
	loader.catch(() => {});
	const progress = (progress: LoadProgress) => post({ kind: 'progress', progress }, []);
	if ('bytes' in request) {
		progress({ stage: 'checking' });
		return (await loader).postLoad(new TextDecoder().decode(request.bytes), request.name, post);
	}
	const { url } = request;
	let fetched: Awaited<ReturnType<typeof fetchCapped>>;
	let told = -Infinity;
	const downloaded: OnDownload = (counts) => {
		const now = performance.now();
		// The count of bytes is told at most every PROGRESS_INTERVAL_MS; the rest at once.
		if (counts.bytes !== undefined && now - told < PROGRESS_INTERVAL_MS) return;
		told = now;
		progress({ stage: 'downloading', ...counts });
	};
	// The chunks that come before the loader's code wait for it. This runs before the `await
	// loader` below, which therefore finds `reading` set.
	const early: Uint8Array[] = [];
	let reading: StreamingLoad | undefined;
	loader.then(
		({ StreamingLoad }) => {
			reading = new StreamingLoad((json) => post({ kind: 'events', json }, []));
			for (const chunk of early.splice(0)) reading.push(chunk);
		},
		() => {}
	);
	const onChunk = (chunk: Uint8Array) => (reading ? reading.push(chunk) : early.push(chunk));
	try {
		fetched = await fetchCapped(url, signal, downloaded, onChunk);
	} catch (error) {
		if (signal?.aborted) throw error;
		const reason = error instanceof Error ? error.message : String(error);
		return post({ kind: 'unfetched', reason }, []);
	}
	if (!fetched.ok)
		return post({ kind: 'problems', problems: [{ file: url, ...fetched.problem }] }, []);
	progress({ stage: 'checking' });
	const { postLoad } = await loader;
	postLoad(fetched.bytes ? new TextDecoder().decode(fetched.bytes) : reading!.end(), url, post);
}
