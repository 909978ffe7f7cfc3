import { expect, test, type Page } from '@playwright/test';
import { serveDataset, smallDataset } from './datasets';
import { ready } from './fixtures';

const DATA = '/uploads/open-ended.json';
const dataset = smallDataset('Open ends', [
	{ id: 'before', title: 'Long before', when: '../1991' },
	{
		id: 'treaty',
		title: 'Treaty signed',
		when: '1990-06-01',
		links: [{ rel: 'led-to', event: 'war' }]
	},
	{ id: 'meeting', title: 'Meeting held', when: '1995-03-10' },
	{ id: 'war', title: 'War goes on', when: '2022-02-24/..' }
]);

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

/** The window named above the timeline is made of dates, not "NaN". */
async function expectReadableWindow(page: Page) {
	const showing = page.getByRole('region', { name: 'Timeline' }).getByText(/^Showing /);
	await expect(showing).toHaveText(/^Showing .*\d{4}$/);
	await expect(showing).not.toContainText('NaN');
}

/** The window in the URL, as two finite instants. */
async function expectFiniteWindow(page: Page) {
	await expect(page).toHaveURL(/event=war/);
	const url = new URL(page.url());
	for (const key of ['from', 'to']) {
		const value = url.searchParams.get(key);
		expect(value, key).toMatch(/^-?\d{4}-\d{2}-\d{2}/);
		expect(Number.isFinite(Date.parse(value!)), key).toBe(true);
	}
}

test.describe('an open-ended event selected while out of view', () => {
	test.beforeEach(({ page }) => serveDataset(page, DATA, dataset));

	test('comes into view from a related-event button', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto(`/?data=${DATA}&event=treaty&from=1990-01-01&to=1990-12-31`);
		await ready(page);
		const details = page.getByRole('region', { name: 'Event details' });
		await expect(details.getByRole('heading', { level: 2 })).toHaveText('Treaty signed');
		await details.getByRole('button', { name: /^War goes on/ }).click();
		await expect(details.getByRole('heading', { level: 2 })).toHaveText('War goes on');
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await expectReadableWindow(page);
		await expect(
			timeline.getByRole('button', { name: /^War goes on, from 24 February 2022/ })
		).toBeVisible();
		await expectFiniteWindow(page);
		expect(errors).toEqual([]);
	});

	test('comes into view with the arrow keys', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto(`/?data=${DATA}&event=meeting&from=1995-01-01&to=1995-12-31`);
		await ready(page);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await timeline.getByRole('button', { name: /^Meeting held, 10 March 1995/ }).focus();
		await page.keyboard.press('ArrowRight');
		const war = timeline.getByRole('button', { name: /^War goes on, from 24 February 2022/ });
		await expect(war).toBeFocused();
		await page.keyboard.press('Enter');
		await expectReadableWindow(page);
		await expect(war).toBeVisible();
		await expectFiniteWindow(page);
		expect(errors).toEqual([]);
	});
});
