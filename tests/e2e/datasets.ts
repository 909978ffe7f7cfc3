import type { Page } from '@playwright/test';

/** One event of a small test dataset: what a test cares about, the rest filled in. */
export interface EventSketch {
	id: string;
	title: string;
	when: string;
	links?: { rel: 'led-to' | 'response-to' | 'part-of'; event: string }[];
}

/** A small valid chronotext dataset with the given events. */
export function smallDataset(title: string, events: EventSketch[]) {
	return {
		format: 'chronotext-dataset',
		version: 1,
		id: 'small',
		title,
		source: {
			title: 'A short text',
			author: 'A. Author',
			published: '2006',
			publisher: 'A publisher',
			sections: [{ id: 's', heading: 'Summary', passages: [{ id: 's-1', text: 'Some words.' }] }]
		},
		actors: [{ id: 'nato', label: 'NATO' }],
		themes: [{ id: 'security', label: 'Security' }],
		events: events.map((e) => ({
			id: e.id,
			title: e.title,
			when: e.when,
			summary: `About ${e.title}.`,
			actors: ['nato'],
			themes: ['security'],
			stance: 'mixed',
			basis: 'context',
			mentions: [],
			links: e.links ?? [],
			sources: [{ title: 'A source', url: 'https://example.org/source' }]
		}))
	};
}

/** Serves `dataset` at `path` on the site's origin, for `?data=<path>`. */
export async function serveDataset(page: Page, path: string, dataset: object): Promise<void> {
	await page.route(
		(url) => url.pathname === path,
		(route) => route.fulfill({ json: dataset })
	);
}

/** Four text-linked events in two themes, and a tour of three of them. */
export function presentDataset() {
	const years = [1991, 1994, 1997, 2000];
	return {
		format: 'chronotext-dataset',
		version: 1,
		id: 'present-fixture',
		title: 'Present fixture',
		source: {
			title: 'A short text',
			author: 'A. Author',
			published: '2006',
			publisher: 'A Press',
			sections: [
				{
					id: 's',
					heading: 'S',
					passages: [{ id: 's-1', text: years.map((y) => `In ${y} step ${y} came.`).join(' ') }]
				}
			]
		},
		actors: [{ id: 'a', label: 'A' }],
		themes: [
			{ id: 'odd', label: 'Odd' },
			{ id: 'even', label: 'Even' }
		],
		events: years.map((y, i) => ({
			id: `step-${y}`,
			title: `Step of ${y}`,
			when: String(y),
			summary: `Summary ${y}.`,
			actors: ['a'],
			themes: [i % 2 ? 'even' : 'odd'],
			stance: 'mixed',
			basis: 'mentioned',
			mentions: [{ passage: 's-1', quote: `step ${y} came` }],
			sources: [{ title: 'A page', url: `https://example.org/${y}` }]
		})),
		tours: [
			{
				id: 'short',
				title: 'A short tour',
				steps: [1991, 1997, 2000].map((y) => ({ event: `step-${y}`, caption: `Caption ${y}.` }))
			}
		]
	};
}
