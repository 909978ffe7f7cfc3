import { expect, test } from '@playwright/test';
import { ready } from './fixtures';

const source = { title: 'Source', url: 'https://example.org/source' };

function event(id: string, title: string, when: string, links: object[] = []) {
	return {
		id,
		title,
		when,
		summary: 'In our own words.',
		actors: [],
		themes: [],
		stance: 'friction',
		basis: 'context',
		mentions: [],
		links,
		sources: [source]
	};
}

const dataset = {
	format: 'chronotext-dataset',
	version: 1,
	id: 'contested',
	title: 'Contested links',
	source: {
		title: 'A text',
		author: 'An author',
		published: '2008',
		publisher: 'A press',
		sections: [{ id: 's', heading: 'S', passages: [{ id: 's-1', text: 'Some words.' }] }]
	},
	actors: [],
	themes: [],
	events: [
		event('summit', 'A summit', '2008-04-03', [
			{ rel: 'led-to', event: 'war', note: 'One reading, disputed.', contested: true },
			{ rel: 'led-to', event: 'talks', note: 'A plain sequence.' }
		]),
		event('war', 'A war', '2008-08-07'),
		event('talks', 'Talks', '2008-09-01')
	]
};

test.describe('related events', () => {
	test.beforeEach(async ({ page }) => {
		page.on('pageerror', (error) => {
			throw error;
		});
		await page.route(
			(url) => url.pathname === '/uploads/contested.json',
			(route) => route.fulfill({ json: dataset })
		);
	});

	test('say when a link is contested, from either end', async ({ page }) => {
		await page.goto('/?data=/uploads/contested.json&event=summit');
		await ready(page);
		const related = page
			.getByRole('region', { name: 'Event details' })
			.getByRole('listitem')
			.filter({ has: page.getByRole('button', { name: /^A war/ }) });
		await expect(related).toContainText('(contested)');
		await expect(
			page
				.getByRole('region', { name: 'Event details' })
				.getByRole('listitem')
				.filter({ has: page.getByRole('button', { name: /^Talks/ }) })
		).not.toContainText('(contested)');

		await related.getByRole('button', { name: /^A war/ }).click();
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toHaveText('A war');
		await expect(
			page
				.getByRole('region', { name: 'Event details' })
				.getByRole('listitem')
				.filter({ has: page.getByRole('button', { name: /^A summit/ }) })
		).toContainText('(contested)');
	});
});
