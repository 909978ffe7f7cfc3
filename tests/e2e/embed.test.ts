import { expect } from '@playwright/test';
import { EXPLORER_DATA, serveExplorerData, test } from './explorerData';
import { axeViolations, ready } from './fixtures';

const embed = (query: string) => `/?data=${EXPLORER_DATA}&embed=1${query}`;

test.describe('?embed=1', () => {
	test.beforeEach(async ({ page }) => serveExplorerData(page));

	test('shows the timeline and the details alone, for an iframe', async ({ page }) => {
		await page.goto(embed('&event=founding-act'));
		await ready(page);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await expect(timeline.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toHaveText('Founding Act signed');
		await expect(page.getByRole('banner')).toBeHidden();
		await expect(page.getByRole('region', { name: 'Source text' })).toHaveCount(0);
		await expect(page.getByRole('searchbox')).toHaveCount(0);

		// Selecting another event keeps the page embedded.
		await timeline
			.getByRole('button', { name: /^Council of twenty founded/ })
			.first()
			.click();
		await expect(page).toHaveURL(/[?&]embed=1(&|$)/);
		await expect(page).toHaveURL(/event=council/);
		await expect(page.getByRole('banner')).toBeHidden();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('a filter from the address still applies', async ({ page }) => {
		const timeline = page.getByRole('region', { name: 'Timeline' });
		const foundingAct = timeline.getByRole('button', { name: /^Founding Act signed/ });
		await page.goto(embed('&from=1997-05&to=1997-06&stance=cooperation'));
		await ready(page);
		await expect(foundingAct).toBeVisible();
		await page.goto(embed('&from=1997-05&to=1997-06&stance=friction'));
		await ready(page);
		await expect(timeline.getByText(/^Showing /)).toBeVisible();
		await expect(foundingAct).toHaveCount(0);
	});

	test('another value is named in a notice and the full explorer is shown', async ({ page }) => {
		await page.goto(`/?data=${EXPLORER_DATA}&embed=yes`);
		await ready(page);
		await expect(
			page.getByRole('status').filter({ hasText: '“embed=yes” is not a view' })
		).toBeVisible();
		await expect(page.getByRole('banner')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
	});
});
