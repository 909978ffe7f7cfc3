/**
 * What the validator's worker does with a LoadRequest: it fetches the file when given an address,
 * while the loader's code (postLoad.ts, the bulk of the worker) loads alongside, then posts the
 * loader's result as the messages of loadMessages.ts.
 */
import { fetchCapped } from '../state/fetchCapped';
import type { LoadRequest, PostLoadMessage } from './loadMessages';

/**
 * Answers a request with its messages: the bytes given, or those fetched from the address
 * (within the size cap; an address that is not http(s) or a file over the cap gets its problem,
 * one that cannot be fetched an `unfetched` message). `signal` stops the fetch.
 */
export async function answerLoadRequest(
	request: LoadRequest,
	post: PostLoadMessage,
	signal?: AbortSignal
): Promise<void> {
	const loader = import('./postLoad');
	// Awaited below unless the fetch fails first; its own failure is then of no use.
	loader.catch(() => {});
	if ('bytes' in request)
		return (await loader).postLoad(new TextDecoder().decode(request.bytes), request.name, post);
	const { url } = request;
	let fetched: Awaited<ReturnType<typeof fetchCapped>>;
	try {
		fetched = await fetchCapped(url, signal);
	} catch (error) {
		if (signal?.aborted) throw error;
		const reason = error instanceof Error ? error.message : String(error);
		return post({ kind: 'unfetched', reason }, []);
	}
	if (!fetched.ok)
		return post({ kind: 'problems', problems: [{ file: url, ...fetched.problem }] }, []);
	(await loader).postLoad(new TextDecoder().decode(fetched.bytes), url, post);
}
