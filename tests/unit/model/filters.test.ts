import { describe, expect, it } from 'vitest';
import { NO_FILTERS, sameFilters, type EventFilters } from '$lib/model/filters';

const some: EventFilters = {
	actors: ['nato', 'russia'],
	themes: ['security'],
	basis: ['mentioned'],
	stance: ['friction'],
	query: 'treaty'
};

describe('sameFilters', () => {
	it.each([
		['no filters, read again', NO_FILTERS, { ...NO_FILTERS, actors: [] }, true],
		['the same values in another order', some, { ...some, actors: ['russia', 'nato'] }, true],
		['one actor more', some, { ...some, actors: ['nato', 'russia', 'eu'] }, false],
		['another actor', some, { ...some, actors: ['nato', 'eu'] }, false],
		['another theme', some, { ...some, themes: ['energy'] }, false],
		['another basis', some, { ...some, basis: ['implied'] }, false],
		['another stance', some, { ...some, stance: ['mixed'] }, false],
		['another query', some, { ...some, query: 'treaties' }, false]
	] as const)('%s', (_, a, b, same) => {
		expect(sameFilters(a as EventFilters, b as EventFilters)).toBe(same);
		expect(sameFilters(b as EventFilters, a as EventFilters)).toBe(same);
	});
});
