import { describe, expect, it } from 'vitest';
import { notWebAddress, readCapped, readsWhole } from '$lib/state/fetchCapped';

/** A stream of `chunks`, then (when `forever`) one more byte at every pull, like a trickle. */
function streamOf(chunks: number[], forever = false) {
	let cancelled = false;
	let pulls = 0;
	const stream = new ReadableStream<Uint8Array>({
		pull(controller) {
			const size = chunks[pulls++];
			if (size !== undefined) controller.enqueue(new Uint8Array(size).fill(pulls));
			else if (forever) controller.enqueue(new Uint8Array(1));
			else controller.close();
		},
		cancel() {
			cancelled = true;
		}
	});
	return { stream, wasCancelled: () => cancelled };
}

describe('readCapped', () => {
	it('reads a body up to the cap whole and in order', async () => {
		const { stream } = streamOf([3, 2, 5]);
		const read = await readCapped(stream, 10);
		expect(read.ok && [...read.bytes!]).toEqual([1, 1, 1, 2, 2, 3, 3, 3, 3, 3]);
	});

	it('stops one chunk past the cap and cancels the download', async () => {
		const { stream, wasCancelled } = streamOf([4, 4, 4, 4]);
		expect(await readCapped(stream, 10)).toEqual({ ok: false, readBytes: 12 });
		expect(wasCancelled()).toBe(true);
	});

	it('stops a body that never ends once it passes the cap', async () => {
		const { stream, wasCancelled } = streamOf([], true);
		expect(await readCapped(stream, 1000)).toEqual({ ok: false, readBytes: 1001 });
		expect(wasCancelled()).toBe(true);
	});

	it('reads an empty body', async () => {
		const read = await readCapped(streamOf([]).stream, 10);
		expect(read.ok && read.bytes!.byteLength).toBe(0);
	});

	it('tells the bytes read so far after each chunk', async () => {
		const told: number[] = [];
		await readCapped(streamOf([3, 2, 5]).stream, 10, (bytes) => told.push(bytes));
		expect(told).toEqual([3, 5, 10]);
	});

	it('hands each chunk on as it comes instead of keeping it, when asked to', async () => {
		const chunks: number[][] = [];
		const read = await readCapped(streamOf([3, 2]).stream, 10, undefined, (chunk) =>
			chunks.push([...chunk])
		);
		expect(read).toEqual({ ok: true });
		expect(chunks).toEqual([
			[1, 1, 1],
			[2, 2]
		]);
	});
});

describe('readsWhole', () => {
	/** A response as fetch gives it: `type` is read-only, so it is set on the object. */
	function response(type: ResponseType, headers: Record<string, string>) {
		const r = new Response('x', { headers });
		Object.defineProperty(r, 'type', { value: type });
		return r;
	}

	it('reads a same-origin, uncompressed body of a declared length within the cap at once', () => {
		expect(readsWhole(response('basic', { 'content-length': '10' }), 10)).toBe(true);
		expect(
			readsWhole(response('basic', { 'content-length': '10', 'content-encoding': 'identity' }), 10)
		).toBe(true);
	});

	it('counts what streams in when the length is not known to be the body’s', () => {
		// Compressed: the declared length is the compressed one; the body may be far larger.
		expect(
			readsWhole(response('basic', { 'content-length': '10', 'content-encoding': 'gzip' }), 10)
		).toBe(false);
		// Another origin may hide its Content-Encoding.
		expect(readsWhole(response('cors', { 'content-length': '10' }), 10)).toBe(false);
		expect(readsWhole(response('basic', {}), 10)).toBe(false);
		expect(readsWhole(response('basic', { 'content-length': '11' }), 10)).toBe(false);
	});
});

describe('notWebAddress', () => {
	it('passes http and https addresses', () => {
		for (const url of [
			'https://data.example.org/events.json',
			'http://localhost:4173/events.json',
			'HTTPS://EXAMPLE.ORG/A.JSON'
		])
			expect(notWebAddress(url), url).toBeUndefined();
	});

	it('refuses every other scheme, whatever its case or padding', () => {
		for (const url of [
			'javascript:alert(1)',
			' JavaScript:alert(1)',
			'data:application/json,{}',
			'blob:https://example.org/0b1c',
			'file:///etc/passwd',
			'ftp://example.org/events.json'
		])
			expect(notWebAddress(url)?.message, url).toMatch(/^is not a web address/);
	});

	it('refuses an address that does not parse', () => {
		expect(notWebAddress('http://exa mple.org/')?.fix).toMatch(/https:\/\//);
	});
});
