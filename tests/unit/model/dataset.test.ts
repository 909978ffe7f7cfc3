import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { spanAt } from '$lib/model/dateColumns';
import { qualityProblems } from '$lib/model/datasetRules';
import { indexDataset } from '$lib/model/dataset';
import { formatProblem } from '$lib/model/problems';
import { sortEvents } from '$lib/model/sortEvents';
import { validateDataset } from '$lib/model/validate';
import { loadDatasetPath } from '$lib/server/datasetFolder';
import { makeEvents } from '../timeline/helpers';
import { validDataset } from '../fixtures';
import { manyEvents } from '../manyEvents';

function indexed() {
	const result = validateDataset(validDataset(), { default: 'mini.json' });
	if (!result.ok) throw new Error('fixture is invalid');
	return indexDataset(result.dataset, result.dates);
}

describe('indexDataset', () => {
	it('sorts events in time order with display dates at their precision', () => {
		const ds = indexed();
		expect(ds.events.map((e) => [e.id, e.displayDate])).toEqual([
			['council-founded', '28 May 2002'],
			['text-written', '2006']
		]);
	});

	it('indexes the records themselves, which still serialise and spread as loaded', () => {
		const data = validDataset();
		data.periods = [{ id: 'era', title: 'An era', when: '2001/2003', kind: 'era', sources: [] }];
		const result = validateDataset(data, { default: 'mini.json' });
		if (!result.ok) throw new Error('fixture is invalid');
		const { dataset, dates } = result;
		const before = JSON.stringify(dataset);
		const keys = dataset.events.map((e) => Object.keys(e));
		const ds = indexDataset(dataset, dates);
		expect(ds.events.map((e) => dataset.events.indexOf(e))).toEqual([0, 1]);
		expect(ds.periods[0]).toBe(dataset.periods[0]);
		expect(ds.periods[0]).toMatchObject({ displayDate: '2001–2003' });
		expect(JSON.stringify(ds.dataset)).toBe(before);
		expect(dataset.events.map((e) => Object.keys({ ...e }))).toEqual(keys);
		expect(structuredClone(ds.events[0])).toEqual(dataset.events[0]);
		expect(Object.keys(structuredClone(ds.events[0])!)).toEqual(keys[0]);
	});

	const ids = fc.uniqueArray(fc.constantFrom('nato', 'russia'), { maxLength: 2 });
	test.prop([
		fc.array(
			fc.record({
				when: fc.constantFrom('2002-05-28', '2004', '1999-03-24/1999-06-10', '2001-10~'),
				actors: ids,
				themes: fc.uniqueArray(fc.constantFrom('institutions', 'security'), { maxLength: 2 }),
				mention: fc.boolean(),
				link: fc.boolean()
			}),
			{ minLength: 1, maxLength: 30 }
		)
	])(
		'shares dates and lists between records, which still serialise, spread and clone as loaded',
		(specs) => {
			const data = manyEvents(specs.length, (i) => ({
				id: `e-${i}`,
				when: specs[i]!.when,
				actors: specs[i]!.actors,
				themes: specs[i]!.themes,
				mentions: specs[i]!.mention
					? [{ passage: 'summary-1', quote: 'the Council came into being' }]
					: [],
				links: specs[i]!.link && i > 0 ? [{ rel: 'led-to', event: `e-${i - 1}` }] : []
			}));
			data.themes = [...(data.themes as object[]), { id: 'security', label: 'Security' }];
			const result = validateDataset(data, { default: 'many.json' });
			if (!result.ok) throw new Error(JSON.stringify(result.problems));
			const { dataset } = result;
			const before = dataset.events.map((e) => [JSON.stringify(e), structuredClone(e), { ...e }]);
			// The validator's columns: those of a large dataset, where records of one date share it.
			const columns = result.dates.events;
			const ds = indexDataset(dataset, result.dates);
			expect(dataset.events.map((e) => [JSON.stringify(e), structuredClone(e), { ...e }])).toEqual(
				before
			);
			dataset.events.forEach((record, i) => {
				const event = ds.byId.get(record.id)!;
				expect(event).toBe(record);
				expect(event.span).toEqual(spanAt(columns, i));
				expect(event.displayDate).toBe(columns.displayDates[columns.dateOf[i]!]);
				for (const other of ds.events) {
					expect(other.span === event.span).toBe(other.when === event.when);
					const sameActors = JSON.stringify(other.actors) === JSON.stringify(event.actors);
					expect(other.actors === event.actors).toBe(sameActors);
				}
				expect([event.actors, event.themes].every(Object.isFrozen)).toBe(true);
				expect([event.mentions, event.links].map(Object.isFrozen)).toEqual([
					event.mentions.length === 0,
					event.links.length === 0
				]);
			});
		}
	);

	it('computes the finite extent, ignoring open ends', () => {
		const { extent } = indexed();
		expect(new Date(extent.startMs).toISOString()).toBe('2002-05-28T00:00:00.000Z');
		expect(new Date(extent.endMs).toISOString()).toBe('2007-01-01T00:00:00.000Z');
	});

	it('labels passages by section and paragraph', () => {
		expect(indexed().passages.get('summary-2')).toMatchObject({
			label: 'Summary, paragraph 2',
			order: 1
		});
	});
});

