/** A dataset for the event list's print layouts. */

const WORDS =
	'the alliance and its partner met again after a long winter of talks about forces, bases, energy and the treaties that bound them';

/**
 * Thirty text-linked events a few months apart, twenty of them on energy, each with a long
 * summary, a long quote, two sources and a date note, and a tour of three of them out of order.
 */
export function handoutDataset() {
	const n = 30;
	const when = (i: number) =>
		`${1990 + Math.floor(i / 2)}-${String((i % 2) * 6 + 3).padStart(2, '0')}`;
	const quote = (i: number) => `In event ${i} ${WORDS}`;
	return {
		format: 'chronotext-dataset',
		version: 1,
		id: 'handout-fixture',
		title: 'Handout fixture',
		source: {
			title: 'A long text',
			author: 'A. Author',
			published: '2006',
			publisher: 'A Press',
			sections: [
				{
					id: 's',
					heading: 'S',
					passages: Array.from({ length: n }, (_, i) => ({ id: `s-${i}`, text: `${quote(i)}.` }))
				}
			]
		},
		actors: [{ id: 'a', label: 'A' }],
		themes: [
			{ id: 'energy', label: 'Energy' },
			{ id: 'security', label: 'Security' }
		],
		events: Array.from({ length: n }, (_, i) => ({
			id: `event-${i}`,
			title: `Event ${i}: a meeting of ministers on the matters of the day`,
			when: when(i),
			summary: `Event ${i}: ${WORDS}, ${WORDS}.`,
			actors: ['a'],
			themes: [i < 20 ? 'energy' : 'security'],
			stance: 'mixed',
			basis: 'mentioned',
			mentions: [{ passage: `s-${i}`, quote: quote(i) }],
			sources: [
				{ title: `A first page about event ${i}`, url: `https://example.org/first/event-${i}` },
				{ title: `A second page about event ${i}`, url: `https://example.org/second/event-${i}` }
			],
			dateNote: `The month is the one the text gives for event ${i}, ${WORDS}.`
		})),
		tours: [
			{
				id: 'three',
				title: 'Three steps',
				steps: [25, 3, 14].map((i) => ({ event: `event-${i}`, caption: `Step ${i}.` }))
			}
		]
	};
}
