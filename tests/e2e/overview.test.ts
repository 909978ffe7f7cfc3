import { expect, test, type Page } from '@playwright/test';
import { serveDataset, smallDataset } from './datasets';
import { axeViolations, gesturesReady, ready } from './fixtures';
import { collectErrors } from './pageErrors';

/** Three events from 1990 to 2010: the whole span is 1990–2010, with 3% margins. */
const DATASET = smallDataset('Overview test', [
	{ id: 'first', title: 'First event', when: '1990' },
	{ id: 'middle', title: 'Middle event', when: '2000-06-15' },
	{ id: 'last', title: 'Last event', when: '2010' }
]);

function windowOf(page: Page) {
	const url = new URL(page.url());
	return { from: url.searchParams.get('from'), to: url.searchParams.get('to') };
}

async function open(page: Page, query = '') {
	await serveDataset(page, '/overview-test.json', DATASET);
	await page.goto(`/?data=/overview-test.json${query}`);
	await ready(page);
}

test.describe('the overview strip', () => {
	test('labels years, and a drag across it from the whole span chooses a new window', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await timeline.getByRole('button', { name: 'Show all', exact: true }).click();
		await expect(timeline.getByText(/^Showing /)).toHaveText('Showing 1989–2011');
		const overview = timeline.getByRole('group', { name: 'Overview' });
		for (const year of ['1990', '2000', '2010'])
			await expect(overview.getByText(year, { exact: true })).toBeAttached();

		await gesturesReady(page);
		const box = (await overview.boundingBox())!;
		const y = box.y + box.height / 2;
		// A quarter of the strip, from 25% to 50% of its width: about 1995 to mid-2000.
		await expect(async () => {
			await page.mouse.move(box.x + box.width * 0.25, y);
			await page.mouse.down();
			await page.mouse.move(box.x + box.width * 0.375, y, { steps: 4 });
			await page.mouse.move(box.x + box.width * 0.5, y, { steps: 4 });
			await page.mouse.up();
			await expect(page).toHaveURL(/from=199[45]-.*&to=2000-/, { timeout: 3000 });
		}).toPass();
		const { from, to } = windowOf(page);
		const years = (Date.parse(to!) - Date.parse(from!)) / (365.25 * 86_400_000);
		expect(years).toBeGreaterThan(5);
		expect(years).toBeLessThan(6.2);
		expect(errors).toEqual([]);
	});

	test('From and To set the window through the URL', async ({ page }) => {
		const errors = collectErrors(page);
		await open(page);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		const from = timeline.getByRole('textbox', { name: 'From' });
		const to = timeline.getByRole('textbox', { name: 'To' });
		await from.fill('1998');
		await to.fill('1999-03');
		await to.press('Enter');
		await expect(page).toHaveURL(/from=1998-01-01&to=1999-03-31/);
		await expect(timeline.getByText(/^Showing /)).toHaveText('Showing January 1998 – March 1999');
		// The fields now follow the window.
		await expect(from).toHaveValue('1998-01');
		await expect(to).toHaveValue('1999-03');
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('shows the window from the URL and says what is wrong with a bad date', async ({ page }) => {
		const errors = collectErrors(page);
		await open(page, '&from=2001&to=2004');
		const timeline = page.getByRole('region', { name: 'Timeline' });
		const from = timeline.getByRole('textbox', { name: 'From' });
		await expect(from).toHaveValue('2001');
		await expect(timeline.getByRole('textbox', { name: 'To' })).toHaveValue('2004');
		await from.fill('19x8');
		await timeline.getByRole('button', { name: 'Show dates' }).click();
		const alert = timeline.getByRole('alert');
		await expect(alert).toHaveText(
			'“From”: “19x8” is not a date; write a year (1998), a month (1999-03) or a day (1999-03-24).'
		);
		await expect(from).toHaveAttribute('aria-invalid', 'true');
		await expect(from).toHaveAccessibleDescription(/is not a date/);
		expect(windowOf(page)).toEqual({ from: '2001-01-01', to: '2004-12-31' });
		await from.fill('2002');
		await from.press('Enter');
		await expect(alert).toHaveCount(0);
		await expect(page).toHaveURL(/from=2002-01-01&to=2004-12-31/);
		expect(errors).toEqual([]);
	});
});