describe('sortEvents', () => {
	it('puts events given in another order (a tour’s) in time order, ties too', () => {
		const inTime = makeEvents([
			['a', '1999', { title: 'Same' }],
			['b', '2001', { title: 'Same' }],
			['c', '2003', { title: 'Other' }]
		]);
		const tour = [...inTime].reverse();
		expect(sortEvents(tour, 'date', 'ascending', inTime).map((e) => e.id)).toEqual(['a', 'b', 'c']);
		expect(sortEvents(tour, 'date', 'descending', inTime).map((e) => e.id)).toEqual([
			'c',
			'b',
			'a'
		]);
		for (const direction of ['ascending', 'descending'] as const)
			expect(sortEvents(tour, 'title', direction, inTime).map((e) => e.id)).toEqual(
				direction === 'ascending' ? ['c', 'a', 'b'] : ['a', 'b', 'c']
			);
	});

	it('sorts by title or basis and reverses direction, ties in time order', () => {
		const { events } = indexed();
		expect(sortEvents(events, 'title', 'ascending', events).map((e) => e.id)).toEqual([
			'council-founded',
			'text-written'
		]);
		expect(sortEvents(events, 'date', 'descending', events).map((e) => e.id)).toEqual([
			'text-written',
			'council-founded'
		]);
		expect(sortEvents(events, 'basis', 'descending', events).map((e) => e.basis)).toEqual([
			'implied',
			'mentioned'
		]);
	});
});

describe('the shipped NATO–Russia dataset', () => {
	const result = loadDatasetPath('data/nato-russia-2006');

	it('is valid', () => {
		expect(result.ok ? [] : result.problems).toEqual([]);
	});

	it('has at least 40 text-linked events and 8 later ones, each with a source', () => {
		if (!result.ok) return expect.unreachable();
		const { events } = result.dataset;
		expect(
			events.filter((e) => e.basis !== 'later' && e.mentions.length > 0).length
		).toBeGreaterThanOrEqual(40);
		expect(
			events.filter((e) => e.basis === 'later' && e.mentions.length > 0).length
		).toBeGreaterThanOrEqual(8);
		expect(events.every((e) => e.sources.length > 0)).toBe(true);
	});

	it('meets the quality rules for shipped datasets', () => {
		if (!result.ok) return expect.unreachable();
		expect(
			qualityProblems(result.dataset, { default: 'data/nato-russia-2006' }).map(formatProblem)
		).toEqual([]);
	});

	it('marks a frigate joining an operation as part of it, and contested links as such', () => {
		if (!result.ok) return expect.unreachable();
		const { byId } = indexDataset(result.dataset, result.dates);
		expect(byId.get('pytliviy-joins-active-endeavour')?.links).toContainEqual({
			rel: 'part-of',
			event: 'operation-active-endeavour-begins'
		});
		expect(
			byId.get('bucharest-summit')?.links.find((l) => l.event === 'georgia-war')?.contested
		).toBe(true);
	});

	it('quotes the text verbatim in every basis note', () => {
		if (!result.ok) return expect.unreachable();
		const text = (result.dataset.source?.sections ?? [])
			.flatMap((s) => s.passages.map((p) => p.text))
			.join(' ');
		const missing = result.dataset.events.flatMap((e) =>
			[...(e.basisNote ?? '').matchAll(/“([^”]+)”/g)]
				.map((m) => m[1]!)
				.filter((quote) => !text.includes(quote))
				.map((quote) => `${e.id}: ${quote}`)
		);
		expect(missing).toEqual([]);
	});

	it('quotes the title page for the publication and dates Riga after it', () => {
		if (!result.ok) return expect.unreachable();
		const { byId } = indexDataset(result.dataset, result.dates);
		const published = byId.get('monograph-published');
		expect(published?.basis).toBe('mentioned');
		expect(published?.mentions.map((m) => m.passage)).toContain('header-1');
		expect(byId.get('riga-summit-2006')?.basis).toBe('later');
	});

	it('dates the Kosovo air campaign 24 March – 10 June 1999', () => {
		if (!result.ok) return expect.unreachable();
		const kosovo = indexDataset(result.dataset, result.dates).byId.get('operation-allied-force');
		expect(kosovo?.displayDate).toBe('24 March – 10 June 1999');
	});
});
