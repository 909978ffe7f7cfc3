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
