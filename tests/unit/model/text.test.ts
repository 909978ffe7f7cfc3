import { describe, expect, it } from 'vitest';
import { indexDataset } from '$lib/model/dataset';
import { filterEvents, matchesQuery, NO_FILTERS, shownIdsOf } from '$lib/model/filters';
import { buildSegments, passageSegments } from '$lib/model/highlights';
import { readingOrder } from '$lib/model/readingOrder';
import { validateDataset } from '$lib/model/validate';
import { validDataset } from '../fixtures';

function mini() {
	const result = validateDataset(validDataset(), { default: 'mini.json' });
	if (!result.ok) throw new Error('fixture invalid');
	return indexDataset(result.dataset, result.dates);
}

describe('buildSegments', () => {
	const text = 'Plans for a joint defense remain just that—plans.';

	it('marks a quote and leaves the rest plain', () => {
		expect(
			buildSegments(text, [{ event: 'a', quote: 'joint defense' }]).map((s) => [s.text, s.events])
		).toEqual([
			['Plans for a ', []],
			['joint defense', ['a']],
			[' remain just that—plans.', []]
		]);
	});

	it('splits overlapping quotes so every piece names all of its events', () => {
		const segments = buildSegments(text, [
			{ event: 'a', quote: 'a joint defense' },
			{ event: 'b', quote: 'defense remain' }
		]);
		expect(segments.map((s) => [s.text, s.events])).toEqual([
			['Plans for ', []],
			['a joint ', ['a']],
			['defense', ['a', 'b']],
			[' remain', ['b']],
			[' just that—plans.', []]
		]);
	});

	it('highlights every occurrence of a repeated quote, and the same quote for two events once', () => {
		const segments = buildSegments(text, [
			{ event: 'a', quote: 'lans' },
			{ event: 'b', quote: 'lans' }
		]);
		expect(segments.filter((s) => s.events.length > 0).map((s) => [s.start, s.events])).toEqual([
			[1, ['a', 'b']],
			[44, ['a', 'b']]
		]);
	});

	it('keeps curly quotes and dashes exactly', () => {
		const segments = buildSegments('Russia’s attempt—plans', [
			{ event: 'a', quote: 'Russia’s attempt—plans' }
		]);
		expect(segments).toEqual([
			{ start: 0, end: 22, text: 'Russia’s attempt—plans', events: ['a'] }
		]);
	});
});

describe('passageSegments', () => {
	it('splits a passage by every event quoting it, once, when first asked for', () => {
		const data = mini();
		const segmentsOf = passageSegments(data);
		const first = segmentsOf('summary-1');
		expect(first.map((s) => s.text).join('')).toBe(data.passages.get('summary-1')!.text);
		expect(
			first.filter((s) => s.events.length).map((s) => [s.text, s.events.map((e) => e.id)])
		).toEqual([
			['Four years after', ['text-written']],
			['the Council came into being', ['council-founded']]
		]);
		expect(segmentsOf('summary-1')).toBe(first);
		expect(segmentsOf('no-such-passage')).toEqual([]);
	});
});

describe('filters', () => {
	const { events } = mini();

	it('searches titles, summaries and quotes in any case and typography', () => {
		expect(matchesQuery(events[0]!, 'COUNCIL came')).toBe(true);
		expect(matchesQuery(events[1]!, 'four years')).toBe(true);
		expect(matchesQuery(events[1]!, 'kosovo')).toBe(false);
	});

	it('combines groups with AND and values within a group with OR', () => {
		expect(filterEvents(events, { ...NO_FILTERS, actors: ['nato'] }).map((e) => e.id)).toEqual([
			'council-founded'
		]);
		expect(filterEvents(events, { ...NO_FILTERS, actors: ['nato', 'russia'] })).toHaveLength(2);
		expect(
			filterEvents(events, { ...NO_FILTERS, actors: ['russia'], basis: ['implied'] }).map(
				(e) => e.id
			)
		).toEqual(['text-written']);
		expect(filterEvents(events, { ...NO_FILTERS, stance: ['friction'] })).toEqual([]);
	});

	it('knows which events the filters leave shown', () => {
		const all = shownIdsOf(filterEvents(events, NO_FILTERS), NO_FILTERS);
		for (const e of events) expect(all.has(e.id)).toBe(true);
		const nato = { ...NO_FILTERS, actors: ['nato'] };
		const some = shownIdsOf(filterEvents(events, nato), nato);
		expect(events.filter((e) => some.has(e.id)).map((e) => e.id)).toEqual(['council-founded']);
	});
});

describe('readingOrder', () => {
	it('lists mentions in the order of the text and marks jumps back in time', () => {
		const data = mini();
		const entries = readingOrder(data, data.events);
		expect(entries.map((e) => [e.event.id, e.jump, e.timeIndex])).toEqual([
			['text-written', 'start', 1],
			['council-founded', 'back', 0]
		]);
	});
});
