import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetToCsv } from '$lib/formats/chronotextCsv';
import { loadDatasetText } from '$lib/formats/load';
import { formatProblem } from '$lib/model/problems';
import { validateDataset } from '$lib/model/validate';

/** Text as the validator leaves it: trimmed and not empty; list items hold no line breaks. */
const cellText = fc
	.string({ minLength: 1, maxLength: 24 })
	.map((s) => s.replace(/\s+/g, ' ').trim())
	.filter(Boolean);
const longText = fc
	.array(cellText, { minLength: 1, maxLength: 3 })
	.map((lines) => lines.join('\n'));

const ACTORS = [
	{ id: 'nato', label: 'NATO' },
	{ id: 'russia', label: 'Russia' },
	{ id: 'eu-states', label: 'EU; states' }
];
const THEMES = [
	{ id: 'security', label: 'Security' },
	{ id: 'trade-energy', label: 'Trade, energy' }
];
const URLS = ['https://example.org/a', 'http://example.org/b?x=1&y=2', 'https://www.nato.int/'];

const event = fc.record(
	{
		title: cellText,
		when: fc.constantFrom(
			'2002-05-28',
			'2004-03',
			'2006',
			'-0489~',
			'1999-03-24/1999-06-10',
			'2012-05-07/..'
		),
		summary: longText,
		actors: fc.subarray(ACTORS.map((a) => a.id)),
		themes: fc.subarray(THEMES.map((t) => t.id)),
		stance: fc.constantFrom('cooperation', 'friction', 'mixed'),
		basis: fc.constantFrom('context', 'later'),
		// A dataset lists each source address once.
		sources: fc.uniqueArray(
			fc.oneof(
				fc.record({ title: cellText, url: fc.constantFrom(...URLS) }),
				fc.constantFrom(...URLS).map((url) => ({ title: new URL(url).hostname, url }))
			),
			{ minLength: 1, maxLength: 3, selector: (s) => s.url }
		),
		dateNote: longText,
		linkNext: fc.constantFrom('led-to', 'response-to', 'part-of', undefined)
	},
	{ requiredKeys: ['title', 'when', 'summary', 'actors', 'themes', 'stance', 'basis', 'sources'] }
);

const dataset = fc
	.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}$/), {
		minLength: 1,
		maxLength: 6
	})
	.chain((ids) =>
		fc.tuple(fc.constant(ids), fc.array(event, { minLength: ids.length, maxLength: ids.length }))
	)
	.map(([ids, events]) => ({
		format: 'chronotext-dataset',
		version: 1,
		id: 'generated',
		title: 'generated',
		actors: ACTORS,
		themes: THEMES,
		events: events.map(({ linkNext, ...e }, i) => ({
			id: ids[i]!,
			...e,
			mentions: [],
			links:
				linkNext && ids.length > 1 ? [{ rel: linkNext, event: ids[(i + 1) % ids.length]! }] : []
		}))
	}));

describe('chronotext CSV round trip, generated datasets', () => {
	it(
		'dataset → CSV → dataset keeps every event, and the CSV is written identically again',
		{ timeout: 120_000 },
		() => {
			fc.assert(
				fc.property(dataset, (input) => {
					const valid = validateDataset(input, { default: 'generated.json' });
					if (!valid.ok) throw new Error(valid.problems.map(formatProblem).join('\n'));
					const csv = datasetToCsv(valid.dataset);
					const back = loadDatasetText(csv, 'generated.csv');
					if (!back.ok) throw new Error(back.problems.map(formatProblem).join('\n'));
					expect(back.dataset.events).toEqual(valid.dataset.events);
					expect(datasetToCsv(back.dataset)).toBe(csv);
				}),
				{ numRuns: 1000 }
			);
		}
	);
});
