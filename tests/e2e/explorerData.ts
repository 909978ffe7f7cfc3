import { expect, test as base, type Page } from '@playwright/test';
import { ready } from './fixtures';

/** The URL path the small explorer dataset is served at (see `serveExplorerData`). */
export const EXPLORER_DATA = '/uploads/explorer.json';

const source = (title: string) => [{ title, url: `https://example.org/${title}` }];

const event = (
	id: string,
	title: string,
	when: string,
	basis: 'mentioned' | 'implied' | 'context' | 'later',
	extra: Record<string, unknown> = {}
) => ({
	id,
	title,
	when,
	summary: `What happened: ${title}.`,
	actors: ['nato'],
	themes: ['security'],
	stance: 'cooperation',
	basis,
	mentions: [],
	sources: source(id),
	...extra
});

/**
 * A small dataset in our JSON format: a text published in November 2006 that mentions or implies
 * events from 1990 to 2002, with context before and events after its publication.
 */
export const explorerDataset = {
	format: 'chronotext-dataset',
	version: 1,
	id: 'explorer-test',
	title: 'A test text and its events',
	source: {
		title: 'A short text about a partnership',
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
						text: 'The arms treaty of 1990 set the scene. The Founding Act of 1997 opened a forum. Then the war over Kosovo broke the forum for a year.'
					},
					{
						id: 'summary-2',
						text: 'A council of twenty was formed in Rome, and it meets to this day in Brussels and elsewhere.'
					}
				]
			}
		]
	},
	actors: [{ id: 'nato', label: 'NATO' }],
	themes: [{ id: 'security', label: 'Security' }],
	events: [
		event('early-context', 'An early summit far before the text', '1985-11-19', 'context'),
		event('arms-treaty', 'Arms treaty signed in Paris', '1990-11-19', 'implied', {
			mentions: [{ passage: 'summary-1', quote: 'The arms treaty of 1990 set the scene.' }]
		}),
		event('founding-act', 'Founding Act signed', '1997-05-27', 'mentioned', {
			label: 'Founding Act',
			mentions: [{ passage: 'summary-1', quote: 'The Founding Act of 1997 opened a forum.' }]
		}),
		event(
			'air-war',
			'The air war over Kosovo and its long aftermath',
			'1999-03-24/1999-06-10',
			'mentioned',
			{
				stance: 'friction',
				mentions: [
					{ passage: 'summary-1', quote: 'Then the war over Kosovo broke the forum for a year.' }
				],
				links: [{ rel: 'led-to', event: 'airport-dash' }]
			}
		),
		event('airport-dash', 'Paratroopers reach the airport first', '1999-06-12', 'context', {
			stance: 'friction'
		}),
		event('council', 'Council of twenty founded in Rome', '2002-05-28', 'mentioned', {
			mentions: [{ passage: 'summary-2', quote: 'A council of twenty was formed in Rome' }]
		}),
		...[2, 3, 4, 5, 6, 7].map((day) =>
			event(`cluster-${day}`, `Cluster meeting ${day - 1}`, `1995-01-0${day}`, 'context')
		),
		event('annexation', 'A peninsula annexed', '2014-03-18', 'later', { stance: 'friction' }),
		event('invasion', 'A full-scale invasion', '2022-02-24', 'later', { stance: 'friction' })
	]
};

/** Serves `dataset` (the small explorer dataset unless given) at EXPLORER_DATA. */
export async function serveExplorerData(page: Page, dataset: object = explorerDataset) {
	await page.route(
		(url) => url.pathname === EXPLORER_DATA,
		(route) => route.fulfill({ json: dataset })
	);
}

/** Playwright's test, failing any test whose page throws an uncaught error. */
export const test = base.extend<{ pageErrors: string[] }>({
	pageErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await use(errors);
			expect(errors).toEqual([]);
		},
		{ auto: true }
	]
});

/** The explorer's details region. */
export const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
/** The title of the event the details show. */
export const detailsHeading = (page: Page) => details(page).getByRole('heading', { level: 2 });
/** The button of the event titled `title` on the timeline. */
export const mark = (page: Page, title: string) =>
	page
		.getByRole('region', { name: 'Timeline' })
		.getByRole('button', { name: new RegExp(`^${title},`) });

/** Opens the explorer on the small dataset, with more of the query string after `?data=…`. */
export async function openExplorer(page: Page, query = '') {
	await serveExplorerData(page);
	await page.goto(`/?data=${EXPLORER_DATA}${query}`);
	await ready(page);
	await expect(page.getByRole('banner')).toContainText('A test text and its events');
}
