import type { IndexedDataset } from '$lib/model/dataset';
import type { DatasetInput } from '$lib/model/schema';

type Loose = Record<string, unknown>;

/** A loosely typed copy, so tests can break any field. */
export interface LooseDataset extends Loose {
	source: Loose;
	events: Loose[];
	periods: Loose[];
	tours: (Loose & { steps: Loose[] })[];
}

/** A small valid dataset; tests copy and break it. */
export function validDataset(): LooseDataset {
	const dataset: DatasetInput = {
		format: 'chronotext-dataset',
		version: 1,
		id: 'mini',
		title: 'Mini dataset',
		source: {
			title: 'A short text',
			author: 'A. Author',
			published: '2006-11',
			publisher: 'A Press',
			sections: [
				{
					id: 'summary',
					heading: 'Summary',
					passages: [
						{
							id: 'summary-1',
							text: 'Four years after the Council came into being, Russia’s mood changed.'
						},
						{ id: 'summary-2', text: 'Plans for a joint defense remain just that—plans.' }
					]
				}
			]
		},
		actors: [
			{ id: 'nato', label: 'NATO' },
			{ id: 'russia', label: 'Russia' }
		],
		themes: [{ id: 'institutions', label: 'Institutions' }],
		events: [
			{
				id: 'council-founded',
				title: 'Council founded',
				when: '2002-05-28',
				summary: 'The Council was set up.',
				actors: ['nato', 'russia'],
				themes: ['institutions'],
				stance: 'cooperation',
				basis: 'mentioned',
				mentions: [{ passage: 'summary-1', quote: 'the Council came into being' }],
				links: [{ rel: 'led-to', event: 'text-written' }],
				sources: [{ title: 'A page', url: 'https://example.org/council' }]
			},
			{
				id: 'text-written',
				title: 'Text written',
				when: '2006',
				summary: 'Four years later.',
				actors: ['russia'],
				themes: [],
				stance: 'mixed',
				basis: 'implied',
				mentions: [{ passage: 'summary-1', quote: 'Four years after' }],
				sources: [{ title: 'Another page', url: 'https://example.org/text' }],
				dateNote: '2002 + 4 = 2006'
			}
		],
		periods: [
			{
				id: 'council-era',
				title: 'Council era',
				when: '2002-05-28/..',
				kind: 'institution',
				sources: [{ title: 'A page', url: 'https://example.org/council' }]
			}
		],
		tours: [
			{ id: 'story', title: 'Story', steps: [{ event: 'council-founded', caption: 'It begins.' }] }
		]
	};
	return structuredClone(dataset) as unknown as LooseDataset;
}

/**
 * What indexing adds to the records (not enumerable, so toEqual on the records does not see it),
 * as plain values to compare.
 */
export function derivedFields(ds: IndexedDataset) {
	return {
		events: ds.events.map((e) => ({
			id: e.id,
			span: e.span,
			displayDate: e.displayDate
		})),
		periods: ds.periods.map((p) => ({ id: p.id, span: p.span, displayDate: p.displayDate }))
	};
}
