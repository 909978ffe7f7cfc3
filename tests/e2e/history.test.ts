import { expect, test } from '@playwright/test';
import { serveDataset, smallDataset } from './datasets';
import { ready } from './fixtures';

const DATA = '/uploads/history.json';

test('Back returns to the previous selection and stays in the app', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await serveDataset(
		page,
		DATA,
		smallDataset('History', [
			{ id: 'first', title: 'First event', when: '1999-03-24' },
			{ id: 'second', title: 'Second event', when: '2002-05-28' }
		])
	);
	await page.goto(`/?data=${DATA}`);
	await ready(page);
	await expect(page.getByRole('banner')).toContainText('History');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	const heading = page.getByRole('region', { name: 'Event details' }).getByRole('heading', {
		level: 2
	});

	await timeline.getByRole('button', { name: /^First event, / }).click();
	await expect(page).toHaveURL(/event=first/);
	await timeline.getByRole('button', { name: /^Second event, / }).click();
	await expect(page).toHaveURL(/event=second/);
	// Panning and zooming replace the entry rather than adding one.
	await timeline.getByRole('button', { name: 'Zoom out', exact: true }).click();
	await expect(page).toHaveURL(/from=/);

	await page.goBack();
	await expect(page).toHaveURL(/event=first/);
	await expect(heading).toHaveText('First event');

	await page.goBack();
	await expect(page).not.toHaveURL(/event=/);
	await expect(heading).toHaveCount(0);
	await expect(page.getByText(/^Select an event on the timeline/)).toBeVisible();
	expect(new URL(page.url()).pathname).toBe('/');
	await expect(page.getByRole('banner')).toContainText('History');
	expect(errors).toEqual([]);
});
