import { describe, expect, it } from 'vitest';
import { indexDataset } from '$lib/model/dataset';
import { formatProblem } from '$lib/model/problems';
import { presentationFor } from '$lib/model/tours';
import { validateDataset } from '$lib/model/validate';
import { validDataset } from '../fixtures';

/** The mini dataset as an import would give it: no source text, so no mentions. */
function sourceless() {
	const ds = validDataset();
	delete (ds as Record<string, unknown>).source;
	for (const event of ds.events) {
		event.mentions = [];
		event.basis = 'context';
	}
	return ds;
}

describe('a dataset without a source text', () => {
	it('validates and indexes with no passages', () => {
		const result = validateDataset(sourceless(), { default: 'import.json' });
		expect(result.ok).toBe(true);
		if (result.ok) {
			const indexed = indexDataset(result.dataset, result.dates);
			expect(indexed.passages.size).toBe(0);
			expect(indexed.events.map((e) => e.id)).toEqual(['council-founded', 'text-written']);
		}
	});

	it('presents every event in time order, there being no text to link them to', () => {
		const result = validateDataset({ ...sourceless(), tours: [] }, { default: 'import.json' });
		if (!result.ok) throw new Error('fixture invalid');
		const presentation = presentationFor(indexDataset(result.dataset, result.dates));
		expect(presentation.title).toBe('All events, in time order');
		expect(presentation.steps.map((s) => s.event.id)).toEqual(['council-founded', 'text-written']);
	});

	it('says a mention needs a source text', () => {
		const ds = sourceless();
		ds.events[0]!.mentions = [{ passage: 'summary-1', quote: 'the Council' }];
		const result = validateDataset(ds, { default: 'import.json' });
		expect(!result.ok && result.problems.map(formatProblem)).toEqual([
			'import.json › event "council-founded" › mentions[0].passage: there is no passage "summary-1". Fix: this dataset has no source text: add "source" with the passage, or remove the mention.'
		]);
	});
});
