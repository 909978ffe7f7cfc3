import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDataEarly, takeEarlyFetch } from '$lib/state/earlyFetch';

/** Stubs fetch, recording each call's address and signal. */
function stubFetch() {
	const calls: { href: string; signal: AbortSignal }[] = [];
	vi.stubGlobal('fetch', (href: string, init: RequestInit) => {
		calls.push({ href, signal: init.signal! });
		return Promise.resolve(new Response('{}'));
	});
	return calls;
}

afterEach(() => {
	// Nothing started by one test is left for the next.
	takeEarlyFetch('', new AbortController().signal);
	vi.unstubAllGlobals();
});

describe('fetchDataEarly and takeEarlyFetch', () => {
	it('starts the ?data= download at once and hands it over for that address, once', async () => {
		const calls = stubFetch();
		fetchDataEarly('https://site.example/events/?data=files/a.json&from=1999');
		expect(calls.map((c) => c.href)).toEqual(['https://site.example/events/files/a.json']);
		const signal = new AbortController().signal;
		const taken = takeEarlyFetch('https://site.example/events/files/a.json', signal);
		expect(await taken).toBeInstanceOf(Response);
		expect(takeEarlyFetch('https://site.example/events/files/a.json', signal)).toBeUndefined();
	});

	it('starts nothing without ?data=, or for an address that is not http(s)', () => {
		const calls = stubFetch();
		for (const page of [
			'https://site.example/',
			'https://site.example/?data=',
			'https://site.example/?data=javascript:alert(1)',
			'https://site.example/?data=data:application/json,{}',
			'https://site.example/?data=http://exa%20mple.org/'
		])
			fetchDataEarly(page);
		expect(calls).toEqual([]);
	});

	it('cancels a download the loader does not ask for', () => {
		const calls = stubFetch();
		fetchDataEarly('https://site.example/?data=/a.json');
		expect(takeEarlyFetch('https://site.example/b.json', new AbortController().signal)).toBe(
			undefined
		);
		expect(calls[0]!.signal.aborted).toBe(true);
	});

	it("aborts the download with the loader's signal, also one aborted already", () => {
		const calls = stubFetch();
		const loader = new AbortController();
		fetchDataEarly('https://site.example/?data=/a.json');
		takeEarlyFetch('https://site.example/a.json', loader.signal);
		expect(calls[0]!.signal.aborted).toBe(false);
		loader.abort('timed out');
		expect(calls[0]!.signal.reason).toBe('timed out');

		const done = new AbortController();
		done.abort('cancelled');
		fetchDataEarly('https://site.example/?data=/c.json');
		takeEarlyFetch('https://site.example/c.json', done.signal);
		expect(calls[1]!.signal.reason).toBe('cancelled');
	});
});
