import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLanes, LANE_GROUPINGS, laneKeyOf } from '$lib/timeline/lanes';
import { edtfValue } from '../model/edtfArbitrary';
import { makeEvents } from './helpers';

const vocab = {
	actors: [
		{ id: 'a', label: 'A' },
		{ id: 'b', label: 'B' }
	],
	themes: []
};

const events = fc
	.array(fc.tuple(edtfValue, fc.constantFrom(['a'], ['b'], [] as string[])), { maxLength: 60 })
	.map((specs) =>
		makeEvents(specs.map(([when, actors], i) => [`e-${i}`, when, { actors }] as const))
	);

describe('buildLanes', () => {
	it('puts each event in its lane once, in time order, with its times and duration class', () => {
		fc.assert(
			fc.property(events, fc.constantFrom(...LANE_GROUPINGS), (list, grouping) => {
				const lanes = buildLanes(list, grouping, vocab);
				expect(lanes.flatMap((l) => l.events.map((e) => e.id)).sort()).toEqual(
					list.map((e) => e.id).sort()
				);
				for (const lane of lanes) {
					expect(lane.events.length).toBeGreaterThan(0);
					expect(lane.events).toEqual(list.filter((e) => laneKeyOf(e, grouping) === lane.id));
					expect([...lane.startsMs]).toEqual(lane.events.map((e) => e.span.startMs));
					expect([...lane.endsMs]).toEqual(lane.events.map((e) => e.span.endMs));
					lane.events.forEach((e, i) => expect(lane.indexOf.get(e.id)).toBe(i));
					expect(lane.indexOf.size).toBe(lane.events.length);
					// Every event in exactly one class, no longer than the class allows, starts sorted.
					const inClasses = lane.durationClasses.flatMap((c) => [...c.indexes]);
					expect(inClasses.sort((a, b) => a - b)).toEqual(lane.events.map((_, i) => i));
					let previous = 0;
					for (const c of lane.durationClasses) {
						expect(c.maxMs).toBeGreaterThan(previous);
						previous = c.maxMs;
						c.indexes.forEach((i, k) => {
							const span = lane.events[i]!.span;
							expect(span.endMs - span.startMs).toBeLessThanOrEqual(c.maxMs);
							expect(c.startsMs[k]).toBe(span.startMs);
							if (k > 0) expect(c.startsMs[k]).toBeGreaterThanOrEqual(c.startsMs[k - 1]!);
						});
					}
				}
			}),
			{ numRuns: 100 }
		);
	}, 60_000);

	it('orders lanes as the vocabulary, the lane without an actor last', () => {
		const list = makeEvents([
			['x', '2001', { actors: [] }],
			['y', '2002', { actors: ['b'] }],
			['z', '2003', { actors: ['a'] }]
		]);
		expect(buildLanes(list, 'actor', vocab).map((l) => l.label)).toEqual(['A', 'B', 'No actor']);
	});
});
