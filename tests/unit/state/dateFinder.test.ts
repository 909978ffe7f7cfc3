import { describe, expect, it } from 'vitest';
import { DateFinder, type FindDates, type Suggestion } from '$lib/state/dateFinder.svelte';

const relative: Suggestion = {
	id: 'r',
	start: 20,
	end: 35,
	words: 'two years later',
	edtf: '1999',
	kind: 'relative',
	anchor: { words: 'May 1997', edtf: '1997-05' }
};

/** An engine whose runs finish when the test says, each with the given suggestions. */
function controlledEngine() {
	const runs: { text: string; finish: (s: Suggestion[]) => void }[] = [];
	const find: FindDates = (text) => new Promise((resolve) => runs.push({ text, finish: resolve }));
	return { runs, load: async () => find };
}

const years = (words: string): Suggestion => ({
	id: words,
	start: 0,
	end: words.length,
	words,
	edtf: words,
	kind: 'explicit'
});

describe('DateFinder', () => {
	it('keeps the suggestions of the newest run when an older one finishes last', async () => {
		const engine = controlledEngine();
		const finder = new DateFinder(engine.load, async () => () => undefined);
		const first = finder.run('1997');
		const second = finder.run('2004');
		await Promise.resolve();
		await Promise.resolve();
		expect(engine.runs.map((r) => r.text)).toEqual(['1997', '2004']);
		engine.runs[1]!.finish([years('2004')]);
		await second;
		engine.runs[0]!.finish([years('1997')]);
		await first;
		expect(finder.found.map((s) => s.words)).toEqual(['2004']);
		expect(finder.foundIn).toBe('2004');
		expect(finder.progress).toBeUndefined();
	});

	it('dates a relative suggestion from the anchor the author typed', async () => {
		const engine = controlledEngine();
		const resolve = (words: string, anchor: string) =>
			words === 'two years later' ? String(Number(anchor.slice(0, 4)) + 2) : undefined;
		const finder = new DateFinder(engine.load, async () => resolve);
		const run = finder.run('text');
		await Promise.resolve();
		await Promise.resolve();
		engine.runs[0]!.finish([relative]);
		await run;
		expect(finder.suggestions[0]?.edtf).toBe('1999');
		await finder.setAnchor(relative, '2001');
		expect(finder.anchorOf(relative)).toBe('2001');
		expect(finder.suggestions[0]).toMatchObject({ edtf: '2003', anchor: { edtf: '2001' } });
	});
});
